import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import createDebug from 'debug';
import { Db } from './db';
import { migrate } from './migrations';
import { loadSqlJs } from './sqljs';

const log = createDebug('station:store');

export interface StoreOptions {
  /** Data directory; null keeps everything in memory (tests). */
  dir: string | null;
}

/**
 * The runtime's one owner of the database. Writes run in a transaction and are persisted
 * before `write` resolves; reads are synchronous against the in-memory copy.
 */
export interface Store {
  read<T>(fn: (db: Db) => T): T;
  write<T>(fn: (db: Db) => T): Promise<T>;
  checkpoint(): Promise<void>;
  close(): Promise<void>;
}

const SNAPSHOT = 'station.db';

export async function openStore(options: StoreOptions): Promise<Store> {
  const SQL = await loadSqlJs();
  let bytes: Uint8Array | undefined;
  if (options.dir) {
    await mkdir(options.dir, { recursive: true });
    bytes = await readFile(join(options.dir, SNAPSHOT)).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return undefined;
      throw new Error(`cannot read the station database in ${options.dir}: ${err.message}`, { cause: err });
    });
  }
  const db = new Db(new SQL.Database(bytes));
  db.run('PRAGMA foreign_keys = ON');
  migrate(db);

  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  async function persist(): Promise<void> {
    if (!options.dir) return;
    const target = join(options.dir, SNAPSHOT);
    const tmp = `${target}.tmp`;
    const data = db.raw.export();
    const fh = await open(tmp, 'w');
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, target);
    const dirHandle = await open(options.dir, 'r');
    try {
      await dirHandle.sync();
    } finally {
      await dirHandle.close();
    }
    log('snapshot written (%d bytes)', data.byteLength);
  }

  function serialised<T>(task: () => Promise<T>): Promise<T> {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  }

  return {
    read: (fn) => fn(db),
    write<T>(fn: (db: Db) => T): Promise<T> {
      if (closed) return Promise.reject(new Error('store is closed'));
      return serialised(async () => {
        db.run('BEGIN');
        let result: T;
        try {
          result = fn(db);
          db.run('COMMIT');
        } catch (err) {
          db.run('ROLLBACK');
          throw err;
        }
        await persist();
        return result;
      });
    },
    checkpoint: () => serialised(persist),
    async close() {
      if (closed) return;
      await serialised(persist);
      closed = true;
      db.raw.close();
    },
  };
}
