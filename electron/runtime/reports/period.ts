import type { MethodParsed } from '../../api';
import { ApiFailure } from '../api-error';
import { addDays, daysBetween, daysSinceMonday } from '../clock/station-day';

export interface DayRange {
  from: string;
  to: string;
}

/**
 * today; this week from Monday; this month from the 1st; or the given days. Both ends included.
 * `today` is the station's day (clock.today()).
 */
export function rangeOf(input: MethodParsed<'reports.summary'>, today: string): DayRange {
  if (input.from && input.to) {
    if (daysBetween(input.from, input.to) > 366 * 3)
      throw new ApiFailure('invalid_input', '时间范围最长三年');
    return { from: input.from, to: input.to };
  }
  switch (input.period) {
    case 'week':
      return { from: addDays(today, -daysSinceMonday(today)), to: today };
    case 'month':
      return { from: `${today.slice(0, 8)}01`, to: today };
    default:
      return { from: today, to: today };
  }
}
