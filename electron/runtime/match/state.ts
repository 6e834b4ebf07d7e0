/** The in-memory index the engine keeps and the query modules (search, match, market) read. */
import type { Job } from '../../schema/job';
import type { CertificateBook } from './certificates';
import type { HotColumns } from './hot-columns';
import type { IndexedJob } from './indexed-job';
import type { PinyinVocabulary } from './pinyin';
import type { TextIndex } from './search-index';
import type { Taxonomy } from './taxonomy';
import type { EmployerRecordLookup } from './worker';

/** Buckets for the words a query uses as facets rather than text. */
export type Facet = 'daily' | 'short' | 'long';

/**
 * Jobs of one occupation in one district, with bounds that only ever widen (so they stay true after
 * removals): match() ranks buckets by the best score any job in them could reach and stops early.
 */
export interface Bucket {
  occupation: string;
  district: string;
  /** Slots by comparable 元/天, highest first (unpriced last), so a scan can stop at the first job too cheap to matter. */
  slots: number[];
  /** Highest comparable 元/天 ever held. */
  maxDaily: number;
  /** Holds a piece rate without stated output (scored as not comparable). */
  unpriced: boolean;
  /** Plane box (km) of the located jobs; null until one is located. */
  box: { minX: number; maxX: number; minY: number; maxY: number } | null;
  /** Holds a job with no location. */
  unlocated: boolean;
  /** Widest age range any job in it ever allowed (0 and Infinity where one set no limit): an older
   * or younger worker than every posting in it skips the whole bucket. */
  ageMinLow: number;
  ageMaxHigh: number;
  /** What the "other" points of its jobs can reach at most (score.bucketOtherPoints). */
  schedules: Set<string>;
  settlesDaily: boolean;
  publicWelfare: boolean;
  minStartMs: number;
  maxConfirmedMs: number;
  maxPostedMs: number;
}

export interface EngineState {
  taxonomy: Taxonomy;
  certs: CertificateBook;
  /** Slot → job; holes (undefined) are reused by the next insert. */
  slots: (IndexedJob | undefined)[];
  /** What the filters and bounds read, per slot, in typed arrays. */
  hot: HotColumns;
  buckets: Set<Bucket>;
  /** Occupation code → district → bucket. */
  bucketsByOccupation: Map<string, Map<string, Bucket>>;
  bucketsByDistrict: Map<string, Set<Bucket>>;
  text: TextIndex;
  vocab: PinyinVocabulary;
  /** Query words that name a district (南关区, 南关) → district name. */
  districtTerms: Map<string, string>;
  employerRecord: EmployerRecordLookup;
  /**
   * The documents of held jobs, in the order asked (undefined for one gone from the cache since):
   * only the few a result shows are read.
   */
  documents(ids: readonly string[]): (Job | undefined)[];
  /** Jobs held (slots in use). */
  live(): number;
  /** Counts every change to the held jobs (a job placed in or taken out of a slot): what is derived
   * from all of them (market.ts's wage figures) is kept until it moves. */
  version: number;
  nowMs(): number;
  /** The station's zone: postings' and workers' days are its days. */
  timeZone: string;
  /** Postings nobody has confirmed or updated since this instant are hidden as stale. */
  staleBeforeMs(nowMs: number): number;
}

/** Slots of every bucket under a key (an occupation code or a district name). */
export function* slotsOf(index: Map<string, { values(): Iterable<Bucket> }>, key: string): Generator<number> {
  for (const b of index.get(key)?.values() ?? []) yield* b.slots;
}

/** Whether a job answers to a facet word (日结 means paid the same day or a day's job). */
export function hasFacet(job: { settlement: string; schedule: string }, f: Facet): boolean {
  if (f === 'daily') return job.settlement === 'daily' || job.schedule === 'day';
  return job.schedule === f;
}
