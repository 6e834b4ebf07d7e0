import type { Db } from '../db';
import type { Migration } from '../migrate';

export const migration: Migration = { version: 3, name: 'paired terminals and pairing codes', up };

function up(db: Db): void {
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
}
