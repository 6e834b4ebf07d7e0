import { isSyncRole } from '../../contract/define';
import type { StationConfig } from '../config';
import type { Repositories } from '../data/repositories';
import { RETENTION_ERASURE, type Erasure } from '../sync/protocol';

/**
 * Whether this station is a hall's record that terminals keep copies of: a hub with terminals that
 * sync a store of their own. Its erasures go into the erasure feed they read (GET /v1/erasures).
 */
export function keepsErasureFeed(config: Pick<StationConfig, 'hub'>): boolean {
  return config.hub.terminals.some((t) => isSyncRole(t.role));
}

/** The person's rows here; returns whether any of their events had been delivered upstream. */
function removeRows(tx: Repositories, workerId: string): boolean {
  const delivered = tx.outbox.forgetWorker(workerId);
  tx.visits.eraseFor(workerId);
  tx.workers.erase(workerId);
  return delivered;
}

/**
 * Removes one worker's personal data from every table the station keeps it in, inside the caller's
 * write. Rows that reference the worker cascade (profile, ledger, referrals, applications); the
 * outbox is handled here because its payloads are JSON, not foreign keys:
 * - events not yet delivered are dropped (the platform never learns of someone who asked to be
 *   forgotten first), unless the platform already knows the person, in which case it is told;
 * - delivered events keep their id and digest, which answer a terminal's retry, but lose what they said.
 * The caller checkpoints with `dropHistory` afterwards so the rows leave the snapshot and journal too.
 * `why` travels with the event: upstream, a retention purge is not the person's request (protocol.ts).
 * On a hub (`feed`, see keepsErasureFeed) the erasure also goes into the erasure feed, in the same
 * write, so every terminal holding a copy erases it with its next pull.
 */
export function eraseWorkerRows(
  tx: Repositories,
  workerId: string,
  now: Date,
  why: 'request' | 'retention' = 'request',
  feed = false,
): { known: boolean } {
  const idHash = tx.workers.idHashOf(workerId);
  const delivered = removeRows(tx, workerId);
  if (feed && idHash) tx.erasureFeed.add({ idHash, workerId, reason: why });
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

/**
 * The hall erased this person (an entry of the hub's erasure feed): this terminal's copy goes too,
 * found by the hall's HMAC (the terminal may know them under an id of its own), removed as
 * eraseWorkerRows removes it but telling nobody: the erasure is the hall's, and the hub has told the
 * upstream. Events made here under the hall's id go as well, though their row is gone. Returns
 * whether this terminal had the person. The caller checkpoints with `dropHistory` afterwards, as
 * eraseWorkerRows's callers do.
 */
export function eraseHallCopy(tx: Repositories, e: Erasure): boolean {
  const local = tx.workers.byHash(e.idHash)?.id;
  if (local !== undefined) removeRows(tx, local);
  if (local !== e.workerId && tx.workers.idHashOf(e.workerId) === undefined)
    tx.outbox.forgetWorker(e.workerId);
  return local !== undefined;
}
