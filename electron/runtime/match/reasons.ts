/**
 * Why a job was left out by a hard filter (for "why not this job?" at the desk, and for tests). The
 * reasons a shown job carries, and its flags, are part of the API: electron/contract/match.ts.
 */
export type Exclusion =
  | 'not-open'
  | 'expired'
  | 'stale'
  | 'no-headcount'
  | 'age'
  | 'certificate'
  | 'public-welfare'
  | 'distance'
  | 'distance-unknown';
