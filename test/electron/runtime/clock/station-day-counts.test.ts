import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../../../electron/api';
import type { Runtime } from '../../../../electron/runtime/runtime';
import { desk1, failure, jobDraft, ok, registerByHand, signInDemo, testStation } from '../desk/helpers';

/**
 * A hall keeps its own calendar: 07:30 in Changchun is 23:30 UTC the evening before and 18:30 in
 * New York. These run with the host's clock on UTC and on America/New_York (vitest projects
 * dates-utc, dates-ny) and must count the same days.
 */
const MORNING = '2026-03-01T23:30:00Z'; // Monday 2 March 2026, 07:30 in Beijing

let rt: Runtime | undefined;
afterEach(async () => {
  await rt?.close();
  rt = undefined;
});

const figure = (r: Report, key: string) => r.figures.find((f) => f.key === key)?.value;

describe("the station's day, whatever the host's zone", () => {
  it("counts a 07:30 registration on that Beijing day in today's figures and the day's report", async () => {
    const s = await testStation({}, MORNING);
    rt = s.runtime;
    await signInDemo(rt);
    await registerByHand(rt, '周晓梅');

    expect(await ok(rt, desk1, 'stats.today', {})).toMatchObject({ date: '2026-03-02', registrations: 1 });
    const today = await ok(rt, desk1, 'reports.summary', { period: 'today' });
    expect(today).toMatchObject({ from: '2026-03-02', to: '2026-03-02' });
    expect(figure(today, 'registrations')).toBe(1);
    // The evening before, by the station's calendar, had nobody.
    const sunday = await ok(rt, desk1, 'reports.summary', { from: '2026-03-01', to: '2026-03-01' });
    expect(figure(sunday, 'registrations')).toBe(0);
    // Monday in Beijing starts the week, though it is still Sunday in UTC.
    expect(await ok(rt, desk1, 'reports.summary', { period: 'week' })).toMatchObject({
      from: '2026-03-02',
      to: '2026-03-02',
    });
  });

  it('gives the booth, the queue and the deadline checks the same day', async () => {
    const s = await testStation({}, MORNING);
    rt = s.runtime;
    await signInDemo(rt);

    const booth = await ok(rt, desk1, 'booth.assign', {
      booth: 1,
      employer: { name: '长春市顺达物流有限公司' },
    });
    expect(booth.day).toBe('2026-03-02');
    expect((await ok(rt, desk1, 'booth.assignments', {})).map((a) => a.day)).toEqual(['2026-03-02']);

    const kiosk = { role: 'kiosk' as const, terminal: 'local-kiosk' };
    expect(await ok(rt, kiosk, 'queue.take', { service: 'register' })).toMatchObject({ ticket: 'A001' });
    // 00:30 the next Beijing day (16:30 UTC, still 2 March there): numbers start again.
    s.advance(17 * 3_600_000);
    expect(await ok(rt, kiosk, 'queue.take', { service: 'register' })).toMatchObject({ ticket: 'A001' });

    // 1 March is over in Beijing, though not yet in UTC or New York.
    const s2 = await testStation({}, MORNING);
    await signInDemo(s2.runtime);
    const late = await failure(s2.runtime, desk1, 'jobs.post', {
      draft: jobDraft({ startDate: '2026-03-01', validThrough: '2026-03-01' }),
    });
    await s2.runtime.close();
    expect(late.message).toContain('截止日期已过');
  });

  it("counts by the zone the station's config names", async () => {
    const s = await testStation({ timeZone: 'UTC' }, MORNING);
    rt = s.runtime;
    await signInDemo(rt);
    await registerByHand(rt, '周晓梅');
    expect(await ok(rt, desk1, 'stats.today', {})).toMatchObject({ date: '2026-03-01', registrations: 1 });
    expect(await ok(rt, desk1, 'station.info', {})).toMatchObject({ timeZone: 'UTC' });
  });
});
