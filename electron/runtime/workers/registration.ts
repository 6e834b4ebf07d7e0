import { randomUUID } from 'node:crypto';
import type { IdCard } from '../../../drivers/idcard/card';
import type { Repositories } from '../data/repositories';
import type { VisitKind } from '../data/visits';

export interface NewWorker {
  /** The hall-wide id when the hub already knows this person; a new one otherwise. */
  id?: string;
  /** 'returned' for a person registered at another terminal of the hall, first seen here. */
  visit?: VisitKind;
  hash: string;
  card: IdCard;
  shareWithEmployers: boolean;
  /** Employers who may see them see their phone too: a consent of its own; absent is a no. */
  phoneToEmployers?: boolean;
  terminal: string;
  now: Date;
  /** The station's day of `now` (clock.dayOf). */
  day: string;
}

/** Stores a registration: only what the station needs (no address, no photo). */
export function insertWorker(tx: Repositories, w: NewWorker): string {
  const id = w.id ?? randomUUID();
  tx.workers.insert({
    id,
    idHash: w.hash,
    idNumber: w.card.idNumber ?? '',
    name: w.card.name ?? w.card.englishName ?? '',
    sex: w.card.sex === 'male' || w.card.sex === 'female' ? w.card.sex : 'unknown',
    birthDate: w.card.birthDate ?? null,
    nation: w.card.nation ?? null,
    cardType: w.card.cardType,
    shareWithEmployers: w.shareWithEmployers,
    phoneToEmployers: w.phoneToEmployers,
    at: w.now.toISOString(),
  });
  recordVisit(tx, id, w.visit ?? 'registered', w.terminal, w.now, w.day);
  return id;
}

/** The person came in: a visit for today's figures, and the worker's last sighting (retention counts from it). */
export function recordVisit(
  tx: Repositories,
  workerId: string,
  kind: VisitKind,
  terminal: string,
  now: Date,
  day: string,
) {
  const at = now.toISOString();
  tx.visits.record({ workerId, kind, terminal, at, day });
  tx.workers.seen(workerId, at);
}
