/**
 * One wage band: the pay step (market.figures), the kiosk's chart (match.recommend) and the hall's
 * big screen (screen.wages) say the same 元/天 figures for the same trades.
 */
import { afterEach, expect, it } from 'vitest';
import type { CallContext } from '../../../../electron/dispatcher';
import type { Runtime } from '../../../../electron/runtime/runtime';
import { booth1, boothDraft, boothStation, desk1, employer, ok, signInDemo, walkIn } from '../booth/helpers';

let rt: Runtime | undefined;
afterEach(async () => {
  await rt?.close();
  rt = undefined;
});

const tv: CallContext = { role: 'screen', terminal: 'hall-tv' };
const kiosk: CallContext = { role: 'kiosk', terminal: 'local-kiosk' };
const CLEANER = '4-09-08-02';
/** The 家政保洁 tile's trades, as the tile once filed her under. */
const HOUSEKEEPING = [CLEANER, '4-10-01-06', '4-10-01-02', '4-10-01-03', '4-10-01-07', '4-09-07-01', '4-10-04-01'];
const DAY = 86_400_000;

it('says the same band for 保洁员 on the pay step, the kiosk’s chart and the big screen', async () => {
  rt = (await boothStation()).runtime;
  const { session } = await walkIn(rt, 0, false, { occupations: [CLEANER], expectedDailyPay: 140 });
  const pay = await ok(rt, kiosk, 'market.figures', { occupations: [CLEANER] });
  const own = pay.occupations.find((o) => o.occupation === CLEANER)!.offered!;
  expect(own.n).toBeGreaterThan(3);
  // Her trade's own quartiles, not a group's.
  expect(pay.band).toEqual(own);
  expect((await ok(rt, kiosk, 'match.recommend', { session })).market).toEqual(own);
  // Two more cleaners, so the big screen shows her trade first (it puts trades with seekers first).
  await walkIn(rt, 1, false, { occupations: [CLEANER], expectedDailyPay: 150 });
  await walkIn(rt, 2, false, { occupations: [CLEANER], expectedDailyPay: 160 });
  const board = await ok(rt, tv, 'screen.wages', { limit: 12 });
  expect(board.occupations.find((o) => o.occupation === CLEANER)!.offered).toEqual(own);
});

it('pools the postings of several trades into one band, the same on the pay step and the chart', async () => {
  rt = (await boothStation()).runtime;
  const { session } = await walkIn(rt, 0, false, { occupations: HOUSEKEEPING, expectedDailyPay: 250 });
  const pay = await ok(rt, kiosk, 'market.figures', { occupations: HOUSEKEEPING });
  const postings = pay.occupations.reduce((n, o) => n + (o.offered?.n ?? 0), 0);
  expect(pay.band!.n).toBe(postings);
  expect((await ok(rt, kiosk, 'match.recommend', { session })).market).toEqual(pay.band);
  // No trade asked for: every open posting.
  const all = await ok(rt, kiosk, 'market.figures', {});
  expect(all.band!.n).toBe(all.occupations.reduce((n, o) => n + (o.offered?.n ?? 0), 0));
});

it('follows the jobs: a new posting and a posting past its last day change the band at once', async () => {
  const s = await boothStation();
  rt = s.runtime;
  await signInDemo(rt);
  const band = async () => (await ok(rt!, kiosk, 'market.figures', { occupations: [CLEANER] })).band!;
  const before = await band();
  await ok(rt, desk1, 'booth.assign', { booth: 1, employer });
  await ok(rt, booth1, 'booth.postJob', {
    draft: boothDraft({ pay: { amount: 400, unit: 'day' }, validThrough: '2026-11-25' }),
  });
  const posted = await band();
  expect(posted.n).toBe(before.n + 1);
  s.advance(5 * DAY);
  expect((await band()).n).toBeLessThan(posted.n);
});

it('compares seekers of the last 30 days, a trade only with three of them behind it, and says so', async () => {
  const s = await boothStation();
  rt = s.runtime;
  const wish = (pay: number) => ({ occupations: [CLEANER], expectedDailyPay: pay });
  await walkIn(rt, 0, false, wish(100));
  s.advance(20 * DAY);
  await walkIn(rt, 1, false, wish(150));
  await walkIn(rt, 2, false, wish(170));
  const cleaner = async () => {
    // A fresh cleaning job at a booth today, so the trade has offers to compare with.
    await signInDemo(rt!);
    await ok(rt!, desk1, 'booth.assign', { booth: 1, employer });
    await ok(rt!, booth1, 'booth.postJob', { draft: boothDraft({ startDate: s.now().toISOString().slice(0, 10) }) });
    const board = await ok(rt!, tv, 'screen.wages', { limit: 12 });
    expect(board.seekers).toEqual({ windowDays: 30, minGroup: 3 });
    return board.occupations.find((o) => o.occupation === CLEANER)!;
  };
  // Three people over three weeks: compared from the first day, not only once three come in a day.
  expect((await cleaner()).expected).toEqual({ n: 3, p25: 125, p50: 150, p75: 160 });
  // The first wish is 31 days old: two are left, too few to show without pointing at a person.
  s.advance(11 * DAY);
  expect((await cleaner()).expected).toBeNull();
  const figures = await ok(rt, kiosk, 'market.figures', { occupations: [CLEANER] });
  expect(figures.occupations[0]!.expected).toBeNull();
});
