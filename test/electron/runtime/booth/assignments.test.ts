import { afterEach, describe, expect, it } from 'vitest';
import type { Runtime } from '../../../../electron/runtime/runtime';
import { booth1, booth2, boothStation, desk1, employer, failure, ok, signInDemo } from './helpers';

let rt: Runtime | undefined;
afterEach(async () => {
  await rt?.close();
  rt = undefined;
});

async function station() {
  const s = await boothStation();
  rt = s.runtime;
  await signInDemo(rt);
  return s;
}

describe('booth assignment', () => {
  it('staff give booth N to an employer for the day; only that booth sees it', async () => {
    const s = await station();
    const rt = s.runtime;
    const events: unknown[] = [];
    rt.bus.subscribe((e) => e.event === 'booth.changed' && events.push(e.payload));
    const a = await ok(rt, desk1, 'booth.assign', { booth: 1, employer });
    expect(a).toMatchObject({ booth: 1, day: '2026-11-21', employerName: employer.name });
    expect(events).toEqual([{ booth: 1, what: 'assignment' }]);
    expect(await ok(rt, desk1, 'booth.assignments', {})).toEqual([a]);

    const mine = await ok(rt, booth1, 'booth.session', {});
    expect(mine).toMatchObject({ booth: 1, employer: { name: employer.name, uscc: null }, jobs: [] });
    // Booth 2 has nobody today, and its calls never reach booth 1's employer.
    expect(await ok(rt, booth2, 'booth.session', {})).toMatchObject({ booth: 2, employer: null });
    expect(await failure(rt, booth2, 'booth.applicants', {})).toMatchObject({ code: 'not_found' });

    // Tomorrow the booth starts empty.
    s.advance(86_400_000);
    expect(await ok(rt, booth1, 'booth.session', {})).toMatchObject({ day: '2026-11-22', employer: null });
  });

  it('reassigning a booth replaces its employer; unassigning empties it', async () => {
    const s = await station();
    const rt = s.runtime;
    await ok(rt, desk1, 'booth.assign', { booth: 1, employer });
    await ok(rt, desk1, 'booth.assign', {
      booth: 1,
      employer: { name: '长春市顺达物流有限公司', agency: true },
    });
    expect(await ok(rt, booth1, 'booth.session', {})).toMatchObject({
      employer: { name: '长春市顺达物流有限公司', agency: true },
    });
    expect(await ok(rt, desk1, 'booth.unassign', { booth: 1 })).toEqual({ removed: true });
    expect(await ok(rt, desk1, 'booth.unassign', { booth: 1 })).toEqual({ removed: false });
    expect(await ok(rt, booth1, 'booth.session', {})).toMatchObject({ employer: null });
  });

  it('refuses a past day, a booth out of range, booths and screens, and a desk nobody is signed in at', async () => {
    const s = await station();
    const rt = s.runtime;
    expect(await failure(rt, desk1, 'booth.assign', { booth: 1, day: '2026-11-20', employer })).toMatchObject(
      {
        code: 'invalid_input',
        message: '不能给已经过去的日期分配摊位',
      },
    );
    // Staff read the reason at the desk: in Chinese, naming the field.
    for (const booth of [0, 100, 2.5, Number.NaN])
      expect(await failure(rt, desk1, 'booth.assign', { booth, employer })).toMatchObject({
        code: 'invalid_input',
        issues: [
          { path: 'booth', message: Number.isNaN(booth) ? '请填写摊位号' : '摊位号是1到99之间的整数' },
        ],
      });
    expect(await failure(rt, booth1, 'booth.assign', { booth: 1, employer })).toMatchObject({
      code: 'forbidden',
    });
    expect(
      await failure(rt, { role: 'screen', terminal: 'tv' }, 'booth.assign', { booth: 1, employer }),
    ).toMatchObject({ code: 'forbidden' });
    expect(
      await failure(rt, { role: 'desk', terminal: 'desk-9' }, 'booth.assign', { booth: 1, employer }),
    ).toMatchObject({ code: 'unauthenticated' });
    expect(await ok(rt, desk1, 'booth.assignments', {})).toEqual([]);
  });

  it('refuses a booth tablet that was paired without a booth number', async () => {
    const s = await station();
    const rt = s.runtime;
    await ok(rt, desk1, 'booth.assign', { booth: 1, employer });
    const unnumbered = { role: 'booth' as const, terminal: 'booth-x' };
    expect(await failure(rt, unnumbered, 'booth.session', {})).toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining('摊位号'),
    });
  });
});
