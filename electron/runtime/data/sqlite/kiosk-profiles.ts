import { z } from 'zod';
import { kioskAnswersSchema } from '../../../contract/kiosk';
import type { Db } from '../../store/db';
import type { KioskProfilesRepository, PayExpectation, StoredAnswers } from '../kiosk-profiles';
import { CorruptRow, reader } from '../rows';

// The wizard's rules, without the phone; a key another version stored and this one does not know
// is dropped rather than failing the worker's kiosk.
const storedAnswers = z.object(kioskAnswersSchema.omit({ phone: true }).shape);

function parseAnswers(value: unknown): StoredAnswers {
  const parsed = storedAnswers.safeParse(value);
  if (!parsed.success) throw new CorruptRow('worker_profiles', 'kiosk_answers', parsed.error.message);
  return parsed.data;
}

/**
 * Only the two answers the market figures use, as they are stored; a profile whose answers name no
 * trade or no pay is left out, as matching always did.
 */
function payExpectation(value: unknown): PayExpectation | undefined {
  const a = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const occupations = Array.isArray(a.occupations)
    ? a.occupations.filter((o): o is string => typeof o === 'string')
    : [];
  const pay = a.expectedDailyPay;
  return typeof pay === 'number' && pay && occupations.length
    ? { occupations, expectedDailyPay: pay }
    : undefined;
}

export function sqliteKioskProfiles(db: Db): KioskProfilesRepository {
  return {
    answers(workerId) {
      const row = db.get('SELECT kiosk_answers FROM worker_profiles WHERE worker_id = ?', [workerId]);
      if (!row) return null;
      const r = reader('worker_profiles', row);
      return r.textOrNull('kiosk_answers') ? r.json('kiosk_answers', parseAnswers) : null;
    },
    payExpectations: (since) =>
      db
        .all(
          `SELECT kiosk_answers AS answers FROM worker_profiles
           WHERE kiosk_answers IS NOT NULL AND outcome = 'seeking' AND updated_at >= ?`,
          [since],
        )
        .flatMap((row) => reader('worker_profiles', row).json('answers', payExpectation) ?? []),
    replaceAnswers(workerId, answers) {
      db.run('UPDATE worker_profiles SET kiosk_answers = ? WHERE worker_id = ?', [
        JSON.stringify(answers),
        workerId,
      ]);
    },
    saveAnswers(workerId, s) {
      db.run(
        `INSERT INTO worker_profiles (worker_id, occupations, expected_pay, districts, updated_at, kiosk_answers)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(worker_id) DO UPDATE SET occupations = excluded.occupations,
           expected_pay = excluded.expected_pay, districts = excluded.districts,
           updated_at = excluded.updated_at, kiosk_answers = excluded.kiosk_answers`,
        [
          workerId,
          JSON.stringify(s.occupations),
          s.expectedPay === null ? null : JSON.stringify(s.expectedPay),
          JSON.stringify(s.districts),
          s.at,
          JSON.stringify(s.answers),
        ],
      );
    },
  };
}
