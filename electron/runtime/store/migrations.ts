import { deskSchema } from '../desk/schema';
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
  // Versions 2 and 3 belong to the store and sync work; gaps are fine, each runs when it is missing.
  { version: 4, name: 'front desk: staff, audit, service ledger, referrals, queue', up: deskSchema },
];

export const latestVersion = migrations.reduce((v, m) => Math.max(v, m.version), 0);

export function schemaVersion(db: Db): number {
  return Number(db.get<{ user_version: number }>('PRAGMA user_version')?.user_version ?? 0);
}

/** Brings db up to `target` (default: latest). Each migration runs in its own transaction with its version bump. */
export function migrate(db: Db, target = latestVersion, list: Migration[] = migrations): void {
  const current = schemaVersion(db);
  if (current > latestVersion) {
    throw new Error(
      `database schema version ${current} is newer than this app understands (${latestVersion}); update the app`,
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
