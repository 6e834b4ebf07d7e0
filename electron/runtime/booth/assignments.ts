import type { BoothAssignmentView, MethodParsed } from '../../api';
import type { CallContext } from '../../dispatcher';
import { ApiFailure } from '../api-error';
import { employerIdFor } from '../desk/desk-jobs';
import { staffIdOf } from '../desk/desk-write';
import type { Db } from '../store/db';
import { localDay } from '../workers/repository';

/** Today's employer at a booth, as every booth method starts from it. */
export interface Assignment {
  booth: number;
  day: string;
  employerId: string;
  employerName: string;
  agency: boolean;
  assignedAt: string;
}

interface AssignmentRow {
  booth: number;
  day: string;
  employer_id: string;
  name: string;
  agency: number;
  assigned_at: string;
}

const SELECT = `SELECT a.booth, a.day, a.employer_id, p.name, p.agency, a.assigned_at
  FROM booth_assignments a JOIN employer_profiles p ON p.employer_id = a.employer_id`;

const toAssignment = (r: AssignmentRow): Assignment => ({
  booth: Number(r.booth),
  day: r.day,
  employerId: r.employer_id,
  employerName: r.name,
  agency: r.agency === 1,
  assignedAt: r.assigned_at,
});

export const toView = (a: Assignment): BoothAssignmentView => ({
  booth: a.booth,
  day: a.day,
  employerId: a.employerId,
  employerName: a.employerName,
  assignedAt: a.assignedAt,
});

export function assignmentAt(db: Db, booth: number, day: string): Assignment | undefined {
  const r = db.get<AssignmentRow>(`${SELECT} WHERE a.booth = ? AND a.day = ?`, [booth, day]);
  return r && toAssignment(r);
}

export function assignmentsOn(db: Db, day: string): Assignment[] {
  return db.all<AssignmentRow>(`${SELECT} WHERE a.day = ? ORDER BY a.booth`, [day]).map(toAssignment);
}

/** The booths an employer holds on a day (a large company may take two). */
export function boothsOf(db: Db, employerId: string, day: string): number[] {
  return db
    .all<{ booth: number }>('SELECT booth FROM booth_assignments WHERE employer_id = ? AND day = ?', [
      employerId,
      day,
    ])
    .map((r) => Number(r.booth));
}

/** The booth number of a booth caller: only ever the one its token was paired with. */
export function callerBooth(caller: CallContext): number {
  if (caller.role !== 'booth' || caller.booth === undefined)
    throw new ApiFailure('forbidden', '这台设备没有配对摊位号，请到前台重新配对');
  return caller.booth;
}

/** Today's employer at the caller's booth; a booth sees nothing of any other. */
export function employerAtBooth(db: Db, caller: CallContext, now: Date): Assignment {
  const a = assignmentAt(db, callerBooth(caller), localDay(now));
  if (!a) throw new ApiFailure('not_found', '今天这个摊位还没有分配给招聘单位，请联系前台工作人员');
  return a;
}

/**
 * Staff give booth N to an employer for a day. An employer the station already knows (by id, from
 * its postings) keeps its profile; a new one starts with the name staff typed.
 */
export function assignBooth(
  db: Db,
  input: MethodParsed<'booth.assign'>,
  caller: CallContext,
  now: Date,
): Assignment {
  const today = localDay(now);
  const day = input.day ?? today;
  if (day < today) throw new ApiFailure('invalid_input', '不能给已经过去的日期分配摊位');
  const employerId = input.employer.id ?? employerIdFor(input.employer.name);
  const at = now.toISOString();
  db.run(
    `INSERT INTO employer_profiles (employer_id, name, agency, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(employer_id) DO UPDATE SET agency = excluded.agency`,
    [employerId, input.employer.name, input.employer.agency ? 1 : 0, at, caller.terminal],
  );
  db.run(
    `INSERT INTO booth_assignments (booth, day, employer_id, assigned_by, assigned_at, terminal)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(booth, day) DO UPDATE SET employer_id = excluded.employer_id,
       assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at, terminal = excluded.terminal`,
    [input.booth, day, employerId, staffIdOf(caller), at, caller.terminal],
  );
  return assignmentAt(db, input.booth, day)!;
}

export function unassignBooth(db: Db, booth: number, day: string): boolean {
  const had = db.get('SELECT 1 AS x FROM booth_assignments WHERE booth = ? AND day = ?', [booth, day]);
  if (had) db.run('DELETE FROM booth_assignments WHERE booth = ? AND day = ?', [booth, day]);
  return had !== undefined;
}
