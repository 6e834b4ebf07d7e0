import type { Repositories } from '../data/repositories';
import type { WorkerLookup } from '../sync/protocol';

/**
 * GET /v1/workers/:idHash. A hub has everyone registered in its hall as its own workers (the ones
 * other terminals registered as its terminals' events told it, sync/hall-record.ts), so one read answers.
 */
export function lookupHallWorker(tx: Repositories, idHash: string): WorkerLookup {
  const w = tx.workers.registrationByHash(idHash);
  return w
    ? {
        exists: true,
        workerId: w.workerId,
        consent: {
          registration: true,
          shareWithEmployers: w.shareWithEmployers,
          phoneToEmployers: w.phoneToEmployers,
        },
        registeredAt: w.registeredAt,
        phone: tx.workers.facts(w.workerId)?.phone ?? null,
        answers: tx.kioskProfiles.answers(w.workerId),
      }
    : { exists: false };
}
