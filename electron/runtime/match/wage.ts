/**
 * Every posting's pay as 元 per day, with the assumption that got it there, so the screen can say
 * "约 X 元/天（按每天8小时）" instead of listing 26元/时, 300元/天 and 8.5元/单 side by side.
 */
import type { DailyWage, WageBasis } from '../../contract/match';
import type { Pay } from '../../schema/job';

export const HOURS_PER_DAY = 8;
/** 法定月计薪天数: (365 − 104 weekend days) ÷ 12. */
export const WORKDAYS_PER_MONTH = 21.75;
export const WORKDAYS_PER_WEEK = 5;

const round = (n: number) => Math.round(n);

/** 元/天 per unit of the stated figure; null for a piece rate without stated output. */
function perDay(pay: Pay): number | null {
  switch (pay.unit) {
    case 'day':
      return 1;
    case 'hour':
      return HOURS_PER_DAY;
    case 'month':
      return 1 / WORKDAYS_PER_MONTH;
    case 'week':
      return 1 / WORKDAYS_PER_WEEK;
    case 'piece':
      return pay.expectedDailyPieces ?? null;
  }
}

// The bases that carry no figure of the posting's own are shared.
const PER_DAY: WageBasis = Object.freeze({ code: 'per-day' });
const HOURLY: WageBasis = Object.freeze({ code: 'hourly', hoursPerDay: HOURS_PER_DAY });
const MONTHLY: WageBasis = Object.freeze({ code: 'monthly', daysPerMonth: WORKDAYS_PER_MONTH });
const WEEKLY: WageBasis = Object.freeze({ code: 'weekly', daysPerWeek: WORKDAYS_PER_WEEK });

function basisOf(pay: Pay): WageBasis {
  switch (pay.unit) {
    case 'day':
      return PER_DAY;
    case 'hour':
      return HOURLY;
    case 'month':
      return MONTHLY;
    case 'week':
      return WEEKLY;
    case 'piece': {
      const label = pay.pieceLabel !== undefined ? { pieceLabel: pay.pieceLabel } : {};
      return pay.expectedDailyPieces === undefined
        ? { code: 'piece-not-comparable', ...label }
        : { code: 'piece-stated-output', piecesPerDay: pay.expectedDailyPieces, ...label };
    }
  }
}

export function dailyWage(pay: Pay): DailyWage {
  const stated = {
    amount: pay.amount,
    unit: pay.unit,
    ...(pay.amountMax !== undefined ? { amountMax: pay.amountMax } : {}),
    ...(pay.pieceLabel !== undefined ? { pieceLabel: pay.pieceLabel } : {}),
  };
  const factor = perDay(pay);
  return {
    daily: factor === null ? null : round(pay.amount * factor),
    dailyMax: factor === null || pay.amountMax === undefined ? null : round(pay.amountMax * factor),
    basis: basisOf(pay),
    stated,
  };
}

/** The single figure compared with an expectation and used for market percentiles: the midpoint of a range. */
export function comparableDaily(w: DailyWage): number | null {
  if (w.daily === null) return null;
  return w.dailyMax === null ? w.daily : round((w.daily + w.dailyMax) / 2);
}

/** comparableDaily(dailyWage(pay)) without building the description: the index needs it for every posting. */
export function comparablePay(pay: Pay): number | null {
  const factor = perDay(pay);
  if (factor === null) return null;
  const low = round(pay.amount * factor);
  return pay.amountMax === undefined ? low : round((low + round(pay.amountMax * factor)) / 2);
}
