import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../../electron/runtime/store/migrate';
import { dbAt, tables } from './helpers';

describe('migration 8: pairing requests live in memory; codes made at the desk are gone', () => {
  it('drops pairing codes made at the desk, keeping paired terminals and their tokens', async () => {
    const db = await dbAt(7);
    db.run(
      "INSERT INTO terminals (id, name, role, booth, token_hash, paired_by, created_at) VALUES ('t1', '3号摊位平板', 'booth', 3, 'h', '演示管理员', 't')",
    );
    db.run(
      "INSERT INTO pairing_codes (code_hash, role, created_by, expires_at) VALUES ('c', 'screen', 'desk-1', 't')",
    );
    migrate(db, 8);
    expect(schemaVersion(db)).toBe(8);
    expect(tables(db)).not.toContain('pairing_codes');
    expect(db.get('SELECT id, name, booth, token_hash FROM terminals')).toEqual({
      id: 't1',
      name: '3号摊位平板',
      booth: 3,
      token_hash: 'h',
    });
  });
});
