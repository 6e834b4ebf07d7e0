import type { Repositories } from '../../../../electron/runtime/data/repositories';
import { sqliteRepositories } from '../../../../electron/runtime/data/sqlite';
import { Db } from '../../../../electron/runtime/store/db';
import { migrate } from '../../../../electron/runtime/store/migrate';
import { loadSqlJs } from '../../../../electron/runtime/store/sqljs';

/** A migrated in-memory database and its repositories, for testing the data layer on its own. */
export async function memoryData(): Promise<{ db: Db; tx: Repositories }> {
  const SQL = await loadSqlJs();
  const db = new Db(new SQL.Database());
  db.run('PRAGMA foreign_keys = ON');
  migrate(db);
  return { db, tx: sqliteRepositories(db) };
}
