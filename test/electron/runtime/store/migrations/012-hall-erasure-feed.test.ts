import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../../electron/runtime/store/migrate';
import { count, dbAt, tables } from './helpers';

describe('migration 12: the hall erasure feed', () => {
  it('adds an empty feed beside the workers it leaves untouched, numbering entries in order', async () => {
    const db = await dbAt(11);
    migrate(db, 12);
    expect(schemaVersion(db)).toBe(12);
    expect(tables(db)).toContain('erasure_feed');
    expect(count(db, 'erasure_feed')).toBe(0);
    const hash = 'a'.repeat(64);
    db.run("INSERT INTO erasure_feed (id_hash, worker_id, reason) VALUES (?, 'w1', 'request')", [hash]);
    db.run("INSERT INTO erasure_feed (id_hash, worker_id, reason) VALUES (?, 'w2', 'retention')", [hash]);
    expect(db.all('SELECT seq, worker_id FROM erasure_feed ORDER BY seq')).toEqual([
      { seq: 1, worker_id: 'w1' },
      { seq: 2, worker_id: 'w2' },
    ]);
    // Only the two reasons the protocol names.
    expect(() =>
      db.run("INSERT INTO erasure_feed (id_hash, worker_id, reason) VALUES (?, 'w3', 'other')", [hash]),
    ).toThrow(/CHECK/);
  });
});
