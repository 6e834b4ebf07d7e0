import type { WorkerLookup } from '../sync/protocol';
import type { Db } from '../store/db';

/**
 * A person registered at another terminal of the hall, as the hub learned from its worker.registered
 * event (by idHash; the hub never holds their clear ID number from that event). Undefined when the
 * hall has not seen them: the caller may still ask its own upstream.
 */
export function hallWorker(db: Db, idHash: string): WorkerLookup | undefined {
  const row = db.get<{ worker_id: string; share: number; registered_at: string }>(
    'SELECT worker_id, share_with_employers AS share, registered_at FROM hall_workers WHERE id_hash = ?',
    [idHash],
  );
  if (!row) return undefined;
  return {
    exists: true,
    workerId: row.worker_id,
    consent: { registration: true, shareWithEmployers: row.share === 1 },
    registeredAt: row.registered_at,
  };
}
