import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../../electron/runtime/store/migrate';
import { count, dbAt, insertWorker, tables } from './helpers';

const hash = (c: string) => c.repeat(64);

describe("migration 10: the hub keeps its terminals' registrations as workers", () => {
  it('keeps every worker and what hangs on them, lets a row lack the clear number, and turns hall_workers into rows', async () => {
    const db = await dbAt(9);
    insertWorker(db, 'w-here');
    db.run(
      "INSERT INTO visits (worker_id, kind, terminal, at, day) VALUES ('w-here', 'registered', 'kiosk-1', 't', 'd')",
    );
    db.run("INSERT INTO worker_profiles (worker_id) VALUES ('w-here')");
    db.run(
      `INSERT INTO hall_workers (id_hash, worker_id, share_with_employers, registered_at, terminal)
       VALUES (?, 'w-kiosk', 1, '2024-05-01T09:00:00+08:00', 'kiosk-pc-2')`,
      [hash('a')],
    );
    const payload = {
      workerId: 'w-kiosk',
      idHash: hash('a'),
      maskedIdNumber: '110101********1234',
      name: '赵丽娜',
      sex: 'female',
      birthDate: '1990-01-01',
      cardType: 'resident',
      consent: { registration: true, shareWithEmployers: true, at: '2024-05-01T09:00:00+08:00' },
      registeredAt: '2024-05-01T09:00:00+08:00',
      terminal: 'kiosk-pc-2',
    };
    db.run(
      `INSERT INTO outbox (id, type, at, payload, digest, origin, created_at)
       VALUES ('ev-000001', 'worker.registered', 't', ?, 'd', 'kiosk-pc-2', 't')`,
      [JSON.stringify(payload)],
    );

    migrate(db, 10);
    expect(schemaVersion(db)).toBe(10);
    expect(tables(db)).not.toContain('hall_workers');
    expect(tables(db)).toEqual(expect.arrayContaining(['worker_aliases', 'worker_field_edits']));
    // Hers, from kiosk-pc-2, counts as a registration as hall_workers did (on her Beijing day).
    expect(db.all('SELECT worker_id, kind, terminal, day FROM visits ORDER BY worker_id')).toEqual([
      { worker_id: 'w-here', kind: 'registered', terminal: 'kiosk-1', day: 'd' },
      { worker_id: 'w-kiosk', kind: 'registered', terminal: 'kiosk-pc-2', day: '2024-05-01' },
    ]);
    expect(count(db, 'worker_profiles')).toBe(1);
    expect(
      db.get("SELECT id_number, masked_id_number, home_terminal FROM workers WHERE id = 'w-here'"),
    ).toEqual({
      id_number: '110101199001011234',
      masked_id_number: null,
      home_terminal: null,
    });
    expect(
      db.get(
        "SELECT id_hash, id_number, masked_id_number, home_terminal, name, share_with_employers FROM workers WHERE id = 'w-kiosk'",
      ),
    ).toEqual({
      id_hash: hash('a'),
      id_number: null,
      masked_id_number: '110101********1234',
      home_terminal: 'kiosk-pc-2',
      name: '赵丽娜',
      share_with_employers: 1,
    });
    // Foreign keys still hold, and still cascade from the edited table.
    expect(db.all('PRAGMA foreign_key_check')).toEqual([]);
    expect(db.all('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    db.run("DELETE FROM visits WHERE worker_id = 'w-here'");
    db.run("DELETE FROM workers WHERE id = 'w-here'");
    expect(count(db, 'worker_profiles')).toBe(0);
  });
});
