import type { BoothAssignmentView, BoothSummary, PairedTerminal } from '../../electron/api';

/** One booth on the desk's page: who holds it on the day, what is paired to it and, today, how busy it is. */
export interface BoothRow {
  booth: number;
  assignment: BoothAssignmentView | null;
  /** Today only: the employer's postings shown in the hall, and people at the booth with no outcome yet. */
  openJobs: number | null;
  interviewing: number | null;
  tablets: number;
  screens: number;
}

/**
 * Booths held on the day, and booths with a device paired but nobody assigned yet (a tablet set up
 * in the morning before the employer arrives), in booth order.
 */
export function boothRows(
  assignments: BoothAssignmentView[],
  today: BoothSummary[] | null,
  terminals: PairedTerminal[],
): BoothRow[] {
  const rows = new Map<number, BoothRow>();
  const row = (booth: number): BoothRow => {
    let r = rows.get(booth);
    if (!r) {
      r = { booth, assignment: null, openJobs: null, interviewing: null, tablets: 0, screens: 0 };
      rows.set(booth, r);
    }
    return r;
  };
  for (const a of assignments) row(a.booth).assignment = a;
  for (const s of today ?? []) {
    const r = rows.get(s.booth);
    if (!r) continue;
    r.openJobs = s.openJobs;
    r.interviewing = s.interviewing;
  }
  for (const d of terminals) {
    if (d.revokedAt !== null || d.booth === null) continue;
    if (d.role === 'booth') row(d.booth).tablets++;
    else if (d.role === 'screen') row(d.booth).screens++;
  }
  return [...rows.values()].sort((a, b) => a.booth - b.booth);
}
