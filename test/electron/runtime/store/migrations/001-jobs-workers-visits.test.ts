import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../electron/runtime/store/migrate';
import { dbAt, insertWorker, tables } from './helpers';

describe('migration 1: jobs, workers, visits', () => {
  it('creates jobs, workers, visits and meta on an empty database', async () => {
    const db = await dbAt(0);
    expect(tables(db)).toEqual([]);
    migrate(db, 1);
    expect(tables(db)).toEqual(expect.arrayContaining(['jobs', 'meta', 'visits', 'workers']));
    insertWorker(db);
    db.run(
      "INSERT INTO visits (worker_id, kind, terminal, at, day) VALUES ('w1', 'registered', 'k1', 't', 'd')",
    );
    expect(db.get('SELECT share_with_employers FROM workers')).toEqual({ share_with_employers: 1 });
    expect(() =>
      db.run(
        "INSERT INTO visits (worker_id, kind, terminal, at, day) VALUES ('nobody', 'registered', 'k1', 't', 'd')",
      ),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.run("INSERT INTO visits (worker_id, kind, terminal, at, day) VALUES ('w1', 'left', 'k1', 't', 'd')"),
    ).toThrow(/CHECK/);
    // One person, one row: the ID number's hash is unique.
    expect(() =>
      db.run(
        `INSERT INTO workers (id, id_hash, id_number, name, sex, card_type, verified, consent_at, registered_at, last_seen_at)
         VALUES ('w2', 'h-w1', 'x', '王秀兰', 'female', 'resident', 1, 't', 't', 't')`,
      ),
    ).toThrow(/UNIQUE/);
  });
});
