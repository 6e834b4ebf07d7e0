import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../../electron/runtime/store/migrate';
import { dbAt, insertWorker } from './helpers';

describe('migration 13: the phone reaches employers only with its own consent', () => {
  it('keeps every worker and their choice to be shown, and gives nobody the phone consent they were never asked for', async () => {
    const db = await dbAt(12);
    insertWorker(db, 'w-shares');
    db.run("UPDATE workers SET phone = '13800138000' WHERE id = 'w-shares'");
    insertWorker(db, 'w-private');
    db.run("UPDATE workers SET share_with_employers = 0 WHERE id = 'w-private'");

    migrate(db, 13);
    expect(schemaVersion(db)).toBe(13);
    expect(
      db.all('SELECT id, phone, share_with_employers, phone_to_employers FROM workers ORDER BY id'),
    ).toEqual([
      { id: 'w-private', phone: null, share_with_employers: 0, phone_to_employers: 0 },
      { id: 'w-shares', phone: '13800138000', share_with_employers: 1, phone_to_employers: 0 },
    ]);
    // A registration that does not name it has not given it.
    db.run(
      `INSERT INTO workers (id, id_hash, id_number, name, sex, card_type, verified, share_with_employers, consent_at, registered_at, last_seen_at)
       VALUES ('w-new', 'h-new', NULL, '李梅', 'female', 'resident', 1, 1, 't', 't', 't')`,
    );
    expect(db.get("SELECT phone_to_employers FROM workers WHERE id = 'w-new'")).toEqual({
      phone_to_employers: 0,
    });
  });
});
