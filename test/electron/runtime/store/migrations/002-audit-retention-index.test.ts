import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../../electron/runtime/store/migrate';
import { count, dbAt, indexes, insertWorker } from './helpers';

describe('migration 2: audit trail, retention index', () => {
  it('adds the audit table and retention indexes, keeping existing rows', async () => {
    const db = await dbAt(1);
    insertWorker(db, 'w1', '2024-01-01');
    db.run(
      "INSERT INTO visits (worker_id, kind, terminal, at, day) VALUES ('w1', 'registered', 'k1', 't0', '2024-01-01')",
    );
    db.run("INSERT INTO meta (key, value) VALUES ('hall_secret', 's')");
    migrate(db, 2);
    expect(schemaVersion(db)).toBe(2);
    expect(db.get('SELECT id, last_seen_at FROM workers')).toEqual({ id: 'w1', last_seen_at: '2024-01-01' });
    expect(count(db, 'visits')).toBe(1);
    expect(db.get('SELECT value FROM meta')).toEqual({ value: 's' });
    db.run(
      "INSERT INTO audit (id, at, actor, action, subject) VALUES ('a1', 't', 'system', 'x', '1 worker')",
    );
    expect(indexes(db)).toEqual(expect.arrayContaining(['workers_last_seen', 'visits_worker', 'audit_at']));
  });
});
