import type { Db } from '../db';
import type { Migration } from '../migrate';

export const migration: Migration = {
  version: 4,
  name: 'front desk: staff, audit, service ledger, referrals, queue',
  up,
};

/**
 * The front desk's tables. Ids and timestamps are always made in JS and passed as
 * parameters (never `datetime('now')` or `random()` in SQL), so a journal replay writes the same rows.
 */
function up(db: Db): void {
  db.run(`
    CREATE TABLE staff (
      id TEXT PRIMARY KEY,
      username TEXT NOT NULL UNIQUE COLLATE NOCASE,
      name TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('staff', 'admin')),
      pin_hash TEXT NOT NULL,
      active INTEGER NOT NULL DEFAULT 1,
      failed_attempts INTEGER NOT NULL DEFAULT 0,
      locked_until TEXT,
      demo INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL
    );

    -- The store's own migration may already have made the audit table (same first five columns);
    -- either way the desk adds the terminal and a detail that never holds personal data.
    CREATE TABLE IF NOT EXISTS audit (
      id TEXT PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      subject TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS audit_at ON audit(at);
    ALTER TABLE audit ADD COLUMN terminal TEXT;
    ALTER TABLE audit ADD COLUMN detail TEXT;
    CREATE INDEX audit_subject ON audit(subject, at);

    -- Created on first edit for workers who registered at a kiosk.
    CREATE TABLE worker_profiles (
      worker_id TEXT PRIMARY KEY REFERENCES workers(id) ON DELETE CASCADE,
      version INTEGER NOT NULL DEFAULT 1,
      registered_via TEXT NOT NULL DEFAULT 'card' CHECK (registered_via IN ('card', 'manual')),
      occupations TEXT NOT NULL DEFAULT '[]',
      expected_pay TEXT,
      districts TEXT NOT NULL DEFAULT '[]',
      notes TEXT NOT NULL DEFAULT '',
      outcome TEXT NOT NULL DEFAULT 'seeking' CHECK (outcome IN ('seeking', 'employed', 'not-seeking')),
      outcome_job_id TEXT,
      outcome_employer TEXT,
      outcome_date TEXT,
      outcome_via_station INTEGER,
      outcome_at TEXT,
      updated_at TEXT,
      updated_by TEXT
    );
    CREATE TABLE profile_changes (
      id TEXT PRIMARY KEY,
      worker_id TEXT NOT NULL REFERENCES workers(id) ON DELETE CASCADE,
      field TEXT NOT NULL,
      old_value TEXT,
      new_value TEXT,
      at TEXT NOT NULL,
      staff_id TEXT,
      terminal TEXT NOT NULL
    );
    CREATE INDEX profile_changes_worker ON profile_changes(worker_id, at);
    CREATE TABLE worker_key_groups (
      worker_id TEXT NOT NULL REFERENCES workers(id) ON DELETE CASCADE,
      grp TEXT NOT NULL,
      confirmed_by TEXT,
      confirmed_at TEXT NOT NULL,
      PRIMARY KEY (worker_id, grp)
    );

    -- The service ledger. id is the event id: one action counts once, whichever terminal sent it.
    CREATE TABLE service_records (
      id TEXT PRIMARY KEY,
      worker_id TEXT NOT NULL REFERENCES workers(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('policy', 'guidance', 'referral', 'training', 'internship')),
      job_id TEXT,
      referral_id TEXT,
      note TEXT NOT NULL DEFAULT '',
      at TEXT NOT NULL,
      day TEXT NOT NULL,
      staff_id TEXT,
      terminal TEXT NOT NULL
    );
    CREATE INDEX service_records_worker ON service_records(worker_id);
    CREATE INDEX service_records_day ON service_records(day, kind);

    CREATE TABLE referrals (
      id TEXT PRIMARY KEY,
      worker_id TEXT NOT NULL REFERENCES workers(id) ON DELETE CASCADE,
      job_id TEXT NOT NULL,
      employer_id TEXT NOT NULL,
      job_title TEXT NOT NULL,
      employer_name TEXT NOT NULL,
      occupation TEXT NOT NULL,
      status TEXT NOT NULL
        CHECK (status IN ('applied', 'referred', 'interviewed', 'hired', 'not-hired', 'no-show')),
      side TEXT CHECK (side IN ('worker', 'employer')),
      reason TEXT NOT NULL DEFAULT '',
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX referrals_worker ON referrals(worker_id);
    CREATE INDEX referrals_employer ON referrals(employer_id);
    CREATE TABLE referral_events (
      id TEXT PRIMARY KEY,
      referral_id TEXT NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
      status TEXT NOT NULL,
      side TEXT,
      reason TEXT NOT NULL DEFAULT '',
      at TEXT NOT NULL,
      day TEXT NOT NULL,
      staff_id TEXT,
      terminal TEXT NOT NULL
    );
    CREATE INDEX referral_events_day ON referral_events(day, status);

    CREATE TABLE follow_ups (
      id TEXT PRIMARY KEY,
      worker_id TEXT NOT NULL REFERENCES workers(id) ON DELETE CASCADE,
      day TEXT NOT NULL,
      result TEXT NOT NULL CHECK (result IN ('reached', 'unreachable')),
      note TEXT NOT NULL DEFAULT '',
      next_due TEXT,
      at TEXT NOT NULL,
      staff_id TEXT
    );
    CREATE INDEX follow_ups_worker ON follow_ups(worker_id, at);

    -- Kept when a worker is erased (worker_id set to NULL): the employer's record stays true.
    CREATE TABLE employer_reports (
      id TEXT PRIMARY KEY,
      employer_id TEXT NOT NULL,
      worker_id TEXT REFERENCES workers(id) ON DELETE SET NULL,
      job_id TEXT,
      kind TEXT NOT NULL CHECK (kind IN ('unpaid-wages', 'sent-home-early', 'other')),
      note TEXT NOT NULL DEFAULT '',
      at TEXT NOT NULL,
      staff_id TEXT
    );
    CREATE INDEX employer_reports_employer ON employer_reports(employer_id);

    CREATE TABLE queue_tickets (
      id TEXT PRIMARY KEY,
      day TEXT NOT NULL,
      service TEXT NOT NULL,
      number INTEGER NOT NULL,
      ticket TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('waiting', 'called', 'done')),
      context TEXT,
      worker_id TEXT REFERENCES workers(id) ON DELETE SET NULL,
      taken_at TEXT NOT NULL,
      taken_terminal TEXT NOT NULL,
      called_at TEXT,
      window TEXT,
      called_by TEXT,
      UNIQUE (day, ticket)
    );
    CREATE INDEX queue_waiting ON queue_tickets(day, status, taken_at);
  `);
}
