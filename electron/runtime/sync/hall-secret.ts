import { randomBytes } from 'node:crypto';
import createDebug from 'debug';
import { stationData } from '../data/station-data';
import type { Store } from '../store/store';
import { idHash } from '../workers/identity-hash';

const log = createDebug('station:sync');

/**
 * The secret under which ID numbers are hashed. A hall's runtimes must share it (config `hallSecret`)
 * so the hub and every terminal compute the same hash for the same card. When the configured secret
 * differs from the one the store was using, the stored hashes are recomputed from the numbers this
 * station holds, in one transaction, so no registered worker stops being recognised. A hub's rows
 * for people another terminal registered hold no clear number: they keep the old hash, and the hall
 * knows them again when their card is next read (all terminals change secret together).
 */
export async function resolveHallSecret(store: Store, configured: string | undefined): Promise<string> {
  return stationData(store).write((tx) => {
    const stored = tx.syncState.hallSecret();
    if (stored !== undefined && (!configured || stored === configured)) return stored;
    const secret = configured ?? randomBytes(32).toString('hex');
    tx.syncState.setHallSecret(secret);
    if (stored !== undefined) {
      const workers = tx.workers.idNumbers();
      for (const w of workers) tx.workers.setIdHash(w.id, idHash(secret, w.idNumber));
      log('hall secret changed: re-hashed %d workers', workers.length);
    }
    return secret;
  });
}
