import { randomUUID } from 'node:crypto';
import type { Db } from '../../store/db';
import { boothVisitKinds, type BoothVisitsRepository } from '../booth-visits';
import { countOf, reader } from '../rows';
import { placeholders } from './placeholders';

export function sqliteBoothVisits(db: Db): BoothVisitsRepository {
  return {
    inInterview: (p, workerId) =>
      db.get(
        `SELECT 1 AS x FROM booth_visits WHERE booth = ? AND day = ? AND employer_id = ? AND worker_id = ?
           AND kind = 'identified' AND settled_at IS NULL`,
        [p.booth, p.day, p.employerId, workerId],
      ) !== undefined,
    identified(p, workerId, at) {
      db.run(
        `INSERT INTO booth_visits (id, booth, day, employer_id, worker_id, kind, at) VALUES (?, ?, ?, ?, ?, 'identified', ?)`,
        [randomUUID(), p.booth, p.day, p.employerId, workerId, at.toISOString()],
      );
    },
    called(p, workerId, label, at) {
      db.run(
        `INSERT INTO booth_visits (id, booth, day, employer_id, worker_id, kind, label, at) VALUES (?, ?, ?, ?, ?, 'called', ?, ?)`,
        [randomUUID(), p.booth, p.day, p.employerId, workerId, label, at.toISOString()],
      );
    },
    settle(p, workerId, at) {
      db.run(
        `UPDATE booth_visits SET settled_at = ? WHERE booth = ? AND day = ? AND employer_id = ? AND worker_id = ?
           AND settled_at IS NULL`,
        [at.toISOString(), p.booth, p.day, p.employerId, workerId],
      );
    },
    interviewing: (p) =>
      countOf(
        'booth_visits',
        db.get(
          `SELECT count(DISTINCT worker_id) AS n FROM booth_visits WHERE booth = ? AND day = ? AND employer_id = ?
             AND kind = 'identified' AND settled_at IS NULL`,
          [p.booth, p.day, p.employerId],
        ),
      ),
    ofWorkers: (p, workerIds) =>
      db
        .all(
          `SELECT worker_id, kind, at, settled_at FROM booth_visits
            WHERE booth = ? AND day = ? AND employer_id = ? AND worker_id IN (${placeholders(workerIds)}) ORDER BY at DESC`,
          [p.booth, p.day, p.employerId, ...workerIds],
        )
        .map((row) => {
          const r = reader('booth_visits', row);
          return {
            workerId: r.text('worker_id'),
            kind: r.oneOf('kind', boothVisitKinds),
            at: r.text('at'),
            settledAt: r.textOrNull('settled_at'),
          };
        }),
    callsOn: (day, limit) =>
      db
        .all(
          `SELECT booth, label, at FROM booth_visits WHERE day = ? AND kind = 'called' ORDER BY at DESC, rowid DESC LIMIT ?`,
          [day, limit],
        )
        .map((row) => {
          const r = reader('booth_visits', row);
          return { booth: r.int('booth'), label: r.textOrNull('label'), at: r.text('at') };
        }),
  };
}
