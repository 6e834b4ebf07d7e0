import type { Repositories } from '../data/repositories';
import { RETENTION_ERASURE } from '../sync/protocol';

/**
 * Removes one worker's personal data from every table the station keeps it in, inside the caller's
 * write. Rows that reference the worker cascade (profile, ledger, referrals, applications); the
 * outbox is handled here because its payloads are JSON, not foreign keys:
 * - events not yet delivered are dropped (the platform never learns of someone who asked to be
 *   forgotten first), unless the platform already knows the person, in which case it is told;
 * - delivered events keep their id and digest, which answer a terminal's retry, but lose what they said.
 * The caller checkpoints with `dropHistory` afterwards so the rows leave the snapshot and journal too.
 * `why` travels with the event: upstream, a retention purge is not the person's request (protocol.ts).
 */
export function eraseWorkerRows(
  tx: Repositories,
  workerId: string,
  now: Date,
  why: 'request' | 'retention' = 'request',
): { known: boolean } {
  const idHash = tx.workers.idHashOf(workerId);
  const delivered = tx.outbox.forgetWorker(workerId);
  tx.visits.eraseFor(workerId);
  tx.workers.erase(workerId);
  if (delivered) {
    tx.outbox.add({
      type: 'worker.erased',
      at: now,
      payload: {
        workerId,
        ...(idHash ? { idHash } : {}),
        ...(why === 'retention' ? { reason: RETENTION_ERASURE } : {}),
      },
    });
  }
  return { known: delivered };
}
