import { join } from 'node:path';
import createDebug from 'debug';
import { exists, fsyncDir, removeIfPresent } from './atomic-file';
import { StoreError } from './errors';
import type { StoreFs } from './fs-seam';
import { KEK_FILE, fileKeyProtector, type KeyProtector } from './key-protector';
import { type Keyring, loadKeyring, saveKeyring } from './keyring';

const log = createDebug('station:store');

export interface OpenedKeyring {
  keyring: Keyring | null;
  /** The key-encryption key file this open moved out of the data directory, if it did. */
  movedFrom: string | null;
}

/**
 * Loads the key file with `protector`, first moving a key-encryption key an older version left in
 * the data directory out of it: the data keys are unwrapped with the old KEK and re-wrapped with
 * the one at the protector's key file (created if need be, or shared with another station there),
 * the new key file is written and fsync'ed, and only then is the old KEK deleted. A crash at any
 * step leaves either the old KEK still opening the key file or the new one already doing so.
 */
export async function openKeyring(
  fs: StoreFs,
  dir: string,
  protector: KeyProtector,
  moveLegacy: boolean,
): Promise<OpenedKeyring> {
  const legacyPath = join(dir, KEK_FILE);
  if (!moveLegacy || !(await exists(fs, legacyPath))) {
    return { keyring: await loadKeyring(fs, dir, protector), movedFrom: null };
  }
  let keyring: Keyring | null;
  try {
    keyring = await loadKeyring(fs, dir, protector);
  } catch (err) {
    if (!(err instanceof StoreError) || (err.code !== 'key-missing' && err.code !== 'key-wrong')) throw err;
    let old: Keyring | null;
    try {
      old = await loadKeyring(fs, dir, fileKeyProtector(dir, fs));
    } catch (legacyErr) {
      // Neither key opens it: say what is wrong with the one the station is meant to use, unless
      // that one simply does not exist yet.
      throw err.code === 'key-missing' ? legacyErr : err;
    }
    if (!old) throw err;
    keyring = await saveKeyring(fs, dir, protector, old.all(), old.current.id);
  }
  if (!keyring) return { keyring, movedFrom: null };
  await removeIfPresent(fs, legacyPath);
  await fsyncDir(fs, dir);
  log(
    'moved the key-encryption key out of the data directory: %s -> %s. Back the key file up apart from the data; ' +
      'old backups of the data directory still hold the old key, so run `station keys rotate` to retire it.',
    legacyPath,
    protector.keyFile ?? protector.kind,
  );
  return { keyring, movedFrom: legacyPath };
}
