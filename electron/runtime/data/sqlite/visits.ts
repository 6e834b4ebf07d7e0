import type { Db } from '../../store/db';
import type { VisitsRepository } from '../visits';

export function sqliteVisits(db: Db): VisitsRepository {
  return {
    record(v) {
      db.run('INSERT INTO visits (worker_id, kind, terminal, at, day) VALUES (?, ?, ?, ?, ?)', [
        v.workerId,
        v.kind,
        v.terminal,
        v.at,
        v.day,
      ]);
    },
    eraseFor(workerId) {
      db.run('DELETE FROM visits WHERE worker_id = ?', [workerId]);
    },
  };
}
