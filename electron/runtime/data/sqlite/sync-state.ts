import type { Db } from '../../store/db';
import { reader } from '../rows';
import type { SyncStateRepository } from '../sync-state';

export function sqliteSyncState(db: Db): SyncStateRepository {
  return {
    cursor(upstream) {
      const row = db.get('SELECT cursor, etag, full_resync FROM sync_cursor WHERE upstream = ?', [upstream]);
      if (!row) return { cursor: null, etag: null, fullResync: false };
      const r = reader('sync_cursor', row);
      return {
        cursor: r.textOrNull('cursor'),
        etag: r.textOrNull('etag'),
        fullResync: r.bool('full_resync'),
      };
    },
    saveCursor(upstream, c, at) {
      db.run(
        `INSERT INTO sync_cursor (upstream, cursor, etag, full_resync, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(upstream) DO UPDATE SET cursor = excluded.cursor, etag = excluded.etag,
           full_resync = excluded.full_resync, updated_at = excluded.updated_at`,
        [upstream, c.cursor, c.etag, c.fullResync ? 1 : 0, at.toISOString()],
      );
    },
    markSeen(jobIds) {
      for (const id of jobIds) db.run('INSERT OR IGNORE INTO sync_seen (job_id) VALUES (?)', [id]);
    },
    forgetSeen() {
      db.run('DELETE FROM sync_seen');
    },
    platformJobsNotSeen: () =>
      db
        .all(
          `SELECT id FROM jobs WHERE json_extract(data, '$.source') = 'platform'
             AND id NOT IN (SELECT job_id FROM sync_seen)`,
        )
        .map((row) => reader('jobs', row).text('id')),
    hallSecret() {
      const row = db.get("SELECT value FROM meta WHERE key = 'hall_secret'");
      return row && reader('meta', row).text('value');
    },
    setHallSecret(secret) {
      db.run(
        "INSERT INTO meta (key, value) VALUES ('hall_secret', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [secret],
      );
    },
  };
}
