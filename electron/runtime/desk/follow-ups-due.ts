import type { DueFollowUp } from '../../api';
import type { Repositories } from '../data/repositories';
import { maskIdNumber } from '../workers/masking';
import { daysBetween, type StationClock } from '../clock/station-day';
import { nextFollowUp } from './follow-up-rule';

/** Workers still seeking whose follow-up is due today or overdue, most overdue first. */
export function dueFollowUps(
  tx: Repositories,
  clock: Pick<StationClock, 'today' | 'dayOf'>,
  intervalDays: number,
  limit: number,
): DueFollowUp[] {
  const today = clock.today();
  const due: DueFollowUp[] = [];
  for (const r of tx.workerRecords.followUpCandidates()) {
    const day = nextFollowUp({
      outcome: 'seeking',
      registeredDay: clock.dayOf(r.registeredAt),
      lastFollowUpDay: r.lastDay,
      lastFollowUpNextDue: r.lastNextDue,
      intervalDays,
    });
    if (!day || day > today) continue;
    due.push({
      workerId: r.id,
      name: r.name,
      maskedIdNumber: maskIdNumber(r.idNumber),
      dueDay: day,
      overdueDays: daysBetween(day, today),
      lastContact: r.lastDay,
    });
  }
  return due
    .sort((a, b) => a.dueDay.localeCompare(b.dueDay) || a.workerId.localeCompare(b.workerId))
    .slice(0, limit);
}
