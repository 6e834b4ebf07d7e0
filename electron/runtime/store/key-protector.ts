import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import createDebug from 'debug';
import { writeFileAtomic } from './atomic-file';
import { KEY_BYTES, open, seal } from './crypto-box';
import { SUPPORT_HINT, StoreError, errnoCode } from './errors';
import { nodeFs, type StoreFs } from './fs-seam';

const log = createDebug('station:store');

/** 'os': an OS keystore guards the wrapping key; 'weak': it sits in a plain file next to the data. */
export type ProtectionStrength = 'os' | 'weak';

/**
 * Wraps the store's data keys with a key-encryption key kept somewhere else. The runtime
 * never imports Electron, so the shell supplies a safeStorage-based protector; the default
 * keeps the KEK in a 0600 file in the data directory (the hub, tests, dev).
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
  /** Seals a data key for storage in the key file. May create its own secret on first use. */
  wrap(dataKey: Buffer): Promise<Buffer>;
  /** Opens a wrapped data key; throws StoreError 'key-missing' / 'key-wrong' when it cannot. */
  unwrap(wrapped: Buffer): Promise<Buffer>;
}

export const KEK_FILE = 'station.kek';
const AAD = Buffer.from('gig-station data key v1');

/** The default protector: a random KEK in `<dir>/station.kek` (mode 0600). Reported as 'weak'. */
export function fileKeyProtector(dir: string, fs: StoreFs = nodeFs): KeyProtector {
  const path = join(dir, KEK_FILE);

  async function readKek(): Promise<Buffer | null> {
    try {
      const text = (await fs.readFile(path)).toString('utf8').trim();
      const kek = Buffer.from(text, 'hex');
      if (kek.length !== KEY_BYTES) {
        throw new StoreError(
          'key-wrong',
          `the key-encryption key file ${path} is malformed. ${SUPPORT_HINT}`,
          path,
        );
      }
      return kek;
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') return null;
      throw err;
    }
  }

  return {
    kind: 'file',
    strength: () => 'weak',
    async wrap(dataKey) {
      let kek = await readKek();
      if (!kek) {
        // Only reached when a key file is being created; unwrap never invents a KEK.
        kek = randomBytes(KEY_BYTES);
        await writeFileAtomic(fs, dir, path, Buffer.from(`${kek.toString('hex')}\n`), 0o600);
        log('created key-encryption key file (mode 0600; protection is weak)');
      }
      return seal(kek, dataKey, AAD);
    },
    async unwrap(wrapped) {
      const kek = await readKek();
      if (!kek) {
        throw new StoreError(
          'key-missing',
          `the key-encryption key file ${path} is missing, so the encrypted station data cannot be opened. ` +
            `A new key would not open the existing data. Restore ${KEK_FILE} from the backup of this station, or contact support.`,
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
