import type { Db } from '../db';
import type { Migration } from '../migrate';

export const migration: Migration = { version: 1, name: 'jobs, workers, visits', up };

/** The first schema: jobs as the feed gives them, registered workers and their visits, a key/value `meta`. */
function up(db: Db): void {
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
}
