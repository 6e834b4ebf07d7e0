import { expect } from 'vitest';
import { Db } from '../../../../../electron/runtime/store/db';
import { migrate, schemaVersion } from '../../../../../electron/runtime/store/migrate';
import { loadSqlJs } from '../../../../../electron/runtime/store/sqljs';

/** STYLE habit 7: for each migration N, an in-memory DB at N−1 with rows in it, migrated to N. */
export async function dbAt(version: number): Promise<Db> {
  const SQL = await loadSqlJs();
  const db = new Db(new SQL.Database());
  db.run('PRAGMA foreign_keys = ON');
  migrate(db, version);
  expect(schemaVersion(db)).toBe(version);
  return db;
}

export function tables(db: Db): string[] {
  return db
    .all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .map((r) => r.name);
}

export function indexes(db: Db): string[] {
  return db
    .all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name")
    .map((r) => r.name);
}

export function count(db: Db, table: string): number {
  return db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)!.n;
}

/** A worker row as every version since migration 1 has it (the workers table never changed). */
export function insertWorker(db: Db, id = 'w1', lastSeen = 't'): void {
  db.run(
    `INSERT INTO workers (id, id_hash, id_number, name, sex, card_type, verified, share_with_employers, consent_at, registered_at, last_seen_at)
     VALUES (?, ?, '110101199001011234', '王秀兰', 'female', 'resident', 1, 1, 't', 't', ?)`,
    [id, `h-${id}`, lastSeen],
  );
}
