import { randomUUID } from 'node:crypto';
import type { Notice } from '../../../api';
import type { Db } from '../../store/db';
import type { NoticesRepository } from '../notices';
import { reader, type Row } from '../rows';

const COLUMNS = 'id, text, from_day, until_day';

function notice(row: Row): Notice {
  const r = reader('station_notices', row);
  return {
    id: r.text('id'),
    text: r.text('text'),
    fromDay: r.text('from_day'),
    untilDay: r.text('until_day'),
  };
}

export function sqliteNotices(db: Db): NoticesRepository {
  return {
    shownOn: (day) =>
      db
        .all(
          `SELECT ${COLUMNS} FROM station_notices
            WHERE removed_at IS NULL AND from_day <= ? AND until_day >= ? ORDER BY created_at, id`,
          [day, day],
        )
        .map(notice),
    from: (day) =>
      db
        .all(
          `SELECT ${COLUMNS} FROM station_notices
            WHERE removed_at IS NULL AND until_day >= ? ORDER BY from_day, created_at, id`,
          [day],
        )
        .map(notice),
    insert(n) {
      const id = randomUUID();
      db.run(
        'INSERT INTO station_notices (id, text, from_day, until_day, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)',
        [id, n.text, n.fromDay, n.untilDay, n.at.toISOString(), n.by],
      );
      return id;
    },
    remove(id, at) {
      const live = db.get('SELECT 1 AS x FROM station_notices WHERE id = ? AND removed_at IS NULL', [id]);
      if (live) db.run('UPDATE station_notices SET removed_at = ? WHERE id = ?', [at.toISOString(), id]);
      return live !== undefined;
    },
  };
}
