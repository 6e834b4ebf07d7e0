import createDebug from 'debug';
import { DEFAULT_TIME_ZONE, stationDay } from '../clock/station-day';
import { repositoriesOf } from '../data/station-data';
import { eraseWorkerRows } from '../workers/erase';
import type { Store } from './store';

const log = createDebug('station:store');

export const DEFAULT_RETENTION_DAYS = 365;

export interface PurgeOptions {
  /** Workers not seen for more than this many days are erased. Default 365. */
  days?: number;
  now?: Date;
  /** The station's zone, for the day the audit record names. Default Asia/Shanghai. */
  timeZone?: string;
  /** Who asked, for the audit row: a role or terminal id. */
  actor?: string;
  /** This station is a hub its terminals copy from: its purge goes into the erasure feed (workers/erase). */
  feed?: boolean;
}

export interface PurgeResult {
  workers: number;
  visits: number;
  cutoff: string;
}

/**
 * PIPL: keep personal data no longer than necessary. Deletes workers whose last visit is older
 * than the cutoff together with their visits, records the purge (counts only) in the audit
 * trail, then checkpoints with `dropHistory` so the erased rows leave the snapshot, the
 * previous snapshot and the journal (secure_delete has zeroed their pages in the image).
 */
export async function purgeInactiveWorkers(store: Store, options: PurgeOptions = {}): Promise<PurgeResult> {
  const days = options.days ?? DEFAULT_RETENTION_DAYS;
  if (!Number.isFinite(days) || days < 1)
    throw new RangeError(`retention days must be at least 1 (got ${days})`);
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  const cutoffDay = stationDay(Date.parse(cutoff), options.timeZone ?? DEFAULT_TIME_ZONE);
  const result = await store.write((db) => {
    const tx = repositoriesOf(db);
    const due = tx.workers.lastSeenBefore(cutoff);
    const visits = tx.visits.countFor(due);
    for (const id of due) eraseWorkerRows(tx, id, now, 'retention', options.feed ?? false);
    const workers = due.length;
    if (workers > 0 || visits > 0) {
      tx.audit.append({
        at: now,
        actor: options.actor ?? 'system',
        terminal: null,
        action: 'retention.purge_inactive_workers',
        subject: `${workers} workers, ${visits} visits, last seen before ${cutoffDay}`,
      });
    }
    return { workers, visits, cutoff };
  });
  if (result.workers > 0 || result.visits > 0) await store.checkpoint({ dropHistory: true });
  log('retention: erased %d workers and %d visits (cutoff %s)', result.workers, result.visits, cutoffDay);
  return result;
}
