import type { Outcome } from '../../api';

const DAY = 86_400_000;

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/**
 * When a worker is next due a follow-up: monthly (by default) from the last contact or registration,
 * unless staff set a date; never once they are employed or no longer seeking.
 */
export function nextFollowUp(w: {
  outcome: Outcome;
  registeredDay: string;
  lastFollowUpDay: string | null;
  lastFollowUpNextDue: string | null;
  intervalDays: number;
}): string | null {
  if (w.outcome !== 'seeking') return null;
  if (w.lastFollowUpNextDue) return w.lastFollowUpNextDue;
  return addDays(w.lastFollowUpDay ?? w.registeredDay, w.intervalDays);
}
