import type { Db } from '../store/db';
import type { Store } from '../store/store';
import type { Repositories } from './repositories';
import { sqliteRepositories } from './sqlite';

/**
 * The one way domain code reaches the station's data: a transaction over every repository.
 * `read` is synchronous against the in-memory database and must not change it; `write` is one
 * durable transaction (journaled before it resolves). Both callbacks are synchronous.
 */
export interface StationData {
  read<T>(fn: (tx: Repositories) => T): T;
  write<T>(fn: (tx: Repositories) => T): Promise<T>;
}

// One set of repositories per connection: the store keeps one connection for its lifetime.
const byDb = new WeakMap<Db, Repositories>();

/**
 * The SQLite repositories over a connection already inside one of the store's transactions: for
 * the store's own jobs (retention) and the data layer's tests. Domain code uses `StationData`.
 */
export function repositoriesOf(db: Db): Repositories {
  let r = byDb.get(db);
  if (!r) byDb.set(db, (r = sqliteRepositories(db)));
  return r;
}

export function stationData(store: Store): StationData {
  return {
    read: (fn) => store.read((db) => fn(repositoriesOf(db))),
    write: (fn) => store.write((db) => fn(repositoriesOf(db))),
  };
}
