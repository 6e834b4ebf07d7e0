import { randomUUID } from 'node:crypto';
import { staffRoles } from '../../../contract/staff';
import type { Db } from '../../store/db';
import { toAccount, type StaffRecord, type StaffRepository } from '../staff';
import { countOf, reader, type Row } from '../rows';

const COLUMNS = 'id, username, name, role, pin_hash, active, failed_attempts, locked_until, demo, created_at';

function staffRecord(row: Row): StaffRecord {
  const r = reader('staff', row);
  return {
    id: r.text('id'),
    username: r.text('username'),
    name: r.text('name'),
    role: r.oneOf('role', staffRoles),
    pinHash: r.text('pin_hash'),
    active: r.bool('active'),
    failedAttempts: r.int('failed_attempts'),
    lockedUntil: r.textOrNull('locked_until'),
    demo: r.bool('demo'),
    createdAt: r.text('created_at'),
  };
}

export function sqliteStaff(db: Db): StaffRepository {
  const one = (where: string, value: string) => {
    const row = db.get(`SELECT ${COLUMNS} FROM staff WHERE ${where} = ?`, [value]);
    return row && staffRecord(row);
  };
  return {
    byUsername: (username) => one('username', username),
    byId: (id) => one('id', id),
    count: () => countOf('staff', db.get('SELECT count(*) AS n FROM staff')),
    hasDemoAccount: () =>
      !!db.get("SELECT 1 AS x FROM staff WHERE demo = 1 AND active = 1 AND username = 'demo'"),
    insert(s) {
      const id = randomUUID();
      db.run(
        `INSERT INTO staff (id, username, name, role, pin_hash, demo, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [id, s.username, s.name, s.role, s.pinHash, s.demo ? 1 : 0, s.at.toISOString(), s.createdBy],
      );
      return id;
    },
    recordFailure(id, failures, lockedUntil) {
      db.run('UPDATE staff SET failed_attempts = ?, locked_until = ? WHERE id = ?', [
        failures,
        lockedUntil,
        id,
      ]);
    },
    clearFailures(id) {
      db.run('UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = ?', [id]);
    },
    setActive(id, active) {
      db.run('UPDATE staff SET active = ? WHERE id = ?', [active ? 1 : 0, id]);
    },
    setPinHash(id, pinHash) {
      db.run('UPDATE staff SET pin_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?', [
        pinHash,
        id,
      ]);
    },
    list: () =>
      db.all(`SELECT ${COLUMNS} FROM staff ORDER BY created_at`).map((row) => toAccount(staffRecord(row))),
    names: () =>
      new Map(
        db.all('SELECT id, name FROM staff').map((row) => {
          const r = reader('staff', row);
          return [r.text('id'), r.text('name')] as const;
        }),
      ),
  };
}
