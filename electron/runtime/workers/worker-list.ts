import type { Page, WorkerRow } from '../../api';
import type { Repositories } from '../data/repositories';
import { ageOn } from './age';
import { maskIdNumber } from './masking';

/** The desk's list of workers: ID numbers masked, ages on the station's day. */
export function listWorkers(
  tx: Repositories,
  q: string | undefined,
  limit: number,
  offset: number,
  today: string,
): Page<WorkerRow> {
  const { total, items } = tx.workers.page(q, limit, offset);
  return {
    total,
    items: items.map((w) => ({
      id: w.id,
      name: w.name,
      maskedIdNumber: maskIdNumber(w.idNumber),
      sex: w.sex,
      age: w.birthDate ? ageOn(w.birthDate, today) : null,
      cardType: w.cardType,
      verified: w.verified,
      registeredAt: w.registeredAt,
      lastSeenAt: w.lastSeenAt,
    })),
  };
}
