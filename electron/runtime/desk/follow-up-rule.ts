import type { Outcome } from '../../api';
import { addDays } from '../clock/station-day';

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
