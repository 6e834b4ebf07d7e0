/**
 * The store's face: what the runtime asks of its database, and how to open it. The parts:
 * open-store.ts (start-up: lock, keys, recovery, migration), data-keys.ts (the data keys at open),
 * station-store.ts (the open store and its queue), journaled-write.ts (one durable transaction),
 * checkpoint.ts (sealing a snapshot, rotating the journal) and checkpoint-schedule.ts (when).
 */
import type { CheckpointPolicy } from './checkpoint-schedule';
import type { Db } from './db';
import type { StoreFs } from './fs-seam';
import type { KeyProtector, ProtectionStrength } from './key-protector';
import type { RecoverySource } from './recovery';

export { defaultCheckpointPolicy, type CheckpointPolicy } from './checkpoint-schedule';
export { openStationStore, openStore } from './open-store';
export { StationStore } from './station-store';

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
