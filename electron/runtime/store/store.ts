import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import createDebug from 'debug';
import type { Database } from 'sql.js';
import { exists, fsyncDir, removeIfPresent, renameRetry } from './atomic-file';
import { Db } from './db';
import { lockDir } from './dir-lock';
import { StoreError, diskStoreError, errnoCode } from './errors';
import { nodeFs, type StoreFs } from './fs-seam';
import { JournalWriter, encodeRecord } from './journal';
import { isWithin } from './key-file-location';
import { openKeyring } from './key-migration';
import {
  fileKeyProtector,
  keyFileProtector,
  type KeyProtector,
  type ProtectionStrength,
} from './key-protector';
import { KEY_FILE, type Keyring, newDataKey, saveKeyring } from './keyring';
import { migrate, schemaVersion } from './migrate';
import { JOURNAL_FILE, PREVIOUS_JOURNAL_FILE, type RecoverySource, recover } from './recovery';
import { encodeStatements } from './redo-log';
import { copySnapshot, isPlainSqlite, snapshotPaths, writeSnapshotTemp } from './snapshot';
import { loadSqlJs } from './sqljs';

const log = createDebug('station:store');
const CHECKPOINT_NOT_WRITTEN = '数据快照没有写成（每条已保存的记录仍在日志里，没有丢失）';

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

export type StoreEvent =
  | { type: 'checkpoint'; phase: 'start' | 'written' | 'renamed' | 'done'; seq: number }
  | { type: 'checkpoint-failed'; message: string };

export interface StoreOptions {
  /** Data directory; null keeps everything in memory (tests). */
  dir: string | null;
  /** Wraps the data key (the Electron shell's safeStorage). Takes precedence over `keyFile`. */
  keys?: KeyProtector;
  /**
   * The key-encryption key file (mode 0600) when no `keys` is given: outside `dir`, so a copy of
   * the data directory alone opens nothing; one inside it is refused. A KEK an older version kept in
   * `dir` is moved here at open. Absent: `dir/station.kek`, beside the data (tests, development).
   */
  keyFile?: string;
  checkpoint?: Partial<CheckpointPolicy>;
  now?: () => Date;
  /** File-system seam; tests inject failures through it. */
  fs?: StoreFs;
  /** Progress of checkpoints, for status screens and crash tests. Must not throw. */
  onEvent?: (event: StoreEvent) => void;
}

export interface StoreStatus {
  dir: string | null;
  /** 'none' in memory; 'weak' when the key-encryption key is a plain file (or safeStorage's basic_text). */
  protection: ProtectionStrength | 'none';
  protector: string | null;
  /** The file holding the key-encryption key (null: an OS keystore, or in memory). */
  keyFile: string | null;
  /** The key-encryption key sits in the data directory, so a copy of the directory opens the data. */
  keyBesideData: boolean;
  /** Where the key-encryption key was moved from at this open (an older version's data directory). */
  keyMovedFrom: string | null;
  schemaVersion: number;
  /** Sequence number of the last durable change. */
  seq: number;
  /** Sequence number the current snapshot contains. */
  snapshotSeq: number;
  journalBytes: number;
  lastCheckpointAt: string | null;
  lastCheckpointMs: number | null;
  snapshotBytes: number;
  recoveredFrom: RecoverySource | 'memory';
  /** Journal records re-applied at start-up. */
  replayedRecords: number;
  tornTailDropped: boolean;
  /** Damaged files found at start-up, moved aside for support. */
  damagedFiles: string[];
  /** Set when the store stopped accepting writes after an I/O failure it could not undo. */
  failure: string | null;
}

export interface CheckpointOptions {
  /**
   * Also replace the previous snapshot with a copy of the new one and delete both journals, so
   * nothing older than now remains on disk. Use after erasing personal data.
   */
  dropHistory?: boolean;
}

/**
 * The runtime's one owner of the database. Writes run in a transaction and are durable (journal
 * record fsync'ed) before `write` resolves; reads are synchronous against the in-memory copy.
 *
 * Rules for writers (replay at start-up re-executes the journaled statements):
 * - `write(fn)`: `fn` is synchronous and touches SQL only through the `Db` it is given
 *   (`run`/`all`/`get`, never `db.raw`).
 * - Every non-deterministic value (UUIDs, timestamps, random tokens) is computed in JS and
 *   passed as a parameter. Never call random(), randomblob(), datetime('now'),
 *   CURRENT_TIMESTAMP or similar inside a write.
 * - `read(fn)` never changes the database.
 */
export interface Store {
  read<T>(fn: (db: Db) => T): T;
  write<T>(fn: (db: Db) => T): Promise<T>;
  checkpoint(options?: CheckpointOptions): Promise<void>;
  status(): StoreStatus;
  /** Checkpoints (unless `{ checkpoint: false }`), then releases the data directory. */
  close(options?: { checkpoint?: boolean }): Promise<void>;
}

interface DiskState {
  dir: string;
  fs: StoreFs;
  protector: KeyProtector;
  keyBesideData: boolean;
  keyMovedFrom: string | null;
  keyring: Keyring;
  journal: JournalWriter | null;
  release: () => Promise<void>;
}

export async function openStore(options: StoreOptions): Promise<Store> {
  return openStationStore(options);
}

/** @internal openStore plus the maintenance operations (key rotation) that need the live store. */
export async function openStationStore(options: StoreOptions): Promise<StationStore> {
  const SQL = await loadSqlJs();
  if (!options.dir) {
    const db = new Db(new SQL.Database());
    configure(db);
    migrate(db);
    return new StationStore(db, null, options, {
      source: 'memory',
      seq: 0,
      replayed: 0,
      snapshotBytes: 0,
      torn: false,
      damaged: [],
    });
  }
  const dir = options.dir;
  const fs = options.fs ?? nodeFs;
  const keyFile = options.keys ? undefined : options.keyFile;
  if (keyFile !== undefined && (await isWithin(keyFile, dir))) {
    throw new StoreError(
      'key-misplaced',
      `the key-encryption key file ${keyFile} (keyFile in the station config) is inside the data directory ${dir}, ` +
        `so a copy of the data would carry its key. Set keyFile to a path outside ${dir}, e.g. the default for this system.`,
      keyFile,
    );
  }
  await prepareDir(fs, dir);
  const release = await lockDir(fs, dir);
  let rawForCleanup: Database | undefined;
  try {
    const paths = snapshotPaths(dir);
    for (const leftover of [`${paths.current}.tmp`, `${paths.previous}.tmp`])
      await removeIfPresent(fs, leftover);
    const protector = options.keys ?? (keyFile ? keyFileProtector(keyFile, fs) : fileKeyProtector(dir, fs));
    const opened = await openKeyring(fs, dir, protector, keyFile !== undefined);
    let keyring = opened.keyring;
    if (!keyring) {
      const existing = await sealedDataFiles(fs, dir);
      if (existing.length) {
        throw new StoreError(
          'key-missing',
          `the key file ${join(dir, KEY_FILE)} is missing but station data exists (${existing.join(', ')}). ` +
            `A new key would not open it, so the station will not start. Restore ${KEY_FILE} from the backup of this station, or contact support.`,
          join(dir, KEY_FILE),
        );
      }
      const first = newDataKey();
      keyring = await saveKeyring(fs, dir, protector, [first], first.id);
      log('new data directory: created a data key (protection: %s)', protector.strength());
    }
    const rec = await recover({ fs, dir, keyring, SQL, configure });
    rawForCleanup = rec.raw;
    const db = new Db(rec.raw);
    const damaged: string[] = [];
    for (const path of rec.damaged) {
      // Kept for support, out of the way of the next checkpoint's renames.
      const aside = `${path}.damaged-${Date.now()}`;
      await renameRetry(fs, path, aside);
      damaged.push(aside);
    }
    const journalPath = join(dir, JOURNAL_FILE);
    const created = !(await exists(fs, journalPath));
    const journal = await JournalWriter.open(fs, journalPath, rec.journalValidLength);
    if (created) await fsyncDir(fs, dir);
    const before = schemaVersion(db);
    migrate(db);
    const keyBesideData = protector.keyFile !== undefined && (await isWithin(protector.keyFile, dir));
    const disk = {
      dir,
      fs,
      protector,
      keyBesideData,
      keyMovedFrom: opened.movedFrom,
      keyring,
      journal,
      release,
    };
    const store = new StationStore(db, disk, options, {
      source: rec.source,
      seq: rec.lastSeq,
      replayed: rec.replayed,
      snapshotSeq: rec.baseSeq,
      snapshotBytes: rec.snapshotBytes,
      torn: rec.tornTail,
      damaged,
    });
    // A migration is not journaled, so records written after it must never be replayed onto an
    // unmigrated image: seal the migrated state (and its copy as "previous") before any write.
    // A legacy plain-text file or a recovery from the previous snapshot is sealed the same way.
    const migrated = schemaVersion(db) !== before;
    if (migrated || rec.source !== 'snapshot')
      await store.checkpoint({ dropHistory: migrated || rec.source !== 'fresh' });
    return store;
  } catch (err) {
    rawForCleanup?.close();
    await release();
    throw diskStoreError(err, '驿站没有启动', pathOf(err), dir) ?? err;
  }
}

function pathOf(err: unknown): string | undefined {
  const path = typeof err === 'object' && err !== null ? (err as { path?: unknown }).path : undefined;
  return typeof path === 'string' ? path : undefined;
}

/** Connection settings that must be identical when writing and when replaying. */
function configure(db: Db): void {
  db.run('PRAGMA foreign_keys = ON');
  // Freed pages are zeroed, so erased personal data leaves the image at the next checkpoint.
  db.run('PRAGMA secure_delete = ON');
  // The image lives in sql.js's in-memory file system, so SQLite's own rollback journal protects
  // nothing across a crash (our journal does); keeping it in memory makes each COMMIT ~3x cheaper.
  db.run('PRAGMA journal_mode = MEMORY');
}

async function prepareDir(fs: StoreFs, dir: string): Promise<void> {
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.readdir(dir);
  } catch (err) {
    // A directory that cannot be created on a read-only or full disk says so; one that cannot be read is unusable.
    if (errnoCode(err) === 'EROFS' || errnoCode(err) === 'ENOSPC')
      throw diskStoreError(err, '驿站没有启动', dir, dir) ?? err;
    throw new StoreError(
      'dir-unusable',
      `cannot use the station data directory ${dir} (${errnoCode(err) ?? (err as Error).message}); check that it exists and that this user may read and write it`,
      dir,
      { cause: err },
    );
  }
}

/** Files that only a key can open (a plain SQLite file from the first store needs none). */
async function sealedDataFiles(fs: StoreFs, dir: string): Promise<string[]> {
  const paths = snapshotPaths(dir);
  const found: string[] = [];
  for (const p of [
    paths.current,
    paths.previous,
    join(dir, JOURNAL_FILE),
    join(dir, PREVIOUS_JOURNAL_FILE),
  ]) {
    try {
      if ((await fs.stat(p)).size > 0 && !(await isPlainSqlite(fs, p))) found.push(p);
    } catch (err) {
      if (errnoCode(err) !== 'ENOENT') throw err;
    }
  }
  return found;
}

function isThenable(v: unknown): boolean {
  return typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';
}

interface Initial {
  source: RecoverySource | 'memory';
  seq: number;
  replayed: number;
  snapshotSeq?: number;
  snapshotBytes: number;
  torn: boolean;
  damaged: string[];
}

export class StationStore implements Store {
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  private failure: string | null = null;
  private seq: number;
  private snapshotSeq: number;
  private snapshotBytes: number;
  private lastCheckpointAt: string | null = null;
  private lastCheckpointMs: number | null = null;
  private checkpointRequested = false;
  private autoCheckpointPausedUntil = 0;
  private idleTimer: NodeJS.Timeout | undefined;
  private intervalTimer: NodeJS.Timeout | undefined;
  private readonly policy: CheckpointPolicy;
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
    this.policy = { ...defaultCheckpointPolicy, ...options.checkpoint };
    this.now = options.now ?? (() => new Date());
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
    clearTimeout(this.idleTimer);
    clearTimeout(this.intervalTimer);
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

  private rollback(): void {
    try {
      this.db.run('ROLLBACK');
    } catch {
      // SQLite already rolled back (e.g. ON CONFLICT ROLLBACK); nothing is open.
    }
  }

  private async runWrite<T>(fn: (db: Db) => T): Promise<T> {
    if (this.failure)
      throw new StoreError(
        'unavailable',
        `the store stopped accepting writes: ${this.failure}`,
        this.disk?.dir,
      );
    const db = this.db;
    const before = db.totalChanges();
    db.run('BEGIN');
    db.startCapture();
    let result: T;
    let statements;
    try {
      result = fn(db);
      if (isThenable(result))
        throw new TypeError('Store.write callbacks must be synchronous; await outside the callback');
      const accounted = db.capturedChanges();
      statements = db.endCapture();
      if (db.totalChanges() - before !== accounted) {
        throw new Error(
          'a write changed rows outside Db.run/runMany/all/get (db.raw?), which the journal cannot record',
        );
      }
    } catch (err) {
      db.endCapture();
      this.rollback();
      throw err;
    }
    const journal = this.disk?.journal;
    if (!this.disk || statements.length === 0) {
      db.run('COMMIT');
      this.committed();
      return result;
    }
    if (!journal) {
      this.rollback();
      throw new StoreError(
        'unavailable',
        'the journal is not open (a checkpoint failed to reopen it)',
        this.disk.dir,
      );
    }
    const seq = this.seq + 1;
    const sizeBefore = journal.size;
    try {
      const key = this.disk.keyring.current;
      await journal.append(encodeRecord(seq, key.id, key.key, encodeStatements(statements)));
    } catch (err) {
      this.rollback();
      const undoFailed = typeof err === 'object' && err !== null && 'undoFailed' in err;
      if (undoFailed) this.failure = `the journal ${journal.path} could not be restored after a failed write`;
      throw (
        diskStoreError(err, '这次的记录没有保存', journal.path, this.disk.dir) ??
        new StoreError(
          'write-failed',
          `the change was not saved (${errnoCode(err) ?? (err as Error).message}) writing ${journal.path}; nothing was changed.`,
          journal.path,
          { cause: err },
        )
      );
    }
    try {
      db.run('COMMIT');
    } catch (err) {
      this.rollback();
      // The journal must not keep a change the database refused (e.g. a deferred constraint).
      await journal.truncateTo(sizeBefore).catch(() => {
        this.failure = `the journal ${journal.path} holds a change that failed to commit`;
      });
      throw err;
    }
    this.seq = seq;
    this.afterWrite(journal.size);
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

  private afterWrite(journalBytes: number): void {
    if (journalBytes >= this.policy.journalBytes) this.requestCheckpoint('journal size');
    if (this.policy.idleMs > 0) {
      clearTimeout(this.idleTimer);
      this.idleTimer = setTimeout(() => this.requestCheckpoint('idle'), this.policy.idleMs).unref();
    }
    if (this.policy.intervalMs > 0 && !this.intervalTimer) {
      this.intervalTimer = setTimeout(
        () => this.requestCheckpoint('interval'),
        this.policy.intervalMs,
      ).unref();
    }
  }

  private requestCheckpoint(reason: string): void {
    if (
      this.checkpointRequested ||
      this.closed ||
      this.failure ||
      Date.now() < this.autoCheckpointPausedUntil
    )
      return;
    this.checkpointRequested = true;
    // After the current turn, so the write that crossed the threshold is acknowledged first.
    setImmediate(() => {
      if (this.closed) {
        this.checkpointRequested = false;
        return;
      }
      this.serial(() => this.runCheckpoint(false))
        .catch((err: unknown) => {
          this.autoCheckpointPausedUntil = Date.now() + 60_000;
          const message = err instanceof Error ? err.message : String(err);
          log('checkpoint (%s) failed: %s', reason, message);
          this.emit({ type: 'checkpoint-failed', message });
        })
        .finally(() => {
          this.checkpointRequested = false;
        });
    });
  }

  private emit(event: StoreEvent): void {
    try {
      this.options.onEvent?.(event);
    } catch (err) {
      log('onEvent handler threw: %s', (err as Error).message);
    }
  }

  /**
   * Export → seal to a temp file → fsync → rename over the snapshot (the old one becomes the
   * previous) → fsync the directory → rotate the journal. Runs on the write queue, so no
   * transaction is open (sql.js 1.16 export() throws inside one) and no write interleaves.
   * Every step leaves a directory that recovers to the same state:
   * - the journal keeps every record after the *previous* snapshot, so the previous snapshot
   *   plus the journals is always complete;
   * - records carry sequence numbers and the snapshot header the last one it contains, so a
   *   crash after the rename but before the journal moves only replays what is newer.
   */
  private async runCheckpoint(dropHistoryRequested: boolean): Promise<void> {
    const disk = this.disk;
    if (!disk) return;
    const { fs, dir } = disk;
    const paths = snapshotPaths(dir);
    const journalPath = join(dir, JOURNAL_FILE);
    const prevJournalPath = join(dir, PREVIOUS_JOURNAL_FILE);
    const currentExists = await exists(fs, paths.current);
    // Without a current snapshot the previous one is the only copy: replace it too, so that
    // "previous + journals" stays complete.
    const dropHistory = dropHistoryRequested || !currentExists;
    if (!dropHistory && this.seq === this.snapshotSeq) return;
    clearTimeout(this.intervalTimer);
    this.intervalTimer = undefined;
    const started = performance.now();
    const seq = this.seq;
    this.emit({ type: 'checkpoint', phase: 'start', seq });
    let image: Uint8Array | null = this.db.raw.export();
    const header = {
      format: 1 as const,
      keyId: disk.keyring.current.id,
      seq,
      at: this.now().toISOString(),
      schema: schemaVersion(this.db),
      bytes: image.byteLength,
    };
    const { tmp, bytes } = await writeSnapshotTemp(
      fs,
      paths.current,
      image,
      header,
      disk.keyring.current.key,
    );
    image = null;
    this.emit({ type: 'checkpoint', phase: 'written', seq });
    if (!dropHistory) await renameRetry(fs, paths.current, paths.previous);
    await renameRetry(fs, tmp, paths.current);
    await fsyncDir(fs, dir);
    this.emit({ type: 'checkpoint', phase: 'renamed', seq });
    this.snapshotSeq = seq;
    this.snapshotBytes = bytes;

    await disk.journal?.close();
    disk.journal = null;
    try {
      if (dropHistory) {
        await copySnapshot(fs, dir, paths.current, paths.previous);
        await removeIfPresent(fs, prevJournalPath);
        await removeIfPresent(fs, journalPath);
      } else if (await exists(fs, journalPath)) {
        // The records after the snapshot just demoted to "previous" move along with it.
        await renameRetry(fs, journalPath, prevJournalPath);
      }
    } finally {
      try {
        disk.journal = await JournalWriter.open(fs, journalPath, Number.MAX_SAFE_INTEGER);
        await fsyncDir(fs, dir);
      } catch (err) {
        this.failure = `cannot reopen the journal ${journalPath}: ${(err as Error).message}`;
      }
    }
    this.lastCheckpointMs = performance.now() - started;
    this.lastCheckpointAt = this.now().toISOString();
    this.emit({ type: 'checkpoint', phase: 'done', seq });
    log(
      'checkpoint at change %d: %d bytes in %d ms%s',
      seq,
      bytes,
      Math.round(this.lastCheckpointMs),
      dropHistory ? ' (history dropped)' : '',
    );
  }
}
