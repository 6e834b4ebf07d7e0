import type { Db } from './db';
import type { DiskState } from './disk-state';
import { StoreError, diskStoreError, errnoCode } from './errors';
import { encodeRecord } from './journal';
import { encodeStatements } from './redo-log';

/** A committed write: what `fn` returned, and the journal record that holds it (none in memory or when nothing changed). */
export interface Committed<T> {
  result: T;
  journaled: { seq: number; journalBytes: number } | null;
}

/**
 * One write transaction: `BEGIN` → `fn`, its statements captured → one journal record (`seq`),
 * fsync'ed → `COMMIT`. Any failure rolls back and leaves the journal as it was; `broken` is told
 * when it could not be left so (the store then stops accepting writes).
 */
export async function journaledWrite<T>(
  db: Db,
  disk: DiskState | null,
  seq: number,
  fn: (db: Db) => T,
  broken: (failure: string) => void,
): Promise<Committed<T>> {
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
    rollback(db);
    throw err;
  }
  const journal = disk?.journal;
  if (!disk || statements.length === 0) {
    db.run('COMMIT');
    return { result, journaled: null };
  }
  if (!journal) {
    rollback(db);
    throw new StoreError(
      'unavailable',
      'the journal is not open (a checkpoint failed to reopen it)',
      disk.dir,
    );
  }
  const sizeBefore = journal.size;
  try {
    const key = disk.keyring.current;
    await journal.append(encodeRecord(seq, key.id, key.key, encodeStatements(statements)));
  } catch (err) {
    rollback(db);
    const undoFailed = typeof err === 'object' && err !== null && 'undoFailed' in err;
    if (undoFailed) broken(`the journal ${journal.path} could not be restored after a failed write`);
    throw (
      diskStoreError(err, '这次的记录没有保存', journal.path, disk.dir) ??
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
    rollback(db);
    // The journal must not keep a change the database refused (e.g. a deferred constraint).
    await journal.truncateTo(sizeBefore).catch(() => {
      broken(`the journal ${journal.path} holds a change that failed to commit`);
    });
    throw err;
  }
  return { result, journaled: { seq, journalBytes: journal.size } };
}

function rollback(db: Db): void {
  try {
    db.run('ROLLBACK');
  } catch {
    // SQLite already rolled back (e.g. ON CONFLICT ROLLBACK); nothing is open.
  }
}

function isThenable(v: unknown): boolean {
  return typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';
}
