import type { Db } from '../../store/db';
import type { HallWorkersRepository } from '../hall-workers';
import { reader } from '../rows';

export function sqliteHallWorkers(db: Db): HallWorkersRepository {
  return {
    byHash(idHash) {
      const row = db.get(
        'SELECT worker_id, share_with_employers AS share, registered_at FROM hall_workers WHERE id_hash = ?',
        [idHash],
      );
      if (!row) return undefined;
      const r = reader('hall_workers', row);
      return {
        workerId: r.text('worker_id'),
        shareWithEmployers: r.bool('share'),
        registeredAt: r.text('registered_at'),
      };
    },
    remember(h) {
      db.run(
        `INSERT OR IGNORE INTO hall_workers (id_hash, worker_id, share_with_employers, registered_at, terminal)
         VALUES (?, ?, ?, ?, ?)`,
        [h.idHash, h.workerId, h.shareWithEmployers ? 1 : 0, h.registeredAt, h.terminal],
      );
    },
    forget(workerId) {
      db.run('DELETE FROM hall_workers WHERE worker_id = ?', [workerId]);
    },
    forgetAll() {
      db.run('DELETE FROM hall_workers');
    },
  };
}
