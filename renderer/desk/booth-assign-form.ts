import type { BoothAssignmentView, MethodInput } from '../../electron/api';

/** What staff type to give a booth to an employer for a day, as typed. */
export interface AssignForm {
  booth: string;
  employerName: string;
  /** Set when staff picked an employer the station knows from its postings; its profile is kept. */
  employerId: string | null;
  agency: boolean;
  day: string;
}

export const emptyAssignForm = (day: string): AssignForm => ({
  booth: '',
  employerName: '',
  employerId: null,
  agency: false,
  day,
});

/** The call as typed: the station checks the booth number, the name and the date, and says what is wrong. */
export function assignInputOf(form: AssignForm): MethodInput<'booth.assign'> {
  const name = form.employerName.trim();
  return {
    booth: form.booth.trim() === '' ? Number.NaN : Number(form.booth),
    day: form.day,
    employer: { ...(form.employerId ? { id: form.employerId } : {}), name, agency: form.agency },
  };
}

/** The assignment this one would replace: the booth already held that day by someone else. */
export function replacedBy(
  held: BoothAssignmentView[],
  input: MethodInput<'booth.assign'>,
): BoothAssignmentView | null {
  const a = held.find((h) => h.booth === input.booth);
  if (!a) return null;
  const same = input.employer.id
    ? a.employerId === input.employer.id
    : a.employerName === input.employer.name;
  return same ? null : a;
}
