import type { Db } from '../../store/db';
import type { Repositories } from '../repositories';
import { sqliteStaff } from './staff';

/** The SQLite (sql.js) implementation of every repository, over one connection. */
export function sqliteRepositories(db: Db): Repositories {
  return {
    staff: sqliteStaff(db),
  };
}
