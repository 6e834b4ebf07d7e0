import type { Job } from '../../schema/job';

/** One position in the feed of cache changes a hub serves its terminals (kept by triggers on jobs). */
export interface FeedEntry {
  seq: number;
  jobId: string;
  /** The job's stored document as JSON text, or null when it was deleted since. */
  document: string | null;
}

/**
 * The job cache: the platform's postings, the hall's own and imported ones, one document per job
 * (checked against the job schema when it entered the cache), with the columns search filters on.
 */
export interface JobsRepository {
  upsert(job: Job): void;
  /** Many jobs through one prepared statement: what a sync page or an import of thousands needs. */
  upsertMany(jobs: Iterable<Job>): void;
  remove(jobId: string): void;
  count(): number;
  /** Every cached job, in one query: what the match engine is built from at start-up. */
  all(): Job[];
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
