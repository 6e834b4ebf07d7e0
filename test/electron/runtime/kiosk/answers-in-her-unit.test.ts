/**
 * The kiosk's answers as she gives them: pay in her own unit, matched as 元/天 by match/wage's rule;
 * an absurd wish or a district the station does not know is refused whole, nothing stored half-way.
 */
import { afterEach, expect, it, vi } from 'vitest';
import type { CallContext } from '../../../../electron/dispatcher';
import type { Runtime } from '../../../../electron/runtime/runtime';
import { desk1, ok, signInDemo, testStation } from '../desk/helpers';

let rt: Runtime | undefined;
afterEach(async () => {
  await rt?.close();
  rt = undefined;
});

const kiosk: CallContext = { role: 'kiosk', terminal: 'local-kiosk' };

async function signedIn(runtime: Runtime) {
  await signInDemo(runtime);
  await ok(runtime, kiosk, 'simulator.placeCard', { identity: 0 });
  const card = await vi.waitFor(async () => {
    const c = await ok(runtime, kiosk, 'card.current', {});
    if (!c) throw new Error('no card on the reader yet');
    return c;
  });
  const { session, workerId } = await ok(runtime, kiosk, 'workers.registerFromCard', {
    token: card.token,
    consent: { registration: true, shareWithEmployers: false },
  });
  return { session: session!, workerId };
}

it('says a wish in 元/小时 or 元/月 as 元/天 by the station’s rule, and whether it is sensible', async () => {
  rt = (await testStation()).runtime;
  expect(await ok(rt, kiosk, 'kiosk.dailyPay', { amount: 140, unit: 'day' })).toEqual({
    daily: 140,
    sensible: true,
  });
  expect(await ok(rt, kiosk, 'kiosk.dailyPay', { amount: 18, unit: 'hour' })).toEqual({
    daily: 144,
    sensible: true,
  });
  expect(await ok(rt, kiosk, 'kiosk.dailyPay', { amount: 3100, unit: 'month' })).toEqual({
    daily: 143,
    sensible: true,
  });
  // 140 meant per day but tapped as per month; 140 meant per day but tapped as per hour.
  expect((await ok(rt, kiosk, 'kiosk.dailyPay', { amount: 140, unit: 'month' })).sensible).toBe(false);
  expect((await ok(rt, kiosk, 'kiosk.dailyPay', { amount: 1400, unit: 'hour' })).sensible).toBe(false);
});

it('stores her unit beside its 元/天, which recommendations compare with', async () => {
  rt = (await testStation()).runtime;
  const { session } = await signedIn(rt);
  const profile = await ok(rt, kiosk, 'kiosk.saveAnswers', {
    session,
    answers: { occupations: ['4-09-08-02'], expectedPay: { amount: 18, unit: 'hour' } },
  });
  expect(profile.answers).toMatchObject({ expectedPay: { amount: 18, unit: 'hour' }, expectedDailyPay: 144 });
  expect((await ok(rt, kiosk, 'match.recommend', { session })).expectedDailyPay).toBe(144);
});

it('refuses an absurd wish in any unit, or a district the station does not know, and stores nothing', async () => {
  rt = (await testStation()).runtime;
  const { session } = await signedIn(rt);
  for (const answers of [
    { occupations: ['4-09-08-02'], expectedPay: { amount: 140, unit: 'month' as const } },
    { occupations: ['4-09-08-02'], expectedPay: { amount: 900, unit: 'hour' as const } },
    { occupations: ['4-09-08-02'], expectedPay: { amount: 9000, unit: 'day' as const } },
    { occupations: ['4-09-08-02'], district: '火星区' },
  ]) {
    const r = await rt.call(kiosk, 'kiosk.saveAnswers', { session, answers });
    expect(r.ok, JSON.stringify(answers)).toBe(false);
    expect((await ok(rt, kiosk, 'kiosk.profile', { session })).answers).toBeNull();
  }
});

it('a wish staff change at the desk replaces hers in the kiosk, in the unit staff gave where it can', async () => {
  rt = (await testStation()).runtime;
  const { session, workerId } = await signedIn(rt);
  await ok(rt, kiosk, 'kiosk.saveAnswers', {
    session,
    answers: { occupations: ['4-09-08-02'], expectedPay: { amount: 18, unit: 'hour' } },
  });
  const change = async (expectedPay: { amount: number; unit: 'hour' | 'week' }) => {
    const { version } = await ok(rt!, desk1, 'workers.record', { workerId });
    await ok(rt!, desk1, 'workers.updateProfile', { workerId, version, changes: { expectedPay } });
    return (await ok(rt!, kiosk, 'kiosk.profile', { session })).answers;
  };
  expect(await change({ amount: 30, unit: 'hour' })).toMatchObject({
    expectedPay: { amount: 30, unit: 'hour' },
    expectedDailyPay: 240,
  });
  // 元/周 is no unit the kiosk asks in: her stated wish goes, the 元/天 stays.
  const weekly = await change({ amount: 1000, unit: 'week' });
  expect(weekly).not.toHaveProperty('expectedPay');
  expect(weekly?.expectedDailyPay).toBe(200);
});
