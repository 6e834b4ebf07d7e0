import type { MethodParsed, Notice } from '../../api';
import type { CallContext } from '../../dispatcher';
import { ApiFailure } from '../api-error';
import type { Repositories } from '../data/repositories';
import { staffIdOf } from '../desk/desk-write';

/** At most this many at once: the screen has room for them, and staff keep the list short. */
export const MAX_NOTICES = 20;

export function postNotice(
  tx: Repositories,
  input: MethodParsed<'notices.post'>,
  caller: CallContext,
  now: Date,
  /** The station's day of `now`. */
  today: string,
): Notice {
  const fromDay = input.fromDay ?? today;
  const untilDay = input.untilDay ?? fromDay;
  if (untilDay < today) throw new ApiFailure('invalid_input', '结束日期已经过去');
  if (tx.notices.from(today).length >= MAX_NOTICES)
    throw new ApiFailure('conflict', `通知最多${MAX_NOTICES}条，请先撤下旧的`);
  const id = tx.notices.insert({ text: input.text, fromDay, untilDay, at: now, by: staffIdOf(caller) });
  return { id, text: input.text, fromDay, untilDay };
}
