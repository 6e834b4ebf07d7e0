import { randomUUID } from 'node:crypto';
import type { IdCard } from '../../../drivers/idcard/card';
import type { Page, WorkerRow } from '../../api';
import type { Repositories } from '../data/repositories';
import type { VisitKind } from '../data/visits';
import { maskIdNumber } from './masking';

export interface NewWorker {
  /** The hall-wide id when the hub already knows this person; a new one otherwise. */
  id?: string;
  /** 'returned' for a person registered at another terminal of the hall, first seen here. */
  visit?: VisitKind;
  hash: string;
  card: IdCard;
  shareWithEmployers: boolean;
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

/** Full years from a YYYY-MM-DD birth date to a station day (clock.today()). */
export function ageOn(birthDate: string, today: string): number {
  const age = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  // Born on 29 February: a year older on 1 March in a common year, as the calendar has it.
  return today.slice(5) < birthDate.slice(5) ? age - 1 : age;
}
