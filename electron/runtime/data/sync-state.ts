/** Where the pull from one upstream stands. */
export interface PullCursor {
  cursor: string | null;
  /** Kept only for the idle poll: the same cursor asked again. */
  etag: string | null;
  /** The cursor expired and everything is being read again: what is not seen is swept at the end. */
  fullResync: boolean;
}

/** The sync's own state: pull cursors, the ids a full resync has seen, and the station's settings. */
export interface SyncStateRepository {
  /** The cursor for this upstream; from the start when there is none. */
  cursor(upstream: string): PullCursor;
  saveCursor(upstream: string, cursor: PullCursor, at: Date): void;
  /** These ids were listed by the upstream during a full resync. */
  markSeen(jobIds: readonly string[]): void;
  forgetSeen(): void;
  /** Jobs that came from the platform and that the full resync has not listed. */
  platformJobsNotSeen(): string[];
  /** The secret ID numbers are hashed under, once one has been chosen. */
  hallSecret(): string | undefined;
  setHallSecret(secret: string): void;
}
