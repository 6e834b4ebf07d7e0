import type { Db } from '../db';
import type { Migration } from '../migrate';

export const migration: Migration = { version: 2, name: 'audit trail, retention index', up };

function up(db: Db): void {
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
}
