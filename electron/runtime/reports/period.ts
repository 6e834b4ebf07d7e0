import type { MethodParsed } from '../../api';
import { ApiFailure } from '../api-error';
import { addDays, daysBetween } from '../desk/follow-up-rule';
import { localDay } from '../workers/repository';

export interface DayRange {
  from: string;
  to: string;
}

/** today; this week from Monday; this month from the 1st; or the given days. Both ends included. */
export function rangeOf(input: MethodParsed<'reports.summary'>, now: Date): DayRange {
  const today = localDay(now);
  if (input.from && input.to) {
    if (daysBetween(input.from, input.to) > 366 * 3)
      throw new ApiFailure('invalid_input', '时间范围最长三年');
    return { from: input.from, to: input.to };
  }
  switch (input.period) {
    case 'week':
      return { from: addDays(today, -((now.getDay() + 6) % 7)), to: today };
    case 'month':
      return { from: `${today.slice(0, 8)}01`, to: today };
    default:
      return { from: today, to: today };
  }
}
