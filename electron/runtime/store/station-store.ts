import createDebug from 'debug';
import { writeCheckpoint } from './checkpoint';
import { CheckpointSchedule, defaultCheckpointPolicy } from './checkpoint-schedule';
import type { Db } from './db';
import type { DiskState } from './disk-state';
import { StoreError, diskStoreError, pathOf } from './errors';
import { journaledWrite } from './journaled-write';
import type { KeyProtector } from './key-protector';
import { newDataKey, saveKeyring } from './keyring';
import { schemaVersion } from './migrate';
import type { RecoverySource } from './recovery';
import type { CheckpointOptions, Store, StoreEvent, StoreOptions, StoreStatus } from './store';

const log = createDebug('station:store');
const CHECKPOINT_NOT_WRITTEN = '数据快照没有写成（每条已保存的记录仍在日志里，没有丢失）';

/** What start-up found, for status(). */
export interface Initial {
  source: RecoverySource | 'memory';
  seq: number;
  replayed: number;
  snapshotSeq?: number;
  snapshotBytes: number;
  torn: boolean;
  damaged: string[];
}

/**
 * The open store: one queue serialises writes, checkpoints and key rotation; reads run at once
 * against the in-memory copy. Built by openStationStore (open-store.ts).
 */
export class StationStore implements Store {
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  private failure: string | null = null;
  private seq: number;
  private snapshotSeq: number;
  private snapshotBytes: number;
  private lastCheckpointAt: string | null = null;
  private lastCheckpointMs: number | null = null;
  private readonly schedule: CheckpointSchedule;
  private readonly now: () => Date;

  constructor(
    private readonly db: Db,
    private readonly disk: DiskState | null,
    private readonly options: StoreOptions,
    private readonly initial: Initial,
  ) {
    this.seq = initial.seq;
    this.snapshotSeq = initial.snapshotSeq ?? initial.seq;
    this.snapshotBytes = initial.snapshotBytes;
    this.now = options.now ?? (() => new Date());
    this.schedule = new CheckpointSchedule(
      { ...defaultCheckpointPolicy, ...options.checkpoint },
      {
        closed: () => this.closed,
        failed: () => !!this.failure,
        run: () => this.serial(() => this.runCheckpoint(false)),
        checkpointFailed: (message) => this.emit({ type: 'checkpoint-failed', message }),
      },
    );
  }

  read<T>(fn: (db: Db) => T): T {
    if (this.closed) throw new StoreError('unavailable', 'the store is closed');
    const before = this.db.totalChanges();
    const result = fn(this.db);
    if (this.db.totalChanges() !== before) {
      // Not journaled, so it would vanish at the next start: a bug in the caller.
      log('read() changed the database; use write()');
      throw new Error('Store.read callback changed the database; changes must go through Store.write');
    }
    return result;
  }

  write<T>(fn: (db: Db) => T): Promise<T> {
    if (this.closed) return Promise.reject(new StoreError('unavailable', 'the store is closed'));
    return this.serial(() => this.runWrite(fn));
  }

  checkpoint(options: CheckpointOptions = {}): Promise<void> {
    if (this.closed) return Promise.reject(new StoreError('unavailable', 'the store is closed'));
    return this.serial(() => this.runCheckpoint(options.dropHistory ?? false)).catch((err: unknown) => {
      throw diskStoreError(err, CHECKPOINT_NOT_WRITTEN, pathOf(err), this.disk?.dir) ?? err;
    });
  }

  status(): StoreStatus {
    return {
      dir: this.disk?.dir ?? null,
      protection: this.disk ? this.disk.protector.strength() : 'none',
      protector: this.disk?.protector.kind ?? null,
      keyFile: this.disk?.protector.keyFile ?? null,
      keyBesideData: this.disk?.keyBesideData ?? false,
      keyMovedFrom: this.disk?.keyMovedFrom ?? null,
      schemaVersion: schemaVersion(this.db),
      seq: this.seq,
      snapshotSeq: this.snapshotSeq,
      journalBytes: this.disk?.journal?.size ?? 0,
      lastCheckpointAt: this.lastCheckpointAt,
      lastCheckpointMs: this.lastCheckpointMs,
      snapshotBytes: this.snapshotBytes,
      recoveredFrom: this.initial.source,
      replayedRecords: this.initial.replayed,
      tornTailDropped: this.initial.torn,
      damagedFiles: this.initial.damaged,
      failure: this.failure,
    };
  }

  async close(options: { checkpoint?: boolean } = {}): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.schedule.stop();
    try {
      await this.serial(async () => {
        if (this.disk && options.checkpoint !== false && !this.failure) await this.runCheckpoint(false);
      });
    } catch (err) {
      // The journal already holds every acknowledged change, so a checkpoint that fails here (a
      // full disk at shutdown) loses nothing: the next start replays it. Stopping must not fail.
      const message = (
        diskStoreError(err, CHECKPOINT_NOT_WRITTEN, pathOf(err), this.disk?.dir) ?? (err as Error)
      ).message;
      log('closing without a checkpoint: %s', message);
      this.emit({ type: 'checkpoint-failed', message });
    } finally {
      await this.disk?.journal?.close().catch(() => undefined);
      this.db.raw.close();
      await this.disk?.release();
      log('closed at change %d', this.seq);
    }
  }

  /**
   * @internal Key rotation: a new data key seals a fresh snapshot (and its copy as the previous
   * one); the journals, sealed with the old key, are deleted; then the old key leaves the key file.
   * Each step leaves a directory that opens. `protector` re-wraps with a different protector.
   */
  rotateDataKey(protector?: KeyProtector): Promise<{ keyId: number; retired: number[] }> {
    const disk = this.requireDisk();
    return this.serial(async () => {
      const target = protector ?? disk.protector;
      const retired = disk.keyring.ids();
      const fresh = newDataKey(retired);
      disk.keyring = await saveKeyring(disk.fs, disk.dir, target, [...disk.keyring.all(), fresh], fresh.id);
      disk.protector = target;
      await this.runCheckpoint(true);
      disk.keyring = await saveKeyring(disk.fs, disk.dir, target, [fresh], fresh.id);
      log('rotated the data key (%d retired)', retired.length);
      return { keyId: fresh.id, retired };
    });
  }

  private requireDisk(): DiskState {
    if (!this.disk) throw new StoreError('unavailable', 'an in-memory store has no keys');
    if (this.closed) throw new StoreError('unavailable', 'the store is closed');
    return this.disk;
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async runWrite<T>(fn: (db: Db) => T): Promise<T> {
    if (this.failure)
      throw new StoreError(
        'unavailable',
        `the store stopped accepting writes: ${this.failure}`,
        this.disk?.dir,
      );
    const { result, journaled } = await journaledWrite(this.db, this.disk, this.seq + 1, fn, (failure) => {
      this.failure = failure;
    });
    if (journaled) {
      this.seq = journaled.seq;
      this.schedule.afterWrite(journaled.journalBytes);
    }
    this.committed();
    return result;
  }

  /** Runs what the write asked to follow its commit; the write stays done whatever they do. */
  private committed(): void {
    for (const hook of this.db.takeCommitHooks()) {
      try {
        hook();
      } catch (err) {
        log('an after-commit hook threw: %s', (err as Error).message);
      }
    }
  }

  private emit(event: StoreEvent): void {
    try {
      this.options.onEvent?.(event);
    } catch (err) {
      log('onEvent handler threw: %s', (err as Error).message);
    }
  }

  /** A checkpoint on the queue (checkpoint.ts does the writing); nothing to do in memory. */
  private async runCheckpoint(dropHistory: boolean): Promise<void> {
    if (!this.disk) return;
    const seq = this.seq;
    const done = await writeCheckpoint({
      db: this.db,
      disk: this.disk,
      seq,
      snapshotSeq: this.snapshotSeq,
      dropHistory,
      now: this.now,
      emit: (event) => this.emit(event),
      started: () => this.schedule.checkpointStarted(),
      sealed: (sealedSeq, bytes) => {
        this.snapshotSeq = sealedSeq;
        this.snapshotBytes = bytes;
      },
      broken: (failure) => {
        this.failure = failure;
      },
    });
    if (!done) return;
    this.lastCheckpointMs = done.ms;
    this.lastCheckpointAt = this.now().toISOString();
    this.emit({ type: 'checkpoint', phase: 'done', seq });
    log(
      'checkpoint at change %d: %d bytes in %d ms%s',
      seq,
      done.bytes,
      Math.round(done.ms),
      done.dropHistory ? ' (history dropped)' : '',
    );
  }
}
