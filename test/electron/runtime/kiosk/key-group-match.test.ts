/**
 * A key group staff confirm at the desk is the one matching reads: 公益性岗位 open to that worker at
 * the kiosk, by the very names the desk stores.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { keyGroups } from '../../../../electron/contract/desk';
import type { CallContext } from '../../../../electron/dispatcher';
import type { Runtime } from '../../../../electron/runtime/runtime';
import { desk1, ok, signInDemo, testStation } from '../desk/helpers';

let rt: Runtime | undefined;
afterEach(async () => {
  await rt?.close();
  rt = undefined;
});

const kiosk: CallContext = { role: 'kiosk', terminal: 'local-kiosk' };
/** The sample feed's 公益性岗位 for cleaners in 净月区 (assets/jobs/sample-feed.json). */
const WELFARE_CLEANING = 'cc-000006';

it('a worker confirmed in any key group at the desk is shown 公益性岗位 at the kiosk, and not without', async () => {
  rt = (await testStation()).runtime;
  await signInDemo(rt);
  await ok(rt, kiosk, 'simulator.placeCard', { identity: 0 });
  const card = await vi.waitFor(async () => {
    const c = await ok(rt!, kiosk, 'card.current', {});
    if (!c) throw new Error('no card on the reader yet');
    return c;
  });
  const { session, workerId } = await ok(rt, kiosk, 'workers.registerFromCard', {
    token: card.token,
    consent: { registration: true, shareWithEmployers: false },
  });
  await ok(rt, kiosk, 'kiosk.saveAnswers', {
    session: session!,
    answers: { occupations: ['4-09-08-02'], expectedDailyPay: 120, district: '净月区' },
  });
  const welfareJob = async () =>
    (await ok(rt!, kiosk, 'match.recommend', { session: session! })).items.find(
      (i) => i.job.id === WELFARE_CLEANING,
    );

  expect(await welfareJob()).toBeUndefined();
  for (const group of keyGroups) {
    await ok(rt, desk1, 'workers.setKeyGroup', { workerId, group, on: true });
    expect((await welfareJob())?.reasons, group).toContainEqual({ code: 'public-welfare' });
    await ok(rt, desk1, 'workers.setKeyGroup', { workerId, group, on: false });
    expect(await welfareJob(), group).toBeUndefined();
  }
});
