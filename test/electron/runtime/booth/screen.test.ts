import { afterEach, describe, expect, it } from 'vitest';
import type { CallContext } from '../../../../electron/dispatcher';
import type { Runtime } from '../../../../electron/runtime/runtime';
import {
  booth1,
  boothDraft,
  boothStation,
  desk1,
  employer,
  failure,
  kiosk,
  ok,
  placeCard,
  signInDemo,
  walkIn,
} from './helpers';

let rt: Runtime | undefined;
afterEach(async () => {
  await rt?.close();
  rt = undefined;
});

const tv: CallContext = { role: 'screen', terminal: 'hall-tv' };
const boothTv: CallContext = { role: 'screen', terminal: 'booth-1-tv', booth: 1 };

async function station() {
  const s = await boothStation();
  rt = s.runtime;
  await signInDemo(rt);
  await ok(rt, desk1, 'booth.assign', { booth: 1, employer });
  return s;
}

describe('the booth’s TV', () => {
  it('shows the company, its open jobs in 元/天 and as stated, a QR and how many are in interview — never a person', async () => {
    const s = await station();
    const rt = s.runtime;
    await ok(rt, booth1, 'booth.saveProfile', {
      version: 1,
      name: employer.name,
      uscc: '91350100M000100Y43',
      introduction: '物业保洁，长期招人。',
      logo: null,
    });
    const { job } = await ok(rt, booth1, 'booth.postJob', { draft: boothDraft() });
    await ok(rt, booth1, 'booth.postJob', {
      draft: boothDraft({ title: '已招满的岗位', headcount: 1 }),
    }).then((j) => ok(rt!, booth1, 'booth.setJobStatus', { jobId: j.job.id, status: 'filled' }));
    const a = await walkIn(rt, 0, false);
    await ok(rt, kiosk, 'kiosk.apply', { session: a.session, jobId: job.id });
    await placeCard(rt, booth1, 0);
    await ok(rt, booth1, 'booth.identify', { by: 'card' });

    const shown = await ok(rt, boothTv, 'booth.display', {});
    expect(shown).toMatchObject({
      booth: 1,
      company: { name: employer.name, introduction: '物业保洁，长期招人。', agency: false },
      jobs: [{ id: job.id, title: '商场保洁员', daily: 176, pay: { amount: 22, unit: 'hour' }, openings: 2 }],
      interviewing: 1,
    });
    expect(shown.qr).toContain('商场保洁员');
    expect(shown.qr).toContain('0431-88886666');
    // The same answer for the booth's own tablet and a hall screen that names the booth.
    expect(await ok(rt, booth1, 'booth.display', { booth: 7 })).toEqual(shown);
    expect(await ok(rt, tv, 'booth.display', { booth: 1 })).toEqual(shown);
    const person = rt.context.store.read((db) =>
      db.get<{ name: string; id_number: string }>('SELECT name, id_number FROM workers'),
    )!;
    expect(JSON.stringify(shown)).not.toContain(person.name);
    expect(JSON.stringify(shown)).not.toContain(person.id_number);
    expect(JSON.stringify(shown)).not.toContain('王*');
    expect(await failure(rt, tv, 'booth.display', {})).toMatchObject({ code: 'invalid_input' });
    expect(await ok(rt, tv, 'booth.display', { booth: 9 })).toMatchObject({ company: null, jobs: [] });
  });
});

describe('the hall’s big screen', () => {
  it('lists verified postings first, newest first, with pay as stated and per day', async () => {
    const s = await station();
    const rt = s.runtime;
    const first = await ok(rt, booth1, 'booth.postJob', { draft: boothDraft({ title: '早上发的' }) });
    s.advance(60_000);
    const second = await ok(rt, booth1, 'booth.postJob', {
      draft: boothDraft({ title: '月薪岗位', pay: { amount: 4350, unit: 'month' } }),
    });
    const board = await ok(rt, tv, 'screen.board', { limit: 60 });
    expect(board.items.slice(0, 2).map((j) => j.id)).toEqual([second.job.id, first.job.id]);
    expect(board.items[0]).toMatchObject({
      daily: 200,
      pay: { unit: 'month', amount: 4350 },
      verified: true,
    });
    // Confirmed postings come before every unconfirmed one.
    const flags = board.items.map((j) => j.verified);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
    expect(board.items.length).toBeLessThanOrEqual(60);
    expect(await failure(rt, tv, 'screen.board', { limit: 1000 })).toMatchObject({ code: 'invalid_input' });
  });

  it('compares wages per occupation, showing an expectation only with three seekers behind it', async () => {
    const s = await station();
    const rt = s.runtime;
    await ok(rt, booth1, 'booth.postJob', { draft: boothDraft() });
    const wages = async () => (await ok(rt, tv, 'screen.wages', { limit: 12 })).occupations;
    await walkIn(rt, 0, false, { occupations: ['4-09-08-02'], expectedDailyPay: 150 });
    await walkIn(rt, 1, false, { occupations: ['4-09-08-02'], expectedDailyPay: 170 });
    const few = await wages();
    expect(few.length).toBeGreaterThan(0);
    expect(few.every((o) => o.expected === null && o.offered.n > 0)).toBe(true);
    await walkIn(rt, 2, false, { occupations: ['4-09-08-02'], expectedDailyPay: 190 });
    // Occupations with both sides come first.
    const enough = await wages();
    expect(enough[0]).toMatchObject({
      occupation: '4-09-08-02',
      expected: { n: 3, p25: 160, p50: 170, p75: 180 },
    });
    expect(enough[0]!.offered.n).toBeGreaterThan(0);
  });

  it('counts today’s placements and 1131 completions', async () => {
    const s = await station();
    const rt = s.runtime;
    const { job } = await ok(rt, booth1, 'booth.postJob', { draft: boothDraft() });
    const a = await walkIn(rt, 0, false);
    await ok(rt, kiosk, 'kiosk.apply', { session: a.session, jobId: job.id });
    expect(await ok(rt, tv, 'stats.today', {})).toMatchObject({
      registrations: 1,
      placements: 0,
      completions1131: 0,
    });
    for (const kind of ['policy', 'guidance', 'training'] as const)
      await ok(rt, desk1, 'services.record', { workerId: a.workerId, kind });
    const jobs = await ok(rt, desk1, 'jobs.deskSearch', { limit: 3 });
    const [other, third] = jobs.items.filter((x) => x.job.id !== job.id).map((x) => x.job.id);
    // The kiosk's 报名 and the desk's 推荐 are two of the three referrals 1131 asks for.
    await ok(rt, desk1, 'referrals.create', { workerId: a.workerId, jobId: other! });
    expect((await ok(rt, tv, 'stats.today', {})).completions1131).toBe(0);
    const stats: unknown[] = [];
    rt.bus.subscribe((e) => e.event === 'stats.changed' && stats.push(e.payload));
    // A third 报名 at the kiosk completes the standard, and the hall's screen hears of it at once.
    await ok(rt, kiosk, 'kiosk.apply', { session: a.session, jobId: third! });
    expect(stats.at(-1)).toMatchObject({ placements: 0, completions1131: 1 });
    await ok(rt, booth1, 'booth.recordOutcome', {
      workerId: a.workerId,
      jobId: job.id,
      outcome: 'hired',
      startDate: '2026-11-22',
      agreedPay: { amount: 180, unit: 'day' },
    });
    expect(stats.at(-1)).toMatchObject({ placements: 1, completions1131: 1 });
  });

  it('shows today’s notices; staff put them up and take them down', async () => {
    const s = await station();
    const rt = s.runtime;
    const changed: unknown[] = [];
    rt.bus.subscribe((e) => e.event === 'notices.changed' && changed.push(e.payload));
    const n = await ok(rt, desk1, 'notices.post', { text: '明天上午 9 点有专场招聘会' });
    await ok(rt, desk1, 'notices.post', {
      text: '下周的通知',
      fromDay: '2026-11-28',
      untilDay: '2026-11-30',
    });
    expect((await ok(rt, tv, 'screen.notices', {})).map((x) => x.text)).toEqual([
      '明天上午 9 点有专场招聘会',
    ]);
    expect((await ok(rt, desk1, 'notices.list', {})).length).toBe(2);
    expect(changed).toEqual([{ count: 1 }, { count: 1 }]);
    expect(await failure(rt, tv, 'notices.post', { text: 'x' })).toMatchObject({ code: 'forbidden' });
    expect(await failure(rt, booth1, 'notices.post', { text: 'x' })).toMatchObject({ code: 'forbidden' });
    expect(await failure(rt, desk1, 'notices.post', { text: '长'.repeat(121) })).toMatchObject({
      code: 'invalid_input',
    });
    expect(
      await failure(rt, desk1, 'notices.post', {
        text: '倒着的',
        fromDay: '2026-11-25',
        untilDay: '2026-11-24',
      }),
    ).toMatchObject({ code: 'invalid_input' });
    expect(await ok(rt, desk1, 'notices.remove', { id: n.id })).toEqual({ removed: true });
    expect(await ok(rt, tv, 'screen.notices', {})).toEqual([]);
    s.advance(7 * 86_400_000);
    await signInDemo(rt);
    expect((await ok(rt, tv, 'screen.notices', {})).map((x) => x.text)).toEqual(['下周的通知']);
  });

  it('names the booths and their employers, never a person', async () => {
    const s = await station();
    const rt = s.runtime;
    await ok(rt, booth1, 'booth.postJob', { draft: boothDraft() });
    expect(await ok(rt, tv, 'screen.booths', {})).toEqual([
      { booth: 1, employer: employer.name, openJobs: 1, interviewing: 0 },
    ]);
  });
});
