import type { HallCall } from '../../api';
import type { Db } from '../store/db';

/** Today's latest calls for the hall: queue tickets to windows and people to booths, newest first. */
export function hallCalls(db: Db, day: string, limit: number): HallCall[] {
  const queue = db
    .all<{ ticket: string; window: string | null; called_at: string }>(
      `SELECT ticket, window, called_at FROM queue_tickets
        WHERE day = ? AND called_at IS NOT NULL ORDER BY called_at DESC, rowid DESC LIMIT ?`,
      [day, limit],
    )
    .map((r): HallCall => ({ kind: 'queue', label: r.ticket, place: r.window ?? '', at: r.called_at }));
  const booths = db
    .all<{ booth: number; label: string | null; at: string }>(
      `SELECT booth, label, at FROM booth_visits WHERE day = ? AND kind = 'called' ORDER BY at DESC, rowid DESC LIMIT ?`,
      [day, limit],
    )
    .map((r): HallCall => ({ kind: 'booth', label: r.label ?? '', place: String(r.booth), at: r.at }));
  return [...queue, ...booths].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, limit);
}
