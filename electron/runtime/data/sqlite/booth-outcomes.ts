import { randomUUID } from 'node:crypto';
import { agreedPaySchema, boothOutcomes, type AgreedPay } from '../../../contract/booth';
import type { Db } from '../../store/db';
import type { BoothOutcomesRepository } from '../booth-outcomes';
import { reader } from '../rows';
import { placeholders } from './placeholders';

/** Agreed pay as stored; one that does not read is shown as not given, the outcome still stands. */
function agreedPay(text: string | null): AgreedPay | null {
  if (!text) return null;
  try {
    const parsed = agreedPaySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function sqliteBoothOutcomes(db: Db): BoothOutcomesRepository {
  return {
    record(o) {
      db.run(
        `INSERT INTO booth_outcomes (id, booth, day, employer_id, worker_id, job_id, referral_id, outcome, start_date, agreed_pay, note, at, terminal)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          randomUUID(),
          o.booth,
          o.day,
          o.employerId,
          o.workerId,
          o.jobId,
          o.referralId,
          o.outcome,
          o.startDate,
          o.agreedPay ? JSON.stringify(o.agreedPay) : null,
          o.note,
          o.at.toISOString(),
          o.terminal,
        ],
      );
    },
    ofWorkers: (employerId, workerIds) =>
      db
        .all(
          `SELECT o.worker_id, o.job_id, o.outcome, o.start_date, o.agreed_pay, o.at, j.title
             FROM booth_outcomes o LEFT JOIN jobs j ON j.id = o.job_id
            WHERE o.employer_id = ? AND o.worker_id IN (${placeholders(workerIds)}) ORDER BY o.at DESC`,
          [employerId, ...workerIds],
        )
        .map((row) => {
          const r = reader('booth_outcomes', row);
          return {
            workerId: r.text('worker_id'),
            jobId: r.text('job_id'),
            jobTitle: r.textOrNull('title'),
            outcome: r.oneOf('outcome', boothOutcomes),
            startDate: r.textOrNull('start_date'),
            agreedPay: agreedPay(r.textOrNull('agreed_pay')),
            at: r.text('at'),
          };
        }),
  };
}
