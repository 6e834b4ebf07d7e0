import { join } from 'node:path';
import type { Database } from 'sql.js';
import { exists, fsyncDir, removeIfPresent, renameRetry } from './atomic-file';
import { openDataKeys, refuseKeyInsideData } from './data-keys';
import { Db } from './db';
import { lockDir } from './dir-lock';
import type { DiskState } from './disk-state';
import { StoreError, diskStoreError, errnoCode, pathOf } from './errors';
import { nodeFs, type StoreFs } from './fs-seam';
import { JournalWriter } from './journal';
import { isWithin } from './key-file-location';
import { migrate, schemaVersion } from './migrate';
import { JOURNAL_FILE, recover } from './recovery';
import { snapshotPaths } from './snapshot';
import { loadSqlJs } from './sqljs';
import { StationStore } from './station-store';
import type { Store, StoreOptions } from './store';

export async function openStore(options: StoreOptions): Promise<Store> {
  return openStationStore(options);
}

/**
 * @internal openStore plus the maintenance operations (key rotation) that need the live store.
 * Start-up: take the directory's lock, open the data keys, recover the image (snapshot, else the
 * previous one, plus the journals), set damaged files aside, migrate, and seal what changed.
 */
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
  await refuseKeyInsideData(keyFile, dir);
  await prepareDir(fs, dir);
  const release = await lockDir(fs, dir);
  let rawForCleanup: Database | undefined;
  try {
    const paths = snapshotPaths(dir);
    for (const leftover of [`${paths.current}.tmp`, `${paths.previous}.tmp`])
      await removeIfPresent(fs, leftover);
    const { protector, keyring, movedFrom } = await openDataKeys(fs, dir, options.keys, keyFile);
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
    const disk: DiskState = {
      dir,
      fs,
      protector,
      keyBesideData,
      keyMovedFrom: movedFrom,
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
