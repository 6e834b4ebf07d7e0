import { z } from 'zod';
import { schedules, type Job, type Pay } from '../schema/job';
import { everyone, method } from './define';

/**
 * Why a job was recommended, as data: a code plus the numbers behind it. The UI renders these in
 * the worker's language (the CLI's Chinese wording is runtime/match/reasons-zh.ts).
 */
export type Reason =
  | { code: 'occupation-exact'; occupation: string; name: string }
  | { code: 'occupation-minor-group'; occupation: string; name: string }
  | { code: 'occupation-group'; group: string; name: string }
  | { code: 'occupation-related'; occupation: string; name: string }
  | { code: 'keyword'; keyword: string }
  /** amount: 元/天 above or below the worker's expectation. */
  | { code: 'pay-above'; amount: number }
  | { code: 'pay-meets' }
  | { code: 'pay-below'; amount: number }
  | { code: 'pay-not-comparable' }
  | { code: 'distance'; km: number; from: 'home' | 'station' }
  | { code: 'schedule-fit'; schedule: Job['schedule'] }
  | { code: 'settles-daily' }
  | { code: 'starts-today' }
  | { code: 'starts-in'; days: number }
  | { code: 'confirmed'; hoursAgo: number }
  | { code: 'posted'; daysAgo: number }
  | { code: 'public-welfare' }
  | { code: 'pay-protection'; terms: string }
  | { code: 'employer-disputes'; count: number }
  | { code: 'employer-no-shows'; count: number };
export type ReasonCode = Reason['code'];

/** Things staff or the worker must see about a posting that are not reasons to take it. */
export type Flag =
  /** The posting demands one sex: kept, never scored on it, sent to staff review (就业促进法). */
  | { code: 'sex-requirement'; sex: 'male' | 'female' }
  /** 劳务派遣/中介. */
  | { code: 'agency' }
  /** The worker's age is unknown and the posting has an age range: staff check it. */
  | { code: 'age-unchecked'; ageMin?: number; ageMax?: number }
  /** Near-identical postings folded into this one. */
  | { code: 'duplicates'; ids: string[] };
export type FlagCode = Flag['code'];

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

/** A posting's pay as 元 per day, with the assumption that got it there (runtime/match/wage.ts). */
export interface DailyWage {
  /** 元/天 at the posting's lower figure; null when it cannot honestly be converted. */
  daily: number | null;
  /** 元/天 at amountMax when the posting gives a range. */
  dailyMax: number | null;
  basis: WageBasis;
  /** The posting's own figure and unit, untouched, for display. */
  stated: { amount: number; amountMax?: number; unit: Pay['unit']; pieceLabel?: string };
}

export interface MatchItem {
  job: Job;
  score: number;
  reasons: Reason[];
  flags: Flag[];
  wage: DailyWage;
}

export type MatchWarning =
  | { code: 'unknown-occupation'; occupation: string }
  | { code: 'distance-limit-without-origin' }
  /**
   * No job shown is in the wanted trades; those shown are trades the taxonomy relates to them, each
   * saying how (occupation-* reasons). Unrelated trades are never shown to a worker who named some.
   */
  | { code: 'unrelated-fallback' };

export const SEARCH_TEXT_MAX = 100;

export const searchQuerySchema = z.strictObject({
  text: z
    .string()
    .max(SEARCH_TEXT_MAX, `search text is too long (at most ${SEARCH_TEXT_MAX} characters)`)
    .default(''),
  district: z.string().trim().min(1).max(20).optional(),
  /** 日结 only: pay settled the same day. */
  dailySettlement: z.boolean().optional(),
  schedule: z.enum(schedules).optional(),
  /** 元/天; piece rates without a stated daily output cannot show they meet it and are left out. */
  minDailyPay: z
    .number()
    .min(0, 'minDailyPay cannot be negative')
    .max(10_000, 'minDailyPay is 元 per day, at most 10000')
    .optional(),
  group: z.string().trim().min(1).max(32).optional(),
  occupation: z.string().trim().min(1).max(32).optional(),
  limit: z.number().int().min(1).max(100, 'limit is at most 100').default(20),
  offset: z.number().int().min(0).max(10_000).default(0),
});
export type SearchQuery = z.output<typeof searchQuerySchema>;
export type SearchQueryInput = z.input<typeof searchQuerySchema>;

export interface SearchHit {
  job: Job;
  /** Higher is more relevant; 0 when browsing without text. */
  relevance: number;
  wage: DailyWage;
  flags: Flag[];
}

export interface SearchResult {
  /**
   * Matching postings after near-duplicates are folded: exactly what paging through shows (the
   * employer rule of runtime/match/variety.ts reorders, never drops).
   */
  total: number;
  items: SearchHit[];
  /** How the text was read, so the screen can say "您搜的是：保洁". */
  interpreted: { clauses: { input: string; matched: string[] }[] };
}

export interface Quartiles {
  n: number;
  p25: number;
  p50: number;
  p75: number;
}

export interface OccupationMarket {
  occupation: string;
  name: string;
  group: string;
  /** Offered 元/天 (midpoint of a range; piece rates only with a stated daily output). */
  offered: Quartiles | null;
  expected: Quartiles | null;
}

export interface MarketFigures {
  asOf: string;
  /** The conversion behind every figure, for the chart's footnote. */
  basis: { hoursPerDay: 8; daysPerMonth: 21.75; daysPerWeek: 5 };
  /**
   * The one band of the occupations asked for, all their postings taken together (every open
   * posting when none is asked): what the pay step says and the kiosk's chart draws.
   */
  band: Quartiles | null;
  occupations: OccupationMarket[];
}

/** Today's recommendations for the worker of a kiosk session, with what the chart compares them to. */
export interface Recommendations {
  items: MatchItem[];
  warnings: MatchWarning[];
  /** The worker's expectation, 元/天, or null when they gave none. */
  expectedDailyPay: number | null;
  /** The band of the worker's chosen occupations (all open jobs when none), as market.figures gives it. */
  market: Quartiles | null;
}

/** What the kiosk's tiles are made of: groups, occupations, certificates and the districts jobs are in. */
export interface Taxonomy {
  groups: { id: string; name: string; icon: string }[];
  occupations: { code: string; name: string; group: string; icon: string }[];
  certificates: string[];
  districts: string[];
}

export const matchMethods = {
  'match.recommend': method<Recommendations>()({
    input: z
      .object({ session: z.string().min(16).max(64), top: z.number().int().min(3).max(5).default(5) })
      .strict(),
    roles: ['kiosk'],
  }),
  /** Free text (Chinese, pinyin, initials: `bj` finds 保洁) plus filters. */
  'jobs.search': method<SearchResult>()({ input: searchQuerySchema, roles: everyone }),
  'jobs.get': method<Job>()({ input: z.object({ id: z.string().min(1).max(64) }).strict(), roles: everyone }),
  /**
   * Per occupation: P25/P50/P75 of what postings offer and what seekers expect (those of the last
   * 30 days, only with three or more behind a figure), 元/天; and the asked occupations' one band.
   */
  'market.figures': method<MarketFigures>()({
    input: z.object({ occupations: z.array(z.string().min(1).max(32)).max(20).optional() }).strict(),
    roles: everyone,
  }),
  'jobs.taxonomy': method<Taxonomy>()({ input: z.object({}).strict(), roles: everyone }),
};
