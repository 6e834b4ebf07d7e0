import { randomUUID } from 'node:crypto';
import { noShowSides, referralStatuses } from '../../../contract/desk';
import type { Db } from '../../store/db';
import { referralEntryId, type ReferralsRepository } from '../referrals';
import { reader } from '../rows';

export function sqliteReferrals(db: Db): ReferralsRepository {
  return {
    state(referralId) {
      const row = db.get('SELECT status, version FROM referrals WHERE id = ?', [referralId]);
      if (!row) return undefined;
      const r = reader('referrals', row);
      return { status: r.oneOf('status', referralStatuses), version: r.int('version') };
    },
    latestStatus(workerId, jobId) {
      const row = db.get(
        'SELECT status FROM referrals WHERE worker_id = ? AND job_id = ? ORDER BY updated_at DESC LIMIT 1',
        [workerId, jobId],
      );
      return row && reader('referrals', row).oneOf('status', referralStatuses);
    },
    openOf(workerId, jobId) {
      const row = db.get(
        "SELECT id, status, version FROM referrals WHERE worker_id = ? AND job_id = ? AND status IN ('applied', 'referred', 'interviewed')",
        [workerId, jobId],
      );
      if (!row) return undefined;
      const r = reader('referrals', row);
      return { id: r.text('id'), status: r.oneOf('status', referralStatuses), version: r.int('version') };
    },
    workerOf(referralId) {
      const row = db.get('SELECT worker_id FROM referrals WHERE id = ?', [referralId]);
      return row && reader('referrals', row).text('worker_id');
    },
    toMove(referralId) {
      const row = db.get(
        'SELECT status, version, job_id, worker_id, employer_id FROM referrals WHERE id = ?',
        [referralId],
      );
      if (!row) return undefined;
      const r = reader('referrals', row);
      return {
        status: r.oneOf('status', referralStatuses),
        version: r.int('version'),
        jobId: r.text('job_id'),
        workerId: r.text('worker_id'),
        employerId: r.text('employer_id'),
      };
    },
    open(n) {
      db.run(
        `INSERT INTO referrals (id, worker_id, job_id, employer_id, job_title, employer_name, occupation, status, created_at, updated_at, applied_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          n.id,
          n.workerId,
          n.jobId,
          n.employerId,
          n.jobTitle,
          n.employerName,
          n.occupation,
          n.status,
          n.at,
          n.at,
          n.status === 'applied' ? n.at : null,
        ],
      );
      db.run(
        `INSERT INTO referral_events (id, referral_id, status, side, reason, at, day, staff_id, terminal)
         VALUES (?, ?, ?, NULL, '', ?, ?, ?, ?)`,
        [randomUUID(), n.id, n.status, n.at, n.day, n.staffId, n.terminal],
      );
      // The referral's 职业介绍: its id follows from the referral's, so a referral is one entry.
      db.run(
        `INSERT INTO service_records (id, worker_id, kind, job_id, referral_id, note, at, day, staff_id, terminal)
         VALUES (?, ?, 'referral', ?, ?, '', ?, ?, ?, ?)`,
        [referralEntryId(n.id), n.workerId, n.jobId, n.id, n.at, n.day, n.staffId, n.terminal],
      );
    },
    markApplied(referralId, at) {
      db.run('UPDATE referrals SET applied_at = coalesce(applied_at, ?) WHERE id = ?', [at, referralId]);
    },
    move(referralId, step) {
      db.run(
        'UPDATE referrals SET status = ?, side = ?, reason = ?, version = version + 1, updated_at = ? WHERE id = ?',
        [step.status, step.side, step.reason, step.at, referralId],
      );
    },
    addEvent(e) {
      db.run(
        `INSERT INTO referral_events (id, referral_id, status, side, reason, at, day, staff_id, terminal)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [randomUUID(), e.referralId, e.status, e.side, e.reason, e.at, e.day, e.staffId, e.terminal],
      );
    },
    forWorker: (workerId) =>
      db
        .all('SELECT * FROM referrals WHERE worker_id = ? ORDER BY created_at DESC, rowid DESC', [workerId])
        .map((row) => {
          const r = reader('referrals', row);
          return {
            id: r.text('id'),
            jobId: r.text('job_id'),
            jobTitle: r.text('job_title'),
            employerId: r.text('employer_id'),
            employerName: r.text('employer_name'),
            status: r.oneOf('status', referralStatuses),
            side: r.oneOfOrNull('side', noShowSides),
            reason: r.text('reason'),
            version: r.int('version'),
            createdAt: r.text('created_at'),
            updatedAt: r.text('updated_at'),
          };
        }),
    stepsOfWorker: (workerId) =>
      db
        .all(
          `SELECT e.referral_id, e.status, e.at, e.reason, e.staff_id, e.terminal FROM referral_events e
             JOIN referrals r ON r.id = e.referral_id WHERE r.worker_id = ? ORDER BY e.at, e.rowid`,
          [workerId],
        )
        .map((row) => {
          const r = reader('referral_events', row);
          return {
            referralId: r.text('referral_id'),
            status: r.oneOf('status', referralStatuses),
            at: r.text('at'),
            reason: r.text('reason'),
            staffId: r.textOrNull('staff_id'),
            terminal: r.text('terminal'),
          };
        }),
  };
}
