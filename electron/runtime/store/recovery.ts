import { join } from 'node:path';
import createDebug from 'debug';
import type { Database, SqlJsStatic } from 'sql.js';
import { Db } from './db';
import { SUPPORT_HINT, StoreError } from './errors';
import type { StoreFs } from './fs-seam';
import { openRecord, readJournalFile, type JournalEntry } from './journal';
import type { Keyring } from './keyring';
import { schemaVersion } from './migrate';
import { latestVersion } from './migrations';
import { decodeStatements } from './redo-log';
import { readSnapshot, snapshotPaths, type SnapshotRead } from './snapshot';

const log = createDebug('station:store');

export const JOURNAL_FILE = 'station.journal';
export const PREVIOUS_JOURNAL_FILE = 'station.journal.prev';

export type RecoverySource = 'fresh' | 'snapshot' | 'previous' | 'legacy';

export interface Recovered {
  raw: Database;
  source: RecoverySource;
  /** Sequence number contained in the image that was loaded. */
  baseSeq: number;
  /** Last sequence number applied (base plus replayed records). */
  lastSeq: number;
  replayed: number;
  /** Valid length of the active journal (a torn tail beyond it is cut off when it is reopened). */
  journalValidLength: number;
  journalRecords: number;
  tornTail: boolean;
  /** Snapshot files that failed to open; kept for support, never silently overwritten. */
  damaged: string[];
  snapshotBytes: number;
}

export interface RecoveryInput {
  fs: StoreFs;
  dir: string;
  keyring: Keyring;
  SQL: SqlJsStatic;
  /** Connection settings that must hold during replay exactly as during the original writes. */
  configure(db: Db): void;
}

/**
 * Start-up: load the newest snapshot that opens (current, else previous), then re-apply every
 * journal record after the sequence number the snapshot contains, one transaction per record.
 * The journal keeps the records since the *previous* snapshot, so falling back loses nothing.
 */
export async function recover(input: RecoveryInput): Promise<Recovered> {
  const { fs, dir, keyring } = input;
  const paths = snapshotPaths(dir);
  const damaged: string[] = [];
  const keyFor = (id: number) => keyring.get(id);

  let chosen:
    { read: Extract<SnapshotRead, { kind: 'sealed' | 'legacy' }>; source: RecoverySource } | undefined;
  let anySnapshotFile = false;
  for (const [path, source] of [
    [paths.current, 'snapshot'],
    [paths.previous, 'previous'],
  ] as const) {
    const read = await readSnapshot(fs, path, keyFor);
    if (read.kind === 'missing') continue;
    anySnapshotFile = true;
    if (read.kind === 'unknown-key') {
      throw new StoreError(
        'key-wrong',
        `the snapshot ${path} was sealed with a key that is not in this station's key file (another station's key file?). ${SUPPORT_HINT}`,
        path,
      );
    }
    if (read.kind === 'damaged') {
      log('snapshot %s is damaged: %s', path, read.reason);
      damaged.push(path);
      continue;
    }
    chosen = { read, source: read.kind === 'legacy' ? 'legacy' : source };
    break;
  }

  const prevJournal = await readJournalFile(fs, join(dir, PREVIOUS_JOURNAL_FILE));
  const journal = await readJournalFile(fs, join(dir, JOURNAL_FILE));

  if (!chosen) {
    if (anySnapshotFile || journal.entries.length > 0 || prevJournal.entries.length > 0) {
      throw new StoreError(
        'unrecoverable',
        `the station database in ${dir} cannot be recovered: ${damaged.length ? `${damaged.join(' and ')} failed to open` : 'the snapshot is missing but a journal exists'}. ` +
          `The station will not start empty over existing data. ${SUPPORT_HINT}`,
        dir,
      );
    }
  }

  if (
    journal.corruptAt !== undefined ||
    (prevJournal.corruptAt !== undefined && chosen?.source === 'previous')
  ) {
    const path = journal.corruptAt !== undefined ? JOURNAL_FILE : PREVIOUS_JOURNAL_FILE;
    throw new StoreError(
      'unrecoverable',
      `the journal ${join(dir, path)} is damaged in the middle (not a torn last record), so saved changes cannot be re-applied. ${SUPPORT_HINT}`,
      join(dir, path),
    );
  }

  const image = chosen ? (chosen.read.kind === 'sealed' ? chosen.read.image : chosen.read.image) : undefined;
  const raw = new input.SQL.Database(image);
  try {
    const db = new Db(raw);
    const version = schemaVersion(db);
    if (version > latestVersion) {
      throw new StoreError(
        'schema-newer',
        `the station database in ${dir} has schema version ${version}, newer than this app understands (${latestVersion}). Install the newer version of the app; do not downgrade over this data.`,
        dir,
      );
    }
    input.configure(db);
    const baseSeq = chosen?.read.kind === 'sealed' ? chosen.read.header.seq : 0;
    const entries = [...prevJournal.entries, ...journal.entries].filter((e) => e.seq > baseSeq);
    let expected = baseSeq + 1;
    // Each record is its own savepoint inside one outer transaction: a record still applies
    // all-or-nothing, but sql.js pays for one COMMIT instead of ten thousand (3 s → 0.5 s).
    db.run('BEGIN');
    for (const entry of entries) {
      if (entry.seq !== expected) {
        throw new StoreError(
          'unrecoverable',
          `the journal in ${dir} skips from change ${expected - 1} to ${entry.seq}; changes are missing. ${SUPPORT_HINT}`,
          dir,
        );
      }
      replay(db, entry, keyring, dir);
      expected++;
    }
    db.run('COMMIT');
    if (journal.tail === 'torn') log('recovery: dropped a torn last journal record');
    log(
      'recovered from %s at change %d, replayed %d',
      chosen?.source ?? 'nothing (fresh)',
      baseSeq,
      entries.length,
    );
    return {
      raw,
      source: chosen?.source ?? 'fresh',
      baseSeq,
      lastSeq: expected - 1,
      replayed: entries.length,
      journalValidLength: journal.validLength,
      journalRecords: journal.entries.length,
      tornTail: journal.tail === 'torn',
      damaged,
      snapshotBytes: chosen?.read.fileBytes ?? 0,
    };
  } catch (err) {
    raw.close();
    throw err;
  }
}

function replay(db: Db, entry: JournalEntry, keyring: Keyring, dir: string): void {
  const key = keyring.get(entry.keyId);
  if (!key) {
    throw new StoreError(
      'key-wrong',
      `journal change ${entry.seq} in ${dir} was sealed with a key this station's key file does not hold. ${SUPPORT_HINT}`,
      dir,
    );
  }
  const payload = openRecord(entry, key);
  if (!payload) {
    throw new StoreError(
      'unrecoverable',
      `journal change ${entry.seq} in ${dir} fails authentication (damaged or altered). ${SUPPORT_HINT}`,
      dir,
    );
  }
  const statements = decodeStatements(payload);
  db.run('SAVEPOINT replay_record');
  try {
    for (const s of statements) {
      if (s.batch) db.runMany(s.sql, s.batch);
      else db.run(s.sql, s.params);
    }
    db.run('RELEASE replay_record');
  } catch (err) {
    // The statement text names tables, never values; parameters (personal data) stay out of the message.
    throw new StoreError(
      'replay-failed',
      `journal change ${entry.seq} in ${dir} could not be re-applied (${(err as Error).message}). This is a bug: a write depended on something replay cannot reproduce. ${SUPPORT_HINT}`,
      dir,
      { cause: err },
    );
  }
}
