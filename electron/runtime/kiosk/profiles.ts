import type { KeyGroup } from '../../contract/desk';
import type { KioskAnswers, KioskProfile } from '../../contract/kiosk';
import type { Db } from '../store/db';
import { maskName } from '../workers/masking';

/** 13812345678 → 138****5678: enough for the person to recognise their own number. */
export const maskPhone = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

export interface WorkerFacts {
  name: string;
  phone: string | null;
  birthDate: string | null;
  /** Key groups staff confirmed at the desk (they open 公益性岗位 in matching). */
  keyGroups: KeyGroup[];
}

export function workerFacts(db: Db, workerId: string): WorkerFacts | undefined {
  const row = db.get<{ name: string; phone: string | null; birth_date: string | null }>(
    'SELECT name, phone, birth_date FROM workers WHERE id = ?',
    [workerId],
  );
  if (!row) return undefined;
  const groups = db
    .all<{ grp: KeyGroup }>('SELECT grp FROM worker_key_groups WHERE worker_id = ?', [workerId])
    .map((g) => g.grp);
  return { name: row.name, phone: row.phone, birthDate: row.birth_date, keyGroups: groups };
}

export function readAnswers(db: Db, workerId: string): Omit<KioskAnswers, 'phone'> | null {
  const row = db.get<{ a: string | null }>(
    'SELECT kiosk_answers AS a FROM worker_profiles WHERE worker_id = ?',
    [workerId],
  );
  return row?.a ? (JSON.parse(row.a) as Omit<KioskAnswers, 'phone'>) : null;
}

export function kioskProfile(db: Db, workerId: string): KioskProfile {
  const facts = workerFacts(db, workerId);
  return {
    maskedName: maskName(facts?.name ?? ''),
    maskedPhone: facts?.phone ? maskPhone(facts.phone) : null,
    answers: readAnswers(db, workerId),
  };
}

/**
 * Stores the wizard's answers. The phone goes on the worker's record (the desk searches by it); the
 * rest on the profile row, also in the columns the front desk reads (occupations, pay, districts).
 */
export function writeAnswers(db: Db, workerId: string, answers: KioskAnswers, now: Date): void {
  const { phone, ...rest } = answers;
  if (phone) db.run('UPDATE workers SET phone = ? WHERE id = ?', [phone, workerId]);
  const at = now.toISOString();
  db.run(
    `INSERT INTO worker_profiles (worker_id, occupations, expected_pay, districts, updated_at, kiosk_answers)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(worker_id) DO UPDATE SET occupations = excluded.occupations,
       expected_pay = excluded.expected_pay, districts = excluded.districts,
       updated_at = excluded.updated_at, kiosk_answers = excluded.kiosk_answers`,
    [
      workerId,
      JSON.stringify(rest.occupations),
      rest.expectedDailyPay === undefined
        ? null
        : JSON.stringify({ amount: rest.expectedDailyPay, unit: 'day' }),
      JSON.stringify(rest.district ? [rest.district] : []),
      at,
      JSON.stringify(rest),
    ],
  );
}
