import { randomUUID } from 'node:crypto';
import type { Db } from '../store/db';
import type { BoothScope } from './people';

/** A person identified at the booth (card or slip) stays "in interview" until an outcome is recorded. */
export function markIdentified(db: Db, scope: BoothScope, workerId: string): void {
  const a = scope.assignment;
  const open = db.get(
    `SELECT 1 AS x FROM booth_visits WHERE booth = ? AND day = ? AND employer_id = ? AND worker_id = ?
       AND kind = 'identified' AND settled_at IS NULL`,
    [a.booth, scope.day, a.employerId, workerId],
  );
  if (open) return;
  db.run(
    `INSERT INTO booth_visits (id, booth, day, employer_id, worker_id, kind, at) VALUES (?, ?, ?, ?, ?, 'identified', ?)`,
    [randomUUID(), a.booth, scope.day, a.employerId, workerId, scope.now.toISOString()],
  );
}

export function markCalled(db: Db, scope: BoothScope, workerId: string, label: string): void {
  const a = scope.assignment;
  db.run(
    `INSERT INTO booth_visits (id, booth, day, employer_id, worker_id, kind, label, at) VALUES (?, ?, ?, ?, ?, 'called', ?, ?)`,
    [randomUUID(), a.booth, scope.day, a.employerId, workerId, label, scope.now.toISOString()],
  );
}

/** An outcome ends the person's interview at this booth today. */
export function settleVisits(db: Db, scope: BoothScope, workerId: string): void {
  const a = scope.assignment;
  db.run(
    `UPDATE booth_visits SET settled_at = ? WHERE booth = ? AND day = ? AND employer_id = ? AND worker_id = ?
       AND settled_at IS NULL`,
    [scope.now.toISOString(), a.booth, scope.day, a.employerId, workerId],
  );
}

/** "正在面试 N 人": identified at the booth today, no outcome yet. */
export function interviewingAt(db: Db, booth: number, day: string, employerId: string): number {
  return Number(
    db.get<{ n: number }>(
      `SELECT count(DISTINCT worker_id) AS n FROM booth_visits WHERE booth = ? AND day = ? AND employer_id = ?
         AND kind = 'identified' AND settled_at IS NULL`,
      [booth, day, employerId],
    )?.n ?? 0,
  );
}
