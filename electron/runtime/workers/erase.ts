import { repositoriesOf } from '../data/station-data';
import type { Db } from '../store/db';
import { enqueueEvent } from '../sync/outbox';

/**
 * Removes one worker's personal data from every table the station keeps it in, inside the caller's
 * write. Rows that reference the worker cascade (profile, ledger, referrals, applications); the
 * outbox is handled here because its payloads are JSON, not foreign keys:
 * - events not yet delivered are dropped (the platform never learns of someone who asked to be
 *   forgotten first), unless the platform already knows the person, in which case it is told;
 * - delivered events keep their id and digest, which answer a terminal's retry, but lose what they said.
 * The caller checkpoints with `dropHistory` afterwards so the rows leave the snapshot and journal too.
 */
export function eraseWorkerRows(db: Db, workerId: string, now: Date): { known: boolean } {
  const tx = repositoriesOf(db);
  const idHash = tx.workers.idHashOf(workerId);
  const mine = "json_extract(payload, '$.workerId') = ?";
  const delivered =
    (db.get<{ n: number }>(`SELECT count(*) AS n FROM outbox WHERE ${mine} AND state = 'done'`, [workerId])
      ?.n ?? 0) > 0;
  db.run(`DELETE FROM outbox WHERE ${mine} AND state <> 'done'`, [workerId]);
  db.run(`UPDATE outbox SET payload = json_object('workerId', ?, 'erased', 1) WHERE ${mine}`, [
    workerId,
    workerId,
  ]);
  tx.hallWorkers.forget(workerId);
  tx.visits.eraseFor(workerId);
  tx.workers.erase(workerId);
  if (delivered) {
    enqueueEvent(db, {
      type: 'worker.erased',
      at: now,
      payload: { workerId, ...(idHash ? { idHash } : {}) },
    });
  }
  return { known: delivered };
}
