import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../electron/runtime/store/migrate';
import { count, dbAt } from './helpers';

describe('migration 3: paired terminals and pairing codes', () => {
  it('adds paired terminals and pairing codes, keeping existing rows', async () => {
    const db = await dbAt(2);
    db.run("INSERT INTO meta (key, value) VALUES ('hall_secret', 's')");
    db.run(
      "INSERT INTO audit (id, at, actor, action, subject) VALUES ('a1', 't', 'system', 'x', '1 worker')",
    );
    migrate(db, 3);
    expect(db.get('SELECT value FROM meta')).toEqual({ value: 's' });
    expect(count(db, 'audit')).toBe(1);
    db.run(
      "INSERT INTO terminals (id, name, role, token_hash, paired_by, created_at) VALUES ('t1', 'booth-1', 'booth', 'h', 'desk-1', 't')",
    );
    expect(db.get('SELECT booth, revoked_at FROM terminals')).toEqual({ booth: null, revoked_at: null });
    // A token opens one terminal only.
    expect(() =>
      db.run(
        "INSERT INTO terminals (id, name, role, token_hash, paired_by, created_at) VALUES ('t2', 'x', 'booth', 'h', 'desk-1', 't')",
      ),
    ).toThrow(/UNIQUE/);
    db.run(
      "INSERT INTO pairing_codes (code_hash, role, created_by, expires_at) VALUES ('c', 'screen', 'desk-1', 't')",
    );
    expect(count(db, 'pairing_codes')).toBe(1);
  });
});
