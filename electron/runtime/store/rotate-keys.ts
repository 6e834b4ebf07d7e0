import type { StoreFs } from './fs-seam';
import type { KeyProtector, ProtectionStrength } from './key-protector';
import { openStationStore } from './store';

export interface RotateKeysOptions {
  /** The protector the key file is wrapped with now. Default: the key-encryption key at `keyFile`. */
  keys?: KeyProtector;
  /** Where the key-encryption key is (outside `dir`); absent: `dir/station.kek`, as older versions kept it. */
  keyFile?: string;
  /** Re-wrap with this protector instead (e.g. moving from the key file to safeStorage). */
  newKeys?: KeyProtector;
  fs?: StoreFs;
}

export interface RotateKeysResult {
  /** Id of the new data key (as recorded in the key file). */
  keyId: number;
  /** Ids of the data keys that were removed. */
  retired: number[];
  protection: ProtectionStrength;
  /** Last change contained in the re-sealed snapshot. */
  seq: number;
}

/**
 * Replaces the data key of the station in `dir`: recovers the store (snapshot + journal), seals
 * a new snapshot and its previous copy with a fresh key, deletes the journals sealed with the
 * old key, then removes the old key from the key file. The station must be stopped (the data
 * directory lock says so otherwise). Interrupting it at any point leaves data that opens.
 */
export async function rotateKeys(dir: string, options: RotateKeysOptions = {}): Promise<RotateKeysResult> {
  const store = await openStationStore({
    dir,
    keys: options.keys,
    keyFile: options.keyFile,
    fs: options.fs,
    checkpoint: { idleMs: 0, intervalMs: 0, journalBytes: Number.MAX_SAFE_INTEGER },
  });
  try {
    const { keyId, retired } = await store.rotateDataKey(options.newKeys);
    const status = store.status();
    return {
      keyId,
      retired,
      protection: status.protection === 'none' ? 'weak' : status.protection,
      seq: status.seq,
    };
  } finally {
    await store.close({ checkpoint: false });
  }
}
