import { randomUUID } from 'node:crypto';
import type { StaffAccount, StaffRole } from '../../api';
import type { Db } from '../store/db';

export interface StaffRow {
  id: string;
  username: string;
  name: string;
  role: StaffRole;
  pin_hash: string;
  active: number;
  failed_attempts: number;
  locked_until: string | null;
  demo: number;
  created_at: string;
}

export function findStaffByUsername(db: Db, username: string): StaffRow | undefined {
  return db.get<StaffRow>('SELECT * FROM staff WHERE username = ?', [username]);
}

export function findStaff(db: Db, id: string): StaffRow | undefined {
  return db.get<StaffRow>('SELECT * FROM staff WHERE id = ?', [id]);
}

export function countStaff(db: Db): number {
  return Number(db.get<{ n: number }>('SELECT count(*) AS n FROM staff')?.n ?? 0);
}

export function hasDemoAccount(db: Db): boolean {
  return !!db.get("SELECT 1 AS x FROM staff WHERE demo = 1 AND active = 1 AND username = 'demo'");
}

export function insertStaff(
  db: Db,
  s: {
    username: string;
    name: string;
    role: StaffRole;
    pinHash: string;
    demo?: boolean;
    createdBy: string;
    at: Date;
  },
): string {
  const id = randomUUID();
  db.run(
    `INSERT INTO staff (id, username, name, role, pin_hash, demo, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, s.username, s.name, s.role, s.pinHash, s.demo ? 1 : 0, s.at.toISOString(), s.createdBy],
  );
  return id;
}

export function recordFailure(db: Db, id: string, failures: number, lockedUntil: string | null): void {
  db.run('UPDATE staff SET failed_attempts = ?, locked_until = ? WHERE id = ?', [failures, lockedUntil, id]);
}

export function clearFailures(db: Db, id: string): void {
  db.run('UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = ?', [id]);
}

export function setActive(db: Db, id: string, active: boolean): void {
  db.run('UPDATE staff SET active = ? WHERE id = ?', [active ? 1 : 0, id]);
}

export function setPinHash(db: Db, id: string, pinHash: string): void {
  db.run('UPDATE staff SET pin_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?', [
    pinHash,
    id,
  ]);
}

export function toAccount(r: StaffRow): StaffAccount {
  return {
    id: r.id,
    username: r.username,
    name: r.name,
    role: r.role,
    active: r.active === 1,
    createdAt: r.created_at,
    lockedUntil: r.locked_until,
  };
}

export function listStaff(db: Db): StaffAccount[] {
  return db.all<StaffRow>('SELECT * FROM staff ORDER BY created_at').map(toAccount);
}

/** Display names by id, for "who confirmed / who recorded" columns. */
export function staffNames(db: Db): Map<string, string> {
  return new Map(
    db.all<{ id: string; name: string }>('SELECT id, name FROM staff').map((r) => [r.id, r.name]),
  );
}
