import { randomUUID } from 'node:crypto';
import type { MethodParsed, Notice } from '../../api';
import type { CallContext } from '../../dispatcher';
import { ApiFailure } from '../api-error';
import { staffIdOf } from '../desk/desk-write';
import type { Db } from '../store/db';
import { localDay } from '../workers/repository';

interface NoticeRow {
  id: string;
  text: string;
  from_day: string;
  until_day: string;
}

const toNotice = (r: NoticeRow): Notice => ({
  id: r.id,
  text: r.text,
  fromDay: r.from_day,
  untilDay: r.until_day,
});

/** At most this many at once: the screen has room for them, and staff keep the list short. */
export const MAX_NOTICES = 20;

/** Notices shown on a day, oldest first (the order staff put them up). */
export function noticesOn(db: Db, day: string): Notice[] {
  return db
    .all<NoticeRow>(
      `SELECT id, text, from_day, until_day FROM station_notices
        WHERE removed_at IS NULL AND from_day <= ? AND until_day >= ? ORDER BY created_at, id`,
      [day, day],
    )
    .map(toNotice);
}

/** Today's and upcoming notices, for staff. */
export function noticesFrom(db: Db, day: string): Notice[] {
  return db
    .all<NoticeRow>(
      `SELECT id, text, from_day, until_day FROM station_notices
        WHERE removed_at IS NULL AND until_day >= ? ORDER BY from_day, created_at, id`,
      [day],
    )
    .map(toNotice);
}

export function postNotice(
  db: Db,
  input: MethodParsed<'notices.post'>,
  caller: CallContext,
  now: Date,
): Notice {
  const today = localDay(now);
  const fromDay = input.fromDay ?? today;
  const untilDay = input.untilDay ?? fromDay;
  if (untilDay < today) throw new ApiFailure('invalid_input', '结束日期已经过去');
  if (noticesFrom(db, today).length >= MAX_NOTICES)
    throw new ApiFailure('conflict', `通知最多${MAX_NOTICES}条，请先撤下旧的`);
  const id = randomUUID();
  db.run(
    'INSERT INTO station_notices (id, text, from_day, until_day, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)',
    [id, input.text, fromDay, untilDay, now.toISOString(), staffIdOf(caller)],
  );
  return { id, text: input.text, fromDay, untilDay };
}

export function removeNotice(db: Db, id: string, now: Date): boolean {
  const live = db.get('SELECT 1 AS x FROM station_notices WHERE id = ? AND removed_at IS NULL', [id]);
  if (live) db.run('UPDATE station_notices SET removed_at = ? WHERE id = ?', [now.toISOString(), id]);
  return live !== undefined;
}
