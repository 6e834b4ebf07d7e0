/** The matching and search engine's public face: what the API handlers and the CLI import. */
export { createMatchEngine, type MatchEngine, type MatchEngineOptions } from './engine';
export { jobsFromStore } from './store-source';
export {
  workerProfileSchema,
  keyGroups,
  type WorkerProfile,
  type WorkerProfileInput,
  type KeyGroup,
  type EmployerRecord,
  type EmployerRecordLookup,
} from './worker';
export {
  searchQuerySchema,
  type SearchQuery,
  type SearchQueryInput,
  type SearchResult,
  type SearchHit,
} from './search';
export type { MatchResult, MatchItem, MatchWarning } from './match';
export {
  seekerExpectationsSchema,
  quartiles,
  type MarketFigures,
  type OccupationMarket,
  type Quartiles,
  type SeekerExpectation,
} from './market';
export { dailyWage, comparableDaily, type DailyWage, type WageBasis } from './wage';
export type { Reason, ReasonCode, Flag, FlagCode, Exclusion } from './reasons';
export { reasonZh, flagZh, dailyWageZh } from './reasons-zh';
export { loadTaxonomy, taxonomySchema, type Taxonomy, type Occupation } from './taxonomy';
export { matchCommand, searchCommand } from './commands';
