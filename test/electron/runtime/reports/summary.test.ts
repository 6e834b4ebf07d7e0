import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../../electron/api';
import type { Runtime } from '../../../../electron/runtime/runtime';
import { desk1, failure, ok } from '../desk/helpers';
import { MON, threeDays, TUE, WED } from './activity';

let rt: Runtime;
beforeAll(async () => {
  rt = (await threeDays()).rt;
}, 60_000);
afterAll(() => rt?.close());

const figures = (r: Report) => Object.fromEntries(r.figures.map((f) => [f.key, f.value]));
const range = (from: string, to: string) => ok(rt, desk1, 'reports.summary', { from, to });

describe('report figures', () => {
  it('counts Monday: two registrations though one person used two kiosks, a retried service once', async () => {
    expect(figures(await range(MON, MON))).toEqual({
      registrations: 2,
      returningVisits: 0,
      served: 1,
      services: 2,
      referrals: 1,
      placements: 0,
      placementsViaStation: 0,
      complete1131: 0,
      followUps: 0,
      employerReports: 0,
    });
  });

  it("counts Tuesday: one return for two taps, a kiosk PC's newcomer, and its second registration of someone known as a return, the 07:00 report on Tuesday", async () => {
    expect(figures(await range(TUE, TUE))).toEqual({
      registrations: 2,
      returningVisits: 2,
      served: 0,
      services: 0,
      referrals: 0,
      placements: 2,
      placementsViaStation: 1,
      complete1131: 0,
      followUps: 0,
      employerReports: 1,
    });
  });

  it('counts the week without counting anyone twice, and the 1131 standard once it is met', async () => {
    const week = await ok(rt, desk1, 'reports.summary', { period: 'week' });
    expect(week).toMatchObject({ from: MON, to: WED });
    expect(figures(week)).toEqual({
      registrations: 4,
      returningVisits: 2,
      served: 1,
      services: 6,
      referrals: 3,
      placements: 2,
      placementsViaStation: 1,
      complete1131: 1,
      followUps: 1,
      employerReports: 1,
    });
    expect(figures(await ok(rt, desk1, 'reports.summary', { period: 'today' }))).toMatchObject({
      registrations: 0,
      services: 4,
      referrals: 2,
      complete1131: 1,
      followUps: 1,
    });
    const month = await ok(rt, desk1, 'reports.summary', { period: 'month' });
    expect(month).toMatchObject({ from: '2026-11-01', to: WED });
    expect(figures(month)).toEqual(figures(week));
  });

  it('writes a definition beside every figure and every breakdown column', async () => {
    const r = await range(MON, WED);
    for (const f of r.figures) expect(f.definition.length, f.key).toBeGreaterThan(10);
    expect(r.figures.find((f) => f.key === 'registrations')!.definition).toContain('只算一次');
    expect(Object.values(r.breakdownDefinitions).every((d) => d.length > 10)).toBe(true);
  });

  it('breaks down by key group and by occupation', async () => {
    const r = await range(MON, WED);
    expect(r.byKeyGroup.find((g) => g.key === 'hard-to-employ')).toEqual({
      key: 'hard-to-employ',
      label: '就业困难人员',
      registrations: 1,
      served: 1,
      referrals: 3,
      placements: 1,
    });
    expect(r.byKeyGroup.find((g) => g.key === 'veteran')).toMatchObject({ registrations: 0, referrals: 0 });
    expect(r.byOccupation.find((o) => o.key === '4-02-06-05')).toMatchObject({
      registrations: 1,
      served: 1,
      referrals: 2,
      placements: 1,
    });
    expect(r.byOccupation.find((o) => o.key === '4-09-08-02')).toMatchObject({ referrals: 1, placements: 0 });
  });

  it('refuses a range that ends before it starts, or runs past three years, with the reason', async () => {
    expect(await failure(rt, desk1, 'reports.summary', { from: WED, to: MON })).toMatchObject({
      code: 'invalid_input',
      issues: [{ message: '开始日期晚于结束日期' }],
    });
    expect(await failure(rt, desk1, 'reports.summary', { from: '2020-01-01', to: WED })).toMatchObject({
      code: 'invalid_input',
      message: '时间范围最长三年',
    });
    expect(await failure(rt, desk1, 'reports.summary', {})).toMatchObject({ code: 'invalid_input' });
  });
});
