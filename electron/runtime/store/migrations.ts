import { kioskSchema } from '../kiosk/schema';
import { deskSchema } from '../desk/schema';
import { boothSchema } from '../booth/schema';
import type { Db } from './db';

export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}

/** Numbered, append-only. A database from any earlier version opens by running the ones it lacks. */
export const migrations: Migration[] = [
  {
    version: 1,
    name: 'jobs, workers, visits',
    up(db) {
      db.run(`
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE jobs (
          id TEXT PRIMARY KEY,
          status TEXT NOT NULL,
          district TEXT NOT NULL,
          occupation TEXT NOT NULL,
          employer_id TEXT NOT NULL,
          title TEXT NOT NULL,
          employer_name TEXT NOT NULL,
          valid_through TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          data TEXT NOT NULL
        );
        CREATE INDEX jobs_status ON jobs(status, valid_through);
        CREATE TABLE workers (
          id TEXT PRIMARY KEY,
          id_hash TEXT NOT NULL UNIQUE,
          id_number TEXT NOT NULL,
          name TEXT NOT NULL,
          sex TEXT NOT NULL,
          birth_date TEXT,
          nation TEXT,
          card_type TEXT NOT NULL,
          verified INTEGER NOT NULL,
          phone TEXT,
          share_with_employers INTEGER NOT NULL DEFAULT 0,
          consent_at TEXT NOT NULL,
          registered_at TEXT NOT NULL,
          last_seen_at TEXT NOT NULL
        );
        CREATE TABLE visits (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          worker_id TEXT NOT NULL REFERENCES workers(id),
          kind TEXT NOT NULL CHECK (kind IN ('registered', 'returned')),
          terminal TEXT NOT NULL,
          at TEXT NOT NULL,
          day TEXT NOT NULL
        );
        CREATE INDEX visits_day ON visits(day, kind);
      `);
    },
  },
  {
    version: 2,
    name: 'audit trail, retention index',
    up(db) {
      // Who did what to which record, for PIPL accountability. Never personal data: subject is an
      // opaque id or a count, not a name or an ID number.
      db.run(`
        CREATE TABLE audit (
          id TEXT PRIMARY KEY,
          at TEXT NOT NULL,
          actor TEXT NOT NULL,
          action TEXT NOT NULL,
          subject TEXT NOT NULL
        );
        CREATE INDEX audit_at ON audit(at);
        CREATE INDEX workers_last_seen ON workers(last_seen_at);
        CREATE INDEX visits_worker ON visits(worker_id);
      `);
    },
  },
  {
    version: 3,
    name: 'paired terminals and pairing codes',
    up(db) {
      db.run(`
        CREATE TABLE terminals (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          role TEXT NOT NULL,
          booth INTEGER,
          token_hash TEXT NOT NULL UNIQUE,
          paired_by TEXT NOT NULL,
          created_at TEXT NOT NULL,
          revoked_at TEXT
        );
        CREATE TABLE pairing_codes (
          code_hash TEXT PRIMARY KEY,
          role TEXT NOT NULL,
          booth INTEGER,
          created_by TEXT NOT NULL,
          expires_at TEXT NOT NULL,
          used_at TEXT
        );
      `);
    },
  },
  { version: 4, name: 'front desk: staff, audit, service ledger, referrals, queue', up: deskSchema },
  { version: 5, name: 'kiosk: wizard answers on worker_profiles, applications', up: kioskSchema },
  {
    version: 6,
    name: 'sync: job change feed, tombstones, cursor, outbox, hall workers',
    up(db) {
      db.run(`
        -- Every change to jobs gets a fresh sequence number: the feed a hub serves its terminals.
        -- Triggers keep it right whoever writes the jobs table (pull, import, hall postings).
        CREATE TABLE job_feed (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          job_id TEXT NOT NULL UNIQUE,
          deleted INTEGER NOT NULL DEFAULT 0
        );
        INSERT INTO job_feed (job_id) SELECT id FROM jobs ORDER BY updated_at, id;
        CREATE TRIGGER job_feed_insert AFTER INSERT ON jobs BEGIN
          DELETE FROM job_feed WHERE job_id = NEW.id;
          INSERT INTO job_feed (job_id) VALUES (NEW.id);
        END;
        CREATE TRIGGER job_feed_update AFTER UPDATE ON jobs BEGIN
          DELETE FROM job_feed WHERE job_id = NEW.id;
          INSERT INTO job_feed (job_id) VALUES (NEW.id);
        END;
        CREATE TRIGGER job_feed_delete AFTER DELETE ON jobs BEGIN
          DELETE FROM job_feed WHERE job_id = OLD.id;
          INSERT INTO job_feed (job_id, deleted) VALUES (OLD.id, 1);
        END;
        -- The last version seen of a deleted job, so a late stale copy cannot bring it back.
        CREATE TABLE job_tombstones (job_id TEXT PRIMARY KEY, updated_at TEXT NOT NULL);
        -- Where the pull stands, per upstream URL (a new upstream starts from scratch).
        CREATE TABLE sync_cursor (
          upstream TEXT PRIMARY KEY,
          cursor TEXT,
          etag TEXT,
          full_resync INTEGER NOT NULL DEFAULT 0,
          updated_at TEXT NOT NULL
        );
        -- Ids seen during a full resync (after an expired cursor); what was not seen is swept at the end.
        CREATE TABLE sync_seen (job_id TEXT PRIMARY KEY);
        -- Events to deliver upstream, written in the same transaction as the change they describe.
        -- Rows stay after delivery: their ids answer duplicates from terminals that retry.
        CREATE TABLE outbox (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          id TEXT NOT NULL UNIQUE,
          type TEXT NOT NULL,
          at TEXT NOT NULL,
          payload TEXT NOT NULL,
          digest TEXT NOT NULL,
          origin TEXT NOT NULL,
          state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'quarantined')),
          attempts INTEGER NOT NULL DEFAULT 0,
          last_error TEXT,
          reason TEXT,
          created_at TEXT NOT NULL,
          settled_at TEXT
        );
        CREATE INDEX outbox_state ON outbox(state, seq);
        -- Workers registered anywhere in the hall, as the hub learns them from its terminals' events.
        CREATE TABLE hall_workers (
          id_hash TEXT PRIMARY KEY,
          worker_id TEXT NOT NULL,
          share_with_employers INTEGER NOT NULL,
          registered_at TEXT NOT NULL,
          terminal TEXT NOT NULL
        );
      `);
    },
  },
  {
    version: 7,
    name: 'booths: employer profiles, assignments, visits, outcomes; station notices',
    up: boothSchema,
  },
  {
    version: 8,
    name: 'pairing: requests live in memory, approved at the desk; codes made at the desk are gone',
    up(db) {
      // A code staff made and a device redeemed unauthenticated could be guessed or blocked; now the
      // device shows a code and staff approve it (terminals/requests.ts), nothing of it on disk.
      db.run('DROP TABLE pairing_codes');
    },
  },
];

export const latestVersion = migrations.reduce((v, m) => Math.max(v, m.version), 0);

export function schemaVersion(db: Db): number {
  return Number(db.get<{ user_version: number }>('PRAGMA user_version')?.user_version ?? 0);
}

/** Brings db up to `target` (default: latest). Each migration runs in its own transaction with its version bump. */
export function migrate(db: Db, target = latestVersion, list: Migration[] = migrations): void {
  const current = schemaVersion(db);
  const known = list.reduce((v, m) => Math.max(v, m.version), 0);
  if (current > known) {
    throw new Error(
      `database schema version ${current} is newer than this app understands (${known}); install the newer app, do not downgrade over this data`,
    );
  }
  for (const m of [...list].sort((a, b) => a.version - b.version)) {
    if (m.version <= current || m.version > target) continue;
    db.run('BEGIN');
    try {
      m.up(db);
      db.run(`PRAGMA user_version = ${m.version}`);
      db.run('COMMIT');
    } catch (err) {
      db.run('ROLLBACK');
      throw new Error(`migration ${m.version} (${m.name}) failed: ${(err as Error).message}`, { cause: err });
    }
  }
}
