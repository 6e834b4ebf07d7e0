import { join } from 'node:path';
import createDebug from 'debug';
import { StoreError, errnoCode } from './errors';
import type { StoreFs } from './fs-seam';
import { isWithin } from './key-file-location';
import { openKeyring } from './key-migration';
import { fileKeyProtector, keyFileProtector, type KeyProtector } from './key-protector';
import { KEY_FILE, type Keyring, newDataKey, saveKeyring } from './keyring';
import { JOURNAL_FILE, PREVIOUS_JOURNAL_FILE } from './recovery';
import { isPlainSqlite, snapshotPaths } from './snapshot';

const log = createDebug('station:store');

/**
 * The key-encryption key must live outside the data directory, so a copy of the directory alone
 * opens nothing: a `keyFile` inside it is refused before anything is touched.
 */
export async function refuseKeyInsideData(keyFile: string | undefined, dir: string): Promise<void> {
  if (keyFile === undefined || !(await isWithin(keyFile, dir))) return;
  throw new StoreError(
    'key-misplaced',
    `the key-encryption key file ${keyFile} (keyFile in the station config) is inside the data directory ${dir}, ` +
      `so a copy of the data would carry its key. Set keyFile to a path outside ${dir}, e.g. the default for this system.`,
    keyFile,
  );
}

export interface DataKeys {
  protector: KeyProtector;
  keyring: Keyring;
  /** The key-encryption key file this open moved out of the data directory, if it did. */
  movedFrom: string | null;
}

/**
 * The data keys of the directory, unwrapped by `keys` (safeStorage), else by the KEK at `keyFile`,
 * else by one beside the data (tests, development). A new directory gets a new data key; a
 * directory whose key file is gone while sealed data exists is refused: a new key would not open it.
 */
export async function openDataKeys(
  fs: StoreFs,
  dir: string,
  keys: KeyProtector | undefined,
  keyFile: string | undefined,
): Promise<DataKeys> {
  const protector = keys ?? (keyFile ? keyFileProtector(keyFile, fs) : fileKeyProtector(dir, fs));
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
  return { protector, keyring, movedFrom: opened.movedFrom };
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
