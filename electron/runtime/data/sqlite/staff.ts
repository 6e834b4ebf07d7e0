import { randomUUID } from 'node:crypto';
import { staffRoles } from '../../../contract/staff';
import type { Db } from '../../store/db';
import { toAccount, type StaffRecord, type StaffRepository } from '../staff';
import { countOf, reader, type Row } from '../rows';

const FAILURES = 'staff_sign_in_failures';

/** The staff row, with its wrong PINs counted and its latest lock end found among its terminals'. */
const COLUMNS = `id, username, name, role, pin_hash, active, locked_until, demo, created_at,
  (SELECT count(*) FROM ${FAILURES} f WHERE f.staff_id = staff.id) AS failed_attempts,
  (SELECT max(u) FROM (SELECT staff.locked_until AS u
     UNION ALL SELECT f.locked_until FROM ${FAILURES} f WHERE f.staff_id = staff.id)) AS last_lock_ends`;

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
    lastLockEnds: r.textOrNull('last_lock_ends'),
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
    failuresAt(id, terminal) {
      const row = db.get(
        `SELECT count(*) AS n, max(locked_until) AS until FROM ${FAILURES}
         WHERE staff_id = ? AND terminal_id = ? AND counts_at_terminal = 1`,
        [id, terminal],
      );
      const r = row && reader(FAILURES, row);
      return { count: r?.int('n') ?? 0, lockedUntil: r?.textOrNull('until') ?? null };
    },
    failuresAfter: (id, at) =>
      countOf(
        FAILURES,
        db.get(`SELECT count(*) AS n FROM ${FAILURES} WHERE staff_id = ? AND at > ?`, [id, at]),
      ),
    addFailure(id, terminal, at, lockedUntil) {
      db.run(`INSERT INTO ${FAILURES} (staff_id, terminal_id, at, locked_until) VALUES (?, ?, ?, ?)`, [
        id,
        terminal,
        at,
        lockedUntil,
      ]);
    },
    lockEverywhere(id, until) {
      db.run('UPDATE staff SET locked_until = ? WHERE id = ?', [until, id]);
    },
    forgetEnded(id, now, since) {
      db.run(
        `DELETE FROM ${FAILURES} WHERE staff_id = ? AND counts_at_terminal = 1 AND terminal_id IN (
           SELECT terminal_id FROM ${FAILURES} WHERE staff_id = ? AND counts_at_terminal = 1
           GROUP BY terminal_id HAVING max(locked_until) <= ?)`,
        [id, id, now],
      );
      db.run(`DELETE FROM ${FAILURES} WHERE staff_id = ? AND counts_at_terminal = 0 AND at <= ?`, [
        id,
        since,
      ]);
      db.run('UPDATE staff SET locked_until = NULL WHERE id = ? AND locked_until <= ?', [id, now]);
    },
    clearFailuresAt(id, terminal) {
      db.run(
        `UPDATE ${FAILURES} SET counts_at_terminal = 0, locked_until = NULL WHERE staff_id = ? AND terminal_id = ?`,
        [id, terminal],
      );
    },
    clearFailures(id) {
      db.run(`DELETE FROM ${FAILURES} WHERE staff_id = ?`, [id]);
      db.run('UPDATE staff SET locked_until = NULL WHERE id = ?', [id]);
    },
    setActive(id, active) {
      db.run('UPDATE staff SET active = ? WHERE id = ?', [active ? 1 : 0, id]);
    },
    setPinHash(id, pinHash) {
      db.run('UPDATE staff SET pin_hash = ?, locked_until = NULL WHERE id = ?', [pinHash, id]);
      db.run(`DELETE FROM ${FAILURES} WHERE staff_id = ?`, [id]);
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
