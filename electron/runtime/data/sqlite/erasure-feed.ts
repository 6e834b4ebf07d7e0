import type { Db } from '../../store/db';
import { erasureReasons } from '../../sync/protocol';
import type { ErasureFeedRepository } from '../erasure-feed';
import { reader } from '../rows';

export function sqliteErasureFeed(db: Db): ErasureFeedRepository {
  return {
    add(e) {
      db.run('INSERT INTO erasure_feed (id_hash, worker_id, reason) VALUES (?, ?, ?)', [
        e.idHash,
        e.workerId,
        e.reason,
      ]);
    },
    after: (after, limit) =>
      db
        .all('SELECT seq, id_hash, worker_id, reason FROM erasure_feed WHERE seq > ? ORDER BY seq LIMIT ?', [
          after,
          limit,
        ])
        .map((row) => {
          const r = reader('erasure_feed', row);
          return {
            seq: r.int('seq'),
            idHash: r.text('id_hash'),
            workerId: r.text('worker_id'),
            reason: r.oneOf('reason', erasureReasons),
          };
        }),
    top() {
      const row = db.get('SELECT coalesce(max(seq), 0) AS n FROM erasure_feed');
      return row ? reader('erasure_feed', row).int('n') : 0;
    },
  };
}
