import createDebug from 'debug';

const log = createDebug('station:store');

export interface CheckpointPolicy {
  /** Checkpoint once the journal holds this many bytes. */
  journalBytes: number;
  /** …or this long after the first change not yet in the snapshot (0: never). */
  intervalMs: number;
  /** …or when no write has come for this long (0: never). */
  idleMs: number;
}

export const defaultCheckpointPolicy: CheckpointPolicy = {
  journalBytes: 8 << 20,
  intervalMs: 15 * 60_000,
  idleMs: 60_000,
};

/** What the schedule asks of its store. */
export interface CheckpointHost {
  closed(): boolean;
  /** The store stopped accepting writes (no checkpoint is tried then). */
  failed(): boolean;
  /** Runs a checkpoint on the store's write queue. */
  run(): Promise<void>;
  /** A checkpoint the schedule started failed. */
  checkpointFailed(message: string): void;
}

/**
 * When the store checkpoints by itself: a journal past its size, a change unsaved for the interval,
 * or no write for the idle time. A checkpoint that fails pauses the schedule for a minute.
 */
export class CheckpointSchedule {
  private requested = false;
  private pausedUntil = 0;
  private idleTimer: NodeJS.Timeout | undefined;
  private intervalTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly policy: CheckpointPolicy,
    private readonly host: CheckpointHost,
  ) {}

  /** A write made the journal this long. */
  afterWrite(journalBytes: number): void {
    if (journalBytes >= this.policy.journalBytes) this.request('journal size');
    if (this.policy.idleMs > 0) {
      clearTimeout(this.idleTimer);
      this.idleTimer = setTimeout(() => this.request('idle'), this.policy.idleMs).unref();
    }
    if (this.policy.intervalMs > 0 && !this.intervalTimer) {
      this.intervalTimer = setTimeout(() => this.request('interval'), this.policy.intervalMs).unref();
    }
  }

  /** A checkpoint is writing every change so far: the interval starts again at the next write. */
  checkpointStarted(): void {
    clearTimeout(this.intervalTimer);
    this.intervalTimer = undefined;
  }

  stop(): void {
    clearTimeout(this.idleTimer);
    clearTimeout(this.intervalTimer);
  }

  private request(reason: string): void {
    if (this.requested || this.host.closed() || this.host.failed() || Date.now() < this.pausedUntil) return;
    this.requested = true;
    // After the current turn, so the write that crossed the threshold is acknowledged first.
    setImmediate(() => {
      if (this.host.closed()) {
        this.requested = false;
        return;
      }
      this.host
        .run()
        .catch((err: unknown) => {
          this.pausedUntil = Date.now() + 60_000;
          const message = err instanceof Error ? err.message : String(err);
          log('checkpoint (%s) failed: %s', reason, message);
          this.host.checkpointFailed(message);
        })
        .finally(() => {
          this.requested = false;
        });
    });
  }
}
