import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dailyWageZh, reasonZh } from '../../../../electron/runtime/match/reasons-zh';
import { payReason } from '../../../../electron/runtime/match/score';
import { comparableDaily, comparablePay, dailyWage } from '../../../../electron/runtime/match/wage';
import { payUnits } from '../../../../electron/schema/job';

describe('daily wage', () => {
  it('converts with the stated assumption', () => {
    expect(dailyWage({ amount: 26, unit: 'hour' })).toMatchObject({
      daily: 208,
      basis: { code: 'hourly', hoursPerDay: 8 },
    });
    expect(dailyWage({ amount: 4350, unit: 'month' })).toMatchObject({
      daily: 200,
      basis: { code: 'monthly', daysPerMonth: 21.75 },
    });
    expect(dailyWage({ amount: 1000, unit: 'week' })).toMatchObject({
      daily: 200,
      basis: { code: 'weekly', daysPerWeek: 5 },
    });
    expect(dailyWage({ amount: 300, amountMax: 350, unit: 'day' })).toMatchObject({
      daily: 300,
      dailyMax: 350,
      basis: { code: 'per-day' },
    });
  });

  it('compares piece rates only with a stated daily output', () => {
    const stated = dailyWage({ amount: 8.5, unit: 'piece', pieceLabel: '单', expectedDailyPieces: 30 });
    expect(stated).toMatchObject({
      daily: 255,
      basis: { code: 'piece-stated-output', piecesPerDay: 30, pieceLabel: '单' },
    });
    const bare = dailyWage({ amount: 8.5, unit: 'piece', pieceLabel: '单' });
    expect(bare).toMatchObject({ daily: null, basis: { code: 'piece-not-comparable' } });
    expect(comparableDaily(bare)).toBeNull();
    expect(dailyWageZh(bare)).toBe('8.5元/单（计件）');
  });

  it('renders the figure and its assumption in Chinese', () => {
    expect(dailyWageZh(dailyWage({ amount: 26, unit: 'hour' }))).toBe('约 208 元/天（26元/时，按每天8小时）');
    expect(dailyWageZh(dailyWage({ amount: 4350, unit: 'month' }))).toBe(
      '约 200 元/天（4350元/月，按每月21.75天）',
    );
  });

  it('never gives a daily figure above its range top, nor a negative one', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1_000_000, noNaN: true }),
        fc.double({ min: 1, max: 2, noNaN: true }),
        fc.constantFrom(...payUnits),
        fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: undefined }),
        (amount, k, unit, pieces) => {
          const w = dailyWage({
            amount,
            amountMax: amount * k,
            unit,
            ...(pieces !== undefined ? { expectedDailyPieces: pieces } : {}),
          });
          if (w.daily === null) return unit === 'piece' && pieces === undefined;
          return w.daily >= 0 && (w.dailyMax === null || w.dailyMax >= w.daily) && Number.isFinite(w.daily);
        },
      ),
    );
  });
});

describe('the figure the index compares', () => {
  it('is the midpoint dailyWage describes, for every unit and range', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...payUnits),
        fc.integer({ min: 0, max: 50_000 }),
        fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 500 }), { nil: undefined }),
        (unit, amount, extra, pieces) => {
          const pay = {
            amount,
            unit,
            ...(extra !== undefined ? { amountMax: amount + extra } : {}),
            ...(pieces !== undefined ? { expectedDailyPieces: pieces } : {}),
          };
          expect(comparablePay(pay)).toBe(comparableDaily(dailyWage(pay)));
        },
      ),
    );
  });
});

describe('the pay reason', () => {
  const day = (amount: number, amountMax?: number) =>
    dailyWage({ amount, unit: 'day', ...(amountMax !== undefined && { amountMax }) });

  it('says 达到 only at or above the wish, and how much short below it', () => {
    expect(payReason(day(132), 140)).toEqual({ code: 'pay-below', amount: 8 });
    expect(reasonZh(payReason(day(132), 140)!)).toBe('日薪比期望低8元');
    expect(payReason(day(139), 140)).toEqual({ code: 'pay-below', amount: 1 });
    expect(payReason(day(140), 140)).toEqual({ code: 'pay-meets' });
    expect(payReason(day(150), 140)).toEqual({ code: 'pay-above', amount: 10 });
    expect(payReason(dailyWage({ amount: 17.4, unit: 'hour' }), 140)).toEqual({
      code: 'pay-below',
      amount: 1,
    });
  });

  it('reads a range at the figure it promises for certain, its lower end', () => {
    expect(payReason(day(130, 170), 150)).toEqual({ code: 'pay-below', amount: 20 });
    expect(payReason(day(150, 170), 150)).toEqual({ code: 'pay-meets' });
  });

  it('says nothing against no wish, and calls an unconvertible piece rate what it is', () => {
    expect(payReason(day(200), undefined)).toBeUndefined();
    expect(payReason(dailyWage({ amount: 3, unit: 'piece' }), 140)).toEqual({ code: 'pay-not-comparable' });
  });
});

describe('reasons in Chinese', () => {
  it('says what the issue asks for', () => {
    expect(reasonZh({ code: 'occupation-exact', occupation: '4-09-08-02', name: '保洁员' })).toBe('工种对口');
    expect(reasonZh({ code: 'pay-above', amount: 20 })).toBe('日薪比期望高20元');
    expect(reasonZh({ code: 'distance', km: 3.2, from: 'home' })).toBe('距离3.2公里');
    expect(reasonZh({ code: 'starts-today' })).toBe('今天可上岗');
  });
});
