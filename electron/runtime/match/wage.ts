/**
 * Every posting's pay as 元 per day, with the assumption that got it there, so the screen can say
 * "约 X 元/天（按每天8小时）" instead of listing 26元/时, 300元/天 and 8.5元/单 side by side.
 */
import type { Pay } from '../../schema/job';

export const HOURS_PER_DAY = 8;
/** 法定月计薪天数: (365 − 104 weekend days) ÷ 12. */
export const WORKDAYS_PER_MONTH = 21.75;
export const WORKDAYS_PER_WEEK = 5;

/** How a daily figure was derived; the UI renders it next to the number. */
export type WageBasis =
  | { code: 'per-day' }
  | { code: 'hourly'; hoursPerDay: number }
  | { code: 'monthly'; daysPerMonth: number }
  | { code: 'weekly'; daysPerWeek: number }
  /** A piece rate times the daily output the employer states. */
  | { code: 'piece-stated-output'; piecesPerDay: number; pieceLabel?: string }
  /** A piece rate with no stated output: shown as it is, never compared. */
  | { code: 'piece-not-comparable'; pieceLabel?: string };

export interface DailyWage {
  /** 元/天 at the posting's lower figure; null when it cannot honestly be converted. */
  daily: number | null;
  /** 元/天 at amountMax when the posting gives a range. */
  dailyMax: number | null;
  basis: WageBasis;
  /** The posting's own figure and unit, untouched, for display. */
  stated: { amount: number; amountMax?: number; unit: Pay['unit']; pieceLabel?: string };
}

const round = (n: number) => Math.round(n);

export function dailyWage(pay: Pay): DailyWage {
  const stated = {
    amount: pay.amount,
    unit: pay.unit,
    ...(pay.amountMax !== undefined ? { amountMax: pay.amountMax } : {}),
    ...(pay.pieceLabel !== undefined ? { pieceLabel: pay.pieceLabel } : {}),
  };
  const conv = (factor: number, basis: WageBasis): DailyWage => ({
    daily: round(pay.amount * factor),
    dailyMax: pay.amountMax !== undefined ? round(pay.amountMax * factor) : null,
    basis,
    stated,
  });
  switch (pay.unit) {
    case 'day':
      return conv(1, { code: 'per-day' });
    case 'hour':
      return conv(HOURS_PER_DAY, { code: 'hourly', hoursPerDay: HOURS_PER_DAY });
    case 'month':
      return conv(1 / WORKDAYS_PER_MONTH, { code: 'monthly', daysPerMonth: WORKDAYS_PER_MONTH });
    case 'week':
      return conv(1 / WORKDAYS_PER_WEEK, { code: 'weekly', daysPerWeek: WORKDAYS_PER_WEEK });
    case 'piece': {
      const label = pay.pieceLabel !== undefined ? { pieceLabel: pay.pieceLabel } : {};
      if (pay.expectedDailyPieces === undefined)
        return { daily: null, dailyMax: null, basis: { code: 'piece-not-comparable', ...label }, stated };
      return conv(pay.expectedDailyPieces, { code: 'piece-stated-output', piecesPerDay: pay.expectedDailyPieces, ...label });
    }
  }
}

/** The single figure compared with an expectation and used for market percentiles: the midpoint of a range. */
export function comparableDaily(w: DailyWage): number | null {
  if (w.daily === null) return null;
  return w.dailyMax === null ? w.daily : round((w.daily + w.dailyMax) / 2);
}
