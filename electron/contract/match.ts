import { z } from 'zod';
import type { Job } from '../schema/job';
import type { MarketFigures, Quartiles } from '../runtime/match/market';
import type { MatchItem, MatchWarning } from '../runtime/match/match';
import { searchQuerySchema, type SearchResult } from '../runtime/match/search';
import { everyone, method } from './define';

export type { MatchItem, MatchWarning, MarketFigures, Quartiles, SearchResult };
export type { SearchHit } from '../runtime/match/search';
export type { Reason, Flag } from '../runtime/match/reasons';
export type { DailyWage, WageBasis } from '../runtime/match/wage';

/** Today's recommendations for the worker of a kiosk session, with what the chart compares them to. */
export interface Recommendations {
  items: MatchItem[];
  warnings: MatchWarning[];
  /** The worker's expectation, 元/天, or null when they gave none. */
  expectedDailyPay: number | null;
  /** Offered 元/天 quartiles over the worker's chosen occupations (all open jobs when none). */
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
  /** Per occupation: P25/P50/P75 of what postings offer and what registered seekers expect, 元/天. */
  'market.figures': method<MarketFigures>()({
    input: z.object({ occupations: z.array(z.string().min(1).max(32)).max(20).optional() }).strict(),
    roles: everyone,
  }),
  'jobs.taxonomy': method<Taxonomy>()({ input: z.object({}).strict(), roles: everyone }),
};
