import type { Db } from '../db';
import type { Migration } from '../migrate';

export const migration: Migration = {
  version: 7,
  name: 'booths: employer profiles, assignments, visits, outcomes; station notices',
  up,
};

/**
 * Employer booths and the hall's notices. Ids and timestamps are made in JS and passed
 * as parameters, so a journal replay writes the same rows. Rows naming a worker cascade when the
 * worker is erased, like the desk's ledger.
 */
function up(db: Db): void {
  db.run(`
    -- What an employer says about itself at its booth. One credit code, one employer.
    CREATE TABLE employer_profiles (
      employer_id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      uscc TEXT UNIQUE,
      introduction TEXT NOT NULL DEFAULT '',
      logo TEXT,
      agency INTEGER NOT NULL DEFAULT 0,
      version INTEGER NOT NULL DEFAULT 1,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL
    );

    -- Booth N belongs to one employer on one day; staff assign it.
    CREATE TABLE booth_assignments (
      booth INTEGER NOT NULL CHECK (booth BETWEEN 1 AND 99),
      day TEXT NOT NULL,
      employer_id TEXT NOT NULL REFERENCES employer_profiles(employer_id),
      assigned_by TEXT,
      assigned_at TEXT NOT NULL,
      terminal TEXT NOT NULL,
      PRIMARY KEY (booth, day)
    );
    CREATE INDEX booth_assignments_employer ON booth_assignments(employer_id, day);

    -- People called to a booth (label: what the hall was shown) or identified at it (card or slip).
    CREATE TABLE booth_visits (
      id TEXT PRIMARY KEY,
      booth INTEGER NOT NULL,
      day TEXT NOT NULL,
      employer_id TEXT NOT NULL,
      worker_id TEXT NOT NULL REFERENCES workers(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('called', 'identified')),
      label TEXT,
      at TEXT NOT NULL,
      settled_at TEXT
    );
    CREATE INDEX booth_visits_day ON booth_visits(day, booth, kind);
    CREATE INDEX booth_visits_worker ON booth_visits(worker_id);

    -- 录用 / 未录用 / 待定 as the employer recorded it; the referral it moved is the desk's ledger entry.
    CREATE TABLE booth_outcomes (
      id TEXT PRIMARY KEY,
      booth INTEGER NOT NULL,
      day TEXT NOT NULL,
      employer_id TEXT NOT NULL,
      worker_id TEXT NOT NULL REFERENCES workers(id) ON DELETE CASCADE,
      job_id TEXT NOT NULL,
      referral_id TEXT NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
      outcome TEXT NOT NULL CHECK (outcome IN ('hired', 'not-hired', 'pending')),
      start_date TEXT,
      agreed_pay TEXT,
      note TEXT NOT NULL DEFAULT '',
      at TEXT NOT NULL,
      terminal TEXT NOT NULL
    );
    CREATE INDEX booth_outcomes_employer ON booth_outcomes(employer_id, worker_id, at);
    CREATE INDEX booth_outcomes_worker ON booth_outcomes(worker_id);

    -- Station notices for the big screen, shown from one day to another.
    CREATE TABLE station_notices (
      id TEXT PRIMARY KEY,
      text TEXT NOT NULL,
      from_day TEXT NOT NULL,
      until_day TEXT NOT NULL,
      created_at TEXT NOT NULL,
      created_by TEXT,
      removed_at TEXT
    );
    CREATE INDEX station_notices_days ON station_notices(until_day);
  `);
}
