import type { Job, jobStatuses } from '../../schema/job';

/** One position in the feed of cache changes a hub serves its terminals (kept by triggers on jobs). */
export interface FeedEntry {
  seq: number;
  jobId: string;
  /** The job's stored document as JSON text, or null when it was deleted since. */
  document: string | null;
}

/** What the desk's list of postings asks for; every condition given must hold. */
export interface DeskJobFilter {
  status: (typeof jobStatuses)[number] | undefined;
  /** Postings needing attention: not confirmed since this ISO instant, or with a sex requirement. */
  unconfirmedBefore: string | undefined;
  /** A fragment of the title or the employer's name, or the job's id. */
  q: string | undefined;
  limit: number;
  offset: number;
}

/**
 * The job cache: the platform's postings, the hall's own and imported ones, one document per job
 * (checked against the job schema when it entered the cache), with the columns search filters on.
 */
export interface JobsRepository {
  upsert(job: Job): void;
  byId(jobId: string): Job | undefined;
  /** The cached ones of `ids`, in one query per few hundred: the documents a page of results shows. */
  byIds(ids: readonly string[]): Map<string, Job>;
  /** A hire filled a place: the job's status, updatedAt and document change, its other columns stay. */
  saveFill(job: Job): void;
  /** The desk's list: matching postings, most recently updated first, and how many match in all. */
  deskSearch(filter: DeskJobFilter): { total: number; jobs: Job[] };
  /** Many jobs through one prepared statement: what a sync page or an import of thousands needs. */
  upsertMany(jobs: Iterable<Job>): void;
  remove(jobId: string): void;
  count(): number;
  /** Every cached job, in one query. */
  all(): Job[];
  /**
   * Up to `limit` cached jobs after position `after` (0: from the first) and the position to go on
   * from; undefined past the last. What the match engine is built from at start-up, a batch at a
   * time between other work.
   */
  batchAfter(after: number, limit: number): { last: number; jobs: Job[] } | undefined;
  /** The stored updatedAt of those of `ids` the cache holds. */
  updatedAt(ids: readonly string[]): Map<string, string>;
  /** The last version of each of `ids` that was deleted, so a stale copy arriving later cannot bring it back. */
  buriedAt(ids: readonly string[]): Map<string, string>;
  /** Remembers a deletion at `updatedAt`, keeping the later of two. */
  bury(jobId: string, updatedAt: string): void;
  /** A newer copy came back: the job lives again. */
  unbury(jobId: string): void;
  /** The position of the newest change in the feed (0 when empty). */
  feedTop(): number;
  /** Up to `limit` changes after position `after`, oldest first; a job changed twice appears once. */
  feedAfter(after: number, limit: number): FeedEntry[];
}
