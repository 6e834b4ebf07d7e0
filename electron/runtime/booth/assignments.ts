import type { BoothAssignmentView, MethodParsed } from '../../api';
import type { CallContext } from '../../dispatcher';
import { ApiFailure } from '../api-error';
import { employerIdFor } from '../desk/desk-jobs';
import { staffIdOf } from '../desk/desk-write';
import type { Assignment } from '../data/booths';
import type { Repositories } from '../data/repositories';

export const toView = (a: Assignment): BoothAssignmentView => ({
  booth: a.booth,
  day: a.day,
  employerId: a.employerId,
  employerName: a.employerName,
  assignedAt: a.assignedAt,
});

/** The booth number of a booth caller: only ever the one its token was paired with. */
export function callerBooth(caller: CallContext): number {
  if (caller.role !== 'booth' || caller.booth === undefined)
    throw new ApiFailure('forbidden', '这台设备没有配对摊位号，请到前台重新配对');
  return caller.booth;
}

/** Today's employer at the caller's booth; a booth sees nothing of any other. */
export function employerAtBooth(tx: Repositories, caller: CallContext, today: string): Assignment {
  const a = tx.booths.at(callerBooth(caller), today);
  if (!a) throw new ApiFailure('not_found', '今天这个摊位还没有分配给招聘单位，请联系前台工作人员');
  return a;
}

/**
 * Staff give booth N to an employer for a day. An employer the station already knows (by id, from
 * its postings) keeps its profile; a new one starts with the name staff typed.
 */
export function assignBooth(
  tx: Repositories,
  input: MethodParsed<'booth.assign'>,
  caller: CallContext,
  now: Date,
  /** The station's day of `now`. */
  today: string,
): Assignment {
  const day = input.day ?? today;
  if (day < today) throw new ApiFailure('invalid_input', '不能给已经过去的日期分配摊位');
  const employerId = input.employer.id ?? employerIdFor(input.employer.name);
  tx.employerProfiles.enrol({
    employerId,
    name: input.employer.name,
    agency: input.employer.agency,
    at: now,
    terminal: caller.terminal,
  });
  tx.booths.assign({
    booth: input.booth,
    day,
    employerId,
    by: staffIdOf(caller),
    at: now,
    terminal: caller.terminal,
  });
  return tx.booths.at(input.booth, day)!;
}
