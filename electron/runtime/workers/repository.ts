import { randomUUID } from 'node:crypto';
import type { IdCard } from '../../../drivers/idcard/card';
import type { Page, WorkerRow } from '../../api';
import type { Db } from '../store/db';
import { maskIdNumber } from './masking';

interface WorkerRecord {
  id: string;
  name: string;
  id_number: string;
  sex: string;
  birth_date: string | null;
  card_type: string;
  verified: number;
  registered_at: string;
  last_seen_at: string;
}

export function findWorkerByHash(db: Db, hash: string): { id: string; name: string } | undefined {
  return db.get<{ id: string; name: string }>('SELECT id, name FROM workers WHERE id_hash = ?', [hash]);
}

export interface NewWorker {
  /** The hall-wide id when the hub already knows this person; a new one otherwise. */
  id?: string;
  /** 'returned' for a person registered at another terminal of the hall, first seen here. */
  visit?: 'registered' | 'returned';
  hash: string;
  card: IdCard;
  shareWithEmployers: boolean;
  terminal: string;
  now: Date;
  /** The station's day of `now` (clock.dayOf). */
  day: string;
}

/** Stores a registration: only what the station needs (no address, no photo). */
export function insertWorker(db: Db, w: NewWorker): string {
  const id = w.id ?? randomUUID();
  const at = w.now.toISOString();
  const sex = w.card.sex === 'male' || w.card.sex === 'female' ? w.card.sex : 'unknown';
  db.run(
    `INSERT INTO workers (id, id_hash, id_number, name, sex, birth_date, nation, card_type, verified,
       share_with_employers, consent_at, registered_at, last_seen_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)`,
    [
      id,
      w.hash,
      w.card.idNumber ?? '',
      w.card.name ?? w.card.englishName ?? '',
      sex,
      w.card.birthDate ?? null,
      w.card.nation ?? null,
      w.card.cardType,
      w.shareWithEmployers ? 1 : 0,
      at,
      at,
      at,
    ],
  );
  recordVisit(db, id, w.visit ?? 'registered', w.terminal, w.now, w.day);
  return id;
}

export function recordVisit(
  db: Db,
  workerId: string,
  kind: 'registered' | 'returned',
  terminal: string,
  now: Date,
  day: string,
) {
  db.run('INSERT INTO visits (worker_id, kind, terminal, at, day) VALUES (?, ?, ?, ?, ?)', [
    workerId,
    kind,
    terminal,
    now.toISOString(),
    day,
  ]);
  db.run('UPDATE workers SET last_seen_at = ? WHERE id = ?', [now.toISOString(), workerId]);
}

export function countWorkers(db: Db): number {
  return Number(db.get<{ n: number }>('SELECT count(*) AS n FROM workers')?.n ?? 0);
}

export function listWorkers(
  db: Db,
  q: string | undefined,
  limit: number,
  offset: number,
  today: string,
): Page<WorkerRow> {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const term = q?.trim();
  if (term) {
    // Name fragment, last four of the ID number, or phone.
    where.push('(name LIKE ? OR substr(id_number, -4) = ? OR phone LIKE ?)');
    params.push(`%${term}%`, term.toUpperCase(), `%${term}%`);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = Number(db.get<{ n: number }>(`SELECT count(*) AS n FROM workers ${clause}`, params)?.n ?? 0);
  const rows = db.all<WorkerRecord>(
    `SELECT id, name, id_number, sex, birth_date, card_type, verified, registered_at, last_seen_at
       FROM workers ${clause} ORDER BY last_seen_at DESC LIMIT ? OFFSET ?`,
    [...params, limit, offset],
  );
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      maskedIdNumber: maskIdNumber(r.id_number),
      sex: r.sex === 'male' || r.sex === 'female' ? r.sex : 'unknown',
      age: r.birth_date ? ageOn(r.birth_date, today) : null,
      cardType: r.card_type as WorkerRow['cardType'],
      verified: r.verified === 1,
      registeredAt: r.registered_at,
      lastSeenAt: r.last_seen_at,
    })),
  };
}

/** Full years from a YYYY-MM-DD birth date to a station day (clock.today()). */
export function ageOn(birthDate: string, today: string): number {
  const age = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  // Born on 29 February: a year older on 1 March in a common year, as the calendar has it.
  return today.slice(5) < birthDate.slice(5) ? age - 1 : age;
}
