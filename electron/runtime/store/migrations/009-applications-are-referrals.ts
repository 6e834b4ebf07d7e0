import type { Db } from '../db';
import type { Migration } from '../migrate';

export const migration: Migration = {
  version: 9,
  name: 'referrals: a 报名 is a referral; applied_at marks the ones the person applied for',
  up,
};

/**
 * A 报名 at a kiosk used to stay in `applications`, which the desk and the reports never read. From
 * now on it is a referral in state 已报名 like the desk's own, with its first step and its 职业介绍
 * ledger entry; `applied_at` tells the referrals the person applied for (the booth's applicants)
 * from those the station made. Earlier applications become the referrals they always were, with
 * the application's id, time and terminal, unless the worker already has a referral to that job.
 */
function up(db: Db): void {
  db.run(`
    ALTER TABLE referrals ADD COLUMN applied_at TEXT;
    UPDATE referrals SET applied_at = coalesce(
      (SELECT min(e.at) FROM referral_events e WHERE e.referral_id = referrals.id AND e.status = 'applied'),
      (SELECT a.created_at FROM applications a WHERE a.worker_id = referrals.worker_id AND a.job_id = referrals.job_id));
    CREATE INDEX referrals_applied ON referrals(employer_id, applied_at) WHERE applied_at IS NOT NULL;

    CREATE TEMP TABLE unreferred AS
      SELECT a.id, a.worker_id, a.job_id, a.employer_id, a.job_title, a.terminal, a.created_at, a.day,
             coalesce(j.employer_name, '') AS employer_name, coalesce(j.occupation, '') AS occupation
        FROM applications a LEFT JOIN jobs j ON j.id = a.job_id
       WHERE NOT EXISTS (SELECT 1 FROM referrals r WHERE r.worker_id = a.worker_id AND r.job_id = a.job_id);
    INSERT INTO referrals (id, worker_id, job_id, employer_id, job_title, employer_name, occupation, status,
                           created_at, updated_at, applied_at)
      SELECT id, worker_id, job_id, employer_id, job_title, employer_name, occupation, 'applied',
             created_at, created_at, created_at FROM unreferred;
    INSERT INTO referral_events (id, referral_id, status, reason, at, day, staff_id, terminal)
      SELECT 'app-' || id, id, 'applied', '', created_at, day, NULL, terminal FROM unreferred;
    INSERT INTO service_records (id, worker_id, kind, job_id, referral_id, note, at, day, staff_id, terminal)
      SELECT 'ref-' || id, worker_id, 'referral', job_id, id, '', created_at, day, NULL, terminal FROM unreferred;
    DROP TABLE unreferred;
  `);
}
