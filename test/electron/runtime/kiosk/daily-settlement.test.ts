/**
 * 日结, asked on the kiosk's pay step (要日结 · 下一步 / 都行 · 下一步), is stored with her answers
 * and read by matching: a cleaner who wants it is shown the 日结 job of her trade before a weekly
 * one paying 10 元 more; one who does not mind sees the better pay first.
 */
import { afterEach, expect, it } from 'vitest';
import type { Runtime } from '../../../../electron/runtime/runtime';
import {
  booth1,
  booth2,
  boothDraft,
  boothStation,
  desk1,
  employer,
  failure,
  kiosk,
  ok,
  signInDemo,
  walkIn,
} from '../booth/helpers';

let rt: Runtime | undefined;
afterEach(async () => {
  await rt?.close();
  rt = undefined;
});

const CLEANER = '4-09-08-02';

/**
 * Two cleaning jobs alike but for pay day and 10 元, from two companies (a list shows one job per
 * company): one 日结 at 140 元/天, one 周结 at 150.
 */
async function twoCleaningJobs(r: Runtime) {
  await signInDemo(r);
  await ok(r, desk1, 'booth.assign', { booth: 1, employer });
  await ok(r, desk1, 'booth.assign', { booth: 2, employer: { name: '长春市安洁保洁服务有限公司' } });
  const daily = await ok(r, booth1, 'booth.postJob', {
    draft: boothDraft({ title: '商场保洁（日结）', pay: { amount: 140, unit: 'day' }, settlement: 'daily' }),
  });
  const weekly = await ok(r, booth2, 'booth.postJob', {
    draft: boothDraft({ title: '商场保洁（周结）', pay: { amount: 150, unit: 'day' }, settlement: 'weekly' }),
  });
  return { daily: daily.job.id, weekly: weekly.job.id };
}

const answers = (dailySettlement: boolean) => ({
  occupations: [CLEANER],
  expectedPay: { amount: 140, unit: 'day' as const },
  when: 'today' as const,
  district: '二道区',
  certificates: [],
  dailySettlement,
});

it('a cleaner who answered 要日结 is shown the 日结 job first, and says why; 都行 puts the better pay first', async () => {
  rt = (await boothStation()).runtime;
  const jobs = await twoCleaningJobs(rt);

  const wants = await walkIn(rt, 0, false, answers(true));
  const stored = await ok(rt, kiosk, 'kiosk.profile', { session: wants.session });
  expect(stored.answers?.dailySettlement).toBe(true);
  const hers = (await ok(rt, kiosk, 'match.recommend', { session: wants.session })).items;
  const ids = hers.map((i) => i.job.id);
  expect(ids).toContain(jobs.daily);
  expect(ids).toContain(jobs.weekly);
  expect(ids.indexOf(jobs.daily)).toBeLessThan(ids.indexOf(jobs.weekly));
  expect(hers.find((i) => i.job.id === jobs.daily)!.reasons).toContainEqual({ code: 'settles-daily' });

  const either = await walkIn(rt, 1, false, answers(false));
  expect((await ok(rt, kiosk, 'kiosk.profile', { session: either.session })).answers?.dailySettlement).toBe(
    false,
  );
  const theirs = (await ok(rt, kiosk, 'match.recommend', { session: either.session })).items.map(
    (i) => i.job.id,
  );
  expect(theirs.indexOf(jobs.weekly)).toBeLessThan(theirs.indexOf(jobs.daily));
  expect(theirs.indexOf(jobs.weekly)).toBeGreaterThanOrEqual(0);
});

it('refuses a 日结 answer that is not yes or no, saying which answer, and keeps what was stored', async () => {
  rt = (await boothStation()).runtime;
  const { session } = await walkIn(rt, 0, false, answers(true));
  const error = await failure(rt, kiosk, 'kiosk.saveAnswers', {
    session,
    // As a kiosk of another version might send it.
    answers: { ...answers(true), dailySettlement: 'yes' as unknown as boolean, occupations: ['4-02-01-01'] },
  });
  expect(error.code).toBe('invalid_input');
  expect(error.message).toContain('dailySettlement');
  const kept = (await ok(rt, kiosk, 'kiosk.profile', { session })).answers;
  expect(kept).toMatchObject({ occupations: [CLEANER], dailySettlement: true });
});
