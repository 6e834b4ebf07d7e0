import { randomBytes } from 'node:crypto';
import createDebug from 'debug';
import type { Store } from '../store/store';
import { idHash } from '../workers/identity-hash';

const log = createDebug('station:sync');

/**
 * The secret under which ID numbers are hashed. A hall's runtimes must share it (config `hallSecret`)
 * so the hub and every terminal compute the same hash for the same card. When the configured secret
 * differs from the one the store was using, the stored hashes are recomputed from the numbers this
 * station holds, in one transaction, so no registered worker stops being recognised.
 */
export async function resolveHallSecret(store: Store, configured: string | undefined): Promise<string> {
  return store.write((db) => {
    const row = db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'hall_secret'");
    if (row && (!configured || row.value === configured)) return row.value;
    const secret = configured ?? randomBytes(32).toString('hex');
    db.run(
      "INSERT INTO meta (key, value) VALUES ('hall_secret', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      [secret],
    );
    if (row) {
      const workers = db.all<{ id: string; id_number: string }>('SELECT id, id_number FROM workers');
      for (const w of workers)
        db.run('UPDATE workers SET id_hash = ? WHERE id = ?', [idHash(secret, w.id_number), w.id]);
      db.run('DELETE FROM hall_workers');
      log('hall secret changed: re-hashed %d workers', workers.length);
    }
    return secret;
  });
}
