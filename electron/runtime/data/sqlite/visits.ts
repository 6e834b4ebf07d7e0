import type { Db } from '../../store/db';
import { countOf } from '../rows';
import type { VisitsRepository } from '../visits';
import { placeholders } from './placeholders';

/** Ids per `IN (…)` list: well under SQLite's limit on parameters in one statement. */
const CHUNK = 500;

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
    countFor(workerIds) {
      let n = 0;
      for (let i = 0; i < workerIds.length; i += CHUNK) {
        const ids = workerIds.slice(i, i + CHUNK);
        n += countOf(
          'visits',
          db.get(`SELECT count(*) AS n FROM visits WHERE worker_id IN (${placeholders(ids)})`, ids),
        );
      }
      return n;
    },
    eraseFor(workerId) {
      db.run('DELETE FROM visits WHERE worker_id = ?', [workerId]);
    },
  };
}
