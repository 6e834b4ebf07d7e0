import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import createDebug from 'debug';
import { fsyncDir, removeIfPresent, renameRetry, writeAll } from './atomic-file';
import { KEY_BYTES, open, seal } from './crypto-box';
import { SUPPORT_HINT, StoreError, errnoCode } from './errors';
import { nodeFs, type StoreFs } from './fs-seam';
import { KEK_FILE_NAME } from './key-file-location';

const log = createDebug('station:store');

/**
 * 'os': an OS keystore guards the wrapping key; 'weak': it is a plain file (apart from the data on
 * a hub, which `StoreStatus.keyBesideData` tells) or safeStorage's fixed-password fallback.
 */
export type ProtectionStrength = 'os' | 'weak';

/**
 * Wraps the store's data keys with a key-encryption key kept somewhere else. The runtime
 * never imports Electron, so the shell supplies a safeStorage-based protector; the hub keeps the
 * KEK in a 0600 file outside the data directory (`keyFileProtector`).
 *
 * An Electron implementation, for reference:
 *   kind: 'safe-storage',
 *   strength: () => safeStorage.getSelectedStorageBackend?.() === 'basic_text' ? 'weak' : 'os',
 *   wrap: async (k) => safeStorage.encryptString(k.toString('base64')),
 *   unwrap: async (w) => Buffer.from(safeStorage.decryptString(w), 'base64'),
 */
export interface KeyProtector {
  /** Recorded in the key file so a station opened with a different protector says so clearly. */
  readonly kind: string;
  strength(): ProtectionStrength;
  /** The file holding the key-encryption key, when there is one (not for an OS keystore). */
  readonly keyFile?: string;
  /** Seals a data key for storage in the key file. May create its own secret on first use. */
  wrap(dataKey: Buffer): Promise<Buffer>;
  /** Opens a wrapped data key; throws StoreError 'key-missing' / 'key-wrong' when it cannot. */
  unwrap(wrapped: Buffer): Promise<Buffer>;
}

export const KEK_FILE = KEK_FILE_NAME;
const AAD = Buffer.from('gig-station data key v1');

/**
 * The KEK in a plain file at `path` (mode 0600; a folder it creates is 0700). Reported as 'weak':
 * whoever can read that file can open the data, so it must not travel with the data directory.
 */
export function keyFileProtector(path: string, fs: StoreFs = nodeFs): KeyProtector {
  async function readKek(): Promise<Buffer | null> {
    let text: string;
    try {
      text = (await fs.readFile(path)).toString('utf8').trim();
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') return null;
      throw err;
    }
    const kek = Buffer.from(text, 'hex');
    if (kek.length !== KEY_BYTES) {
      throw new StoreError(
        'key-wrong',
        `the key-encryption key file ${path} is malformed. ${SUPPORT_HINT}`,
        path,
      );
    }
    await keepPrivate();
    return kek;
  }

  /** A key restored from a backup often comes back 0644; put it back to owner-only. */
  async function keepPrivate(): Promise<void> {
    if (process.platform === 'win32') return;
    const { mode } = await fs.stat(path);
    if ((mode & 0o077) === 0) return;
    await fs.chmod(path, 0o600);
    log(
      'the key-encryption key file %s was readable by others (mode %s); set it to 0600',
      path,
      (mode & 0o777).toString(8),
    );
  }

  /**
   * Writes a new KEK to a private temp file, fsyncs it, then links it into place, which fails if
   * another station sharing this key file got there first: its key is used, never overwritten.
   */
  async function createKek(): Promise<Buffer> {
    const dir = dirname(path);
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    const kek = randomBytes(KEY_BYTES);
    const tmp = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    const handle = await fs.open(tmp, 'wx', 0o600);
    try {
      await writeAll(handle, Buffer.from(`${kek.toString('hex')}\n`));
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await publish(tmp);
    } catch (err) {
      await removeIfPresent(fs, tmp).catch(() => undefined);
      if (errnoCode(err) !== 'EEXIST') throw err;
      const theirs = await readKek();
      if (theirs) return theirs;
      throw err;
    }
    await fsyncDir(fs, dir);
    log('created the key-encryption key file %s (mode 0600)', path);
    return kek;
  }

  async function publish(tmp: string): Promise<void> {
    try {
      await fs.link(tmp, path);
    } catch (err) {
      // File systems without hard links (FAT on a USB stick): rename, after checking nothing is there.
      const code = errnoCode(err);
      if (code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EXDEV') throw err;
      if ((await readKek()) !== null) throw Object.assign(new Error(`${path} exists`), { code: 'EEXIST' });
      await renameRetry(fs, tmp, path);
      return;
    }
    await fs.unlink(tmp);
  }

  return {
    kind: 'file',
    keyFile: path,
    strength: () => 'weak',
    async wrap(dataKey) {
      // Only reached when a key file is being written; unwrap never invents a KEK.
      const kek = (await readKek()) ?? (await createKek());
      return seal(kek, dataKey, AAD);
    },
    async unwrap(wrapped) {
      const kek = await readKek();
      if (!kek) {
        throw new StoreError(
          'key-missing',
          `the key-encryption key file ${path} is missing, so the encrypted station data cannot be opened. ` +
            `A new key would not open the existing data. Point keyFile in the station config at this station's ` +
            `key-encryption key, or restore it to ${path} from the backup kept apart from the data, or contact support.`,
          path,
        );
      }
      const key = open(kek, wrapped, AAD);
      if (!key) {
        throw new StoreError(
          'key-wrong',
          `the key-encryption key in ${path} does not open this station's key file (another station's key, or a damaged file). ${SUPPORT_HINT}`,
          path,
        );
      }
      return key;
    },
  };
}

/**
 * The KEK beside the data, in `<dir>/station.kek`: what older versions did, and what a store opened
 * without a key file still does (tests, development). A copy of the directory opens the data.
 */
export function fileKeyProtector(dir: string, fs: StoreFs = nodeFs): KeyProtector {
  return keyFileProtector(join(dir, KEK_FILE), fs);
}
