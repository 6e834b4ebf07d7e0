import type { HallWorker } from '../data/hall-workers';
import type { Repositories } from '../data/repositories';
import type { WorkerLookup } from '../sync/protocol';

/**
 * A person registered at another terminal of the hall, as the hub learned from its worker.registered
 * event (by idHash; the hub never holds their clear ID number from that event). Undefined when the
 * hall has not seen them: the caller may still ask its own upstream.
 */
export function hallWorker(tx: Repositories, idHash: string): WorkerLookup | undefined {
  const w = tx.hallWorkers.byHash(idHash);
  return w && found(w);
}

/** GET /v1/workers/:idHash: registered anywhere in the hall (as learned from events) or at the hub itself. */
export function lookupHallWorker(tx: Repositories, idHash: string): WorkerLookup {
  const w = tx.hallWorkers.byHash(idHash) ?? tx.workers.registrationByHash(idHash);
  return w ? found(w) : { exists: false };
}

const found = (w: HallWorker): WorkerLookup => ({
  exists: true,
  workerId: w.workerId,
  consent: { registration: true, shareWithEmployers: w.shareWithEmployers },
  registeredAt: w.registeredAt,
});
