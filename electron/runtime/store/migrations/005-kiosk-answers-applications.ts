import type { Db } from '../db';
import type { Migration } from '../migrate';

export const migration: Migration = {
  version: 5,
  name: 'kiosk: wizard answers on worker_profiles, applications',
  up,
};

/**
 * What the kiosk keeps after consent. The wizard's answers live on `worker_profiles`
 * (the front desk keeps its own columns on the same row; created here when the desk's migration has
 * not run), and an application (报名) is a row in `applications`, unique per worker and job.
 */
function up(db: Db): void {
  db.run(`
    CREATE TABLE IF NOT EXISTS worker_profiles (
      worker_id TEXT PRIMARY KEY REFERENCES workers(id) ON DELETE CASCADE,
      occupations TEXT NOT NULL DEFAULT '[]',
      expected_pay TEXT,
      districts TEXT NOT NULL DEFAULT '[]',
      updated_at TEXT
    );
  `);
  db.run('ALTER TABLE worker_profiles ADD COLUMN kiosk_answers TEXT');
  db.run(`
    CREATE TABLE applications (
      id TEXT PRIMARY KEY,
      worker_id TEXT NOT NULL REFERENCES workers(id) ON DELETE CASCADE,
      job_id TEXT NOT NULL,
      employer_id TEXT NOT NULL,
      job_title TEXT NOT NULL,
      terminal TEXT NOT NULL,
      created_at TEXT NOT NULL,
      day TEXT NOT NULL,
      UNIQUE (worker_id, job_id)
    );
    CREATE INDEX applications_day ON applications(day);
  `);
}
