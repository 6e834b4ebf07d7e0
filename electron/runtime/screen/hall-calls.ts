import type { HallCall } from '../../api';
import type { Repositories } from '../data/repositories';

/** Today's latest calls for the hall: queue tickets to windows and people to booths, newest first. */
export function hallCalls(tx: Repositories, day: string, limit: number): HallCall[] {
  const queue = tx.queue
    .callsOn(day, limit)
    .map((c): HallCall => ({ kind: 'queue', label: c.ticket, place: c.window ?? '', at: c.calledAt }));
  const booths = tx.boothVisits
    .callsOn(day, limit)
    .map((c): HallCall => ({ kind: 'booth', label: c.label ?? '', place: String(c.booth), at: c.at }));
  return [...queue, ...booths].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, limit);
}
