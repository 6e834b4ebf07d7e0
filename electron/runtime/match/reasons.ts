/**
 * Why a job was recommended, as data: a code plus the numbers behind it. The UI renders these in
 * the worker's language (see reasons-zh.ts for the Chinese wording).
 */
import type { Job } from '../../schema/job';

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

/** Why a job was left out by a hard filter (for "why not this job?" at the desk, and for tests). */
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
