import type { Job } from '../../schema/job';
import type { Repositories } from '../data/repositories';

export interface Applied {
  /** Jobs stored by this call (new or newer than the cached copy). */
  upserted: Job[];
  /** Ids removed from the cache. */
  removed: string[];
  /** Copies ignored because the cache already held the same or a newer version. */
  stale: number;
}

/** Stored updatedAt texts as instants, to compare versions. */
const versionsOf = (stored: Map<string, string>): Map<string, number> =>
  new Map([...stored].map(([id, at]) => [id, Date.parse(at)]));

/**
 * Applies validated upserts and tombstones to the cache inside the caller's transaction.
 * Pages may repeat or arrive out of order, so a copy is stored only when it is newer (by updatedAt)
 * than what the cache holds, and a deleted job remembers its last version so a stale copy arriving
 * later cannot bring it back. Applying the same page twice changes nothing the second time.
 */
export function applyJobChanges(
  tx: Repositories,
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
  const cached = versionsOf(tx.jobs.updatedAt(ids));
  const buried = versionsOf(tx.jobs.buriedAt(ids));

  const upserted: Job[] = [];
  let stale = jobs.length - newest.size;
  for (const job of newest.values()) {
    const t = Date.parse(job.updatedAt);
    if ((cached.get(job.id) ?? -Infinity) >= t || (buried.get(job.id) ?? -Infinity) >= t) {
      stale++;
      continue;
    }
    if (buried.has(job.id)) tx.jobs.unbury(job.id);
    upserted.push(job);
  }
  tx.jobs.upsertMany(upserted);

  const removed: string[] = [];
  if (deleted.length) {
    const gone = versionsOf(tx.jobs.updatedAt([...new Set(deleted)]));
    for (const id of new Set(deleted)) {
      // A tombstone for a job we never had still guards against its stale copy arriving later.
      const at = gone.has(id) ? new Date(gone.get(id)!).toISOString() : options.now.toISOString();
      tx.jobs.bury(id, at);
      if (gone.has(id)) {
        tx.jobs.remove(id);
        removed.push(id);
      }
    }
  }

  if (options.markSeen) tx.syncState.markSeen(ids);
  return { upserted, removed, stale };
}
