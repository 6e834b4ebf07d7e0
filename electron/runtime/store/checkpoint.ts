import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exists, fsyncDir, removeIfPresent, renameRetry } from './atomic-file';
import type { Db } from './db';
import type { DiskState } from './disk-state';
import { JournalWriter } from './journal';
import { schemaVersion } from './migrate';
import { JOURNAL_FILE, PREVIOUS_JOURNAL_FILE } from './recovery';
import { copySnapshot, snapshotPaths, writeSnapshotTemp } from './snapshot';
import type { StoreEvent } from './store';

export interface CheckpointRun {
  db: Db;
  disk: DiskState;
  /** The last durable change, which the new snapshot will contain. */
  seq: number;
  /** The change the current snapshot contains. */
  snapshotSeq: number;
  dropHistory: boolean;
  now: () => Date;
  emit: (event: StoreEvent) => void;
  /** A checkpoint is under way (the interval timer's job is done). */
  started: () => void;
  /** The new snapshot is in place. */
  sealed: (seq: number, bytes: number) => void;
  /** The journal could not be reopened: the store must stop accepting writes. */
  broken: (failure: string) => void;
}

/**
 * Export → seal to a temp file → fsync → rename over the snapshot (the old one becomes the
 * previous) → fsync the directory → rotate the journal. The caller runs it on the write queue, so
 * no transaction is open (sql.js 1.16 export() throws inside one) and no write interleaves.
 * Every step leaves a directory that recovers to the same state:
 * - the journal keeps every record after the *previous* snapshot, so the previous snapshot
 *   plus the journals is always complete;
 * - records carry sequence numbers and the snapshot header the last one it contains, so a
 *   crash after the rename but before the journal moves only replays what is newer.
 * Returns undefined when there was nothing to write.
 */
export async function writeCheckpoint(
  run: CheckpointRun,
): Promise<{ bytes: number; ms: number; dropHistory: boolean } | undefined> {
  const { db, disk, seq } = run;
  const { fs, dir } = disk;
  const paths = snapshotPaths(dir);
  const journalPath = join(dir, JOURNAL_FILE);
  const prevJournalPath = join(dir, PREVIOUS_JOURNAL_FILE);
  const currentExists = await exists(fs, paths.current);
  // Without a current snapshot the previous one is the only copy: replace it too, so that
  // "previous + journals" stays complete.
  const dropHistory = run.dropHistory || !currentExists;
  if (!dropHistory && seq === run.snapshotSeq) return undefined;
  run.started();
  const started = performance.now();
  run.emit({ type: 'checkpoint', phase: 'start', seq });
  let image: Uint8Array | null = db.raw.export();
  const header = {
    format: 1 as const,
    keyId: disk.keyring.current.id,
    seq,
    at: run.now().toISOString(),
    schema: schemaVersion(db),
    bytes: image.byteLength,
  };
  const { tmp, bytes } = await writeSnapshotTemp(fs, paths.current, image, header, disk.keyring.current.key);
  image = null;
  run.emit({ type: 'checkpoint', phase: 'written', seq });
  if (!dropHistory) await renameRetry(fs, paths.current, paths.previous);
  await renameRetry(fs, tmp, paths.current);
  await fsyncDir(fs, dir);
  run.emit({ type: 'checkpoint', phase: 'renamed', seq });
  run.sealed(seq, bytes);

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
      run.broken(`cannot reopen the journal ${journalPath}: ${(err as Error).message}`);
    }
  }
  return { bytes, ms: performance.now() - started, dropHistory };
}
