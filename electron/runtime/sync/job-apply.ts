import type { Job } from '../../schema/job';
import { upsertJobs } from '../jobs/repository';
import type { Db } from '../store/db';

export interface Applied {
  /** Jobs stored by this call (new or newer than the cached copy). */
  upserted: Job[];
  /** Ids removed from the cache. */
  removed: string[];
  /** Copies ignored because the cache already held the same or a newer version. */
  stale: number;
}

const CHUNK = 500;

/** updated_at of the given ids in `table`, in chunks that stay under SQLite's bound-parameter limit. */
function versions(
  db: Db,
  table: 'jobs' | 'job_tombstones',
  idColumn: string,
  ids: string[],
): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    const rows = db.all<{ id: string; updated_at: string }>(
      `SELECT ${idColumn} AS id, updated_at FROM ${table} WHERE ${idColumn} IN (${part.map(() => '?').join(',')})`,
      part,
    );
    for (const r of rows) out.set(r.id, Date.parse(r.updated_at));
  }
  return out;
}

/**
 * Applies validated upserts and tombstones to the cache inside the caller's transaction.
 * Pages may repeat or arrive out of order, so a copy is stored only when it is newer (by updatedAt)
 * than what the cache holds, and a deleted job remembers its last version so a stale copy arriving
 * later cannot bring it back. Applying the same page twice changes nothing the second time.
 */
export function applyJobChanges(
  db: Db,
  jobs: readonly Job[],
  deleted: readonly string[],
  options: { now: Date; markSeen?: boolean },
): Applied {
  // Within one page, the newest copy of each id wins.
  const newest = new Map<string, Job>();
  for (const j of jobs) {
    const prev = newest.get(j.id);
    if (!prev || Date.parse(j.updatedAt) > Date.parse(prev.updatedAt)) newest.set(j.id, j);
  }
  const ids = [...newest.keys()];
  const cached = versions(db, 'jobs', 'id', ids);
  const buried = versions(db, 'job_tombstones', 'job_id', ids);

  const upserted: Job[] = [];
  let stale = jobs.length - newest.size;
  for (const job of newest.values()) {
    const t = Date.parse(job.updatedAt);
    if ((cached.get(job.id) ?? -Infinity) >= t || (buried.get(job.id) ?? -Infinity) >= t) {
      stale++;
      continue;
    }
    if (buried.has(job.id)) db.run('DELETE FROM job_tombstones WHERE job_id = ?', [job.id]);
    upserted.push(job);
  }
  upsertJobs(db, upserted);

  const removed: string[] = [];
  if (deleted.length) {
    const gone = versions(db, 'jobs', 'id', [...new Set(deleted)]);
    for (const id of new Set(deleted)) {
      // A tombstone for a job we never had still guards against its stale copy arriving later.
      const at = gone.has(id) ? new Date(gone.get(id)!).toISOString() : options.now.toISOString();
      db.run(
        `INSERT INTO job_tombstones (job_id, updated_at) VALUES (?, ?)
         ON CONFLICT(job_id) DO UPDATE SET updated_at = max(updated_at, excluded.updated_at)`,
        [id, at],
      );
      if (gone.has(id)) {
        db.run('DELETE FROM jobs WHERE id = ?', [id]);
        removed.push(id);
      }
    }
  }

  if (options.markSeen) {
    for (const id of ids) db.run('INSERT OR IGNORE INTO sync_seen (job_id) VALUES (?)', [id]);
  }
  return { upserted, removed, stale };
}
