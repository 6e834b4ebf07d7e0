import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../../electron/runtime/store/migrate';
import { dbAt, indexes, tables } from './helpers';

describe('migration 11: wrong PINs are counted per account and terminal', () => {
  it('keeps a lock in force as a hall-wide one, and drops the count that had no terminal', async () => {
    const db = await dbAt(10);
    db.run(
      `INSERT INTO staff (id, username, name, role, pin_hash, failed_attempts, locked_until, created_at, created_by)
       VALUES ('s1', 'chen', '陈静', 'admin', 'h', 5, '2026-11-21T01:15:00.000Z', 't', 'console'),
              ('s2', 'li', '李娜', 'staff', 'h', 3, NULL, 't', 'console')`,
    );
    migrate(db, 11);
    expect(schemaVersion(db)).toBe(11);
    expect(tables(db)).toContain('staff_sign_in_failures');
    expect(indexes(db)).toContain('staff_sign_in_failures_by_staff');
    expect(db.all('SELECT * FROM staff ORDER BY id')).toEqual([
      expect.objectContaining({ id: 's1', username: 'chen', locked_until: '2026-11-21T01:15:00.000Z' }),
      expect.objectContaining({ id: 's2', username: 'li', locked_until: null }),
    ]);
    expect(db.get('SELECT * FROM staff')).not.toHaveProperty('failed_attempts');
    // A wrong PIN belongs to an account that exists.
    expect(() =>
      db.run(
        "INSERT INTO staff_sign_in_failures (staff_id, terminal_id, at) VALUES ('nobody', 'desk-2', 't')",
      ),
    ).toThrow(/FOREIGN KEY/);
  });
});
