import type { DueFollowUp } from '../../api';
import type { Db } from '../store/db';
import { maskIdNumber } from '../workers/masking';
import { daysBetween, type StationClock } from '../clock/station-day';
import { nextFollowUp } from './follow-up-rule';

/** Workers still seeking whose follow-up is due today or overdue, most overdue first. */
export function dueFollowUps(
  db: Db,
  clock: Pick<StationClock, 'today' | 'dayOf'>,
  intervalDays: number,
  limit: number,
): DueFollowUp[] {
  const today = clock.today();
  const rows = db.all<{
    id: string;
    name: string;
    id_number: string;
    registered_at: string;
    last_day: string | null;
    last_next: string | null;
  }>(
    `SELECT w.id, w.name, w.id_number, w.registered_at,
            (SELECT f.day FROM follow_ups f WHERE f.worker_id = w.id ORDER BY f.at DESC, f.rowid DESC LIMIT 1) AS last_day,
            (SELECT f.next_due FROM follow_ups f WHERE f.worker_id = w.id ORDER BY f.at DESC, f.rowid DESC LIMIT 1) AS last_next
       FROM workers w LEFT JOIN worker_profiles p ON p.worker_id = w.id
      WHERE coalesce(p.outcome, 'seeking') = 'seeking'`,
  );
  const due: DueFollowUp[] = [];
  for (const r of rows) {
    const day = nextFollowUp({
      outcome: 'seeking',
      registeredDay: clock.dayOf(r.registered_at),
      lastFollowUpDay: r.last_day,
      lastFollowUpNextDue: r.last_next,
      intervalDays,
    });
    if (!day || day > today) continue;
    due.push({
      workerId: r.id,
      name: r.name,
      maskedIdNumber: maskIdNumber(r.id_number),
      dueDay: day,
      overdueDays: daysBetween(day, today),
      lastContact: r.last_day,
    });
  }
  return due
    .sort((a, b) => a.dueDay.localeCompare(b.dueDay) || a.workerId.localeCompare(b.workerId))
    .slice(0, limit);
}
