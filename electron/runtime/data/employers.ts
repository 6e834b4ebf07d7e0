import type { EmployerReportKind } from '../../contract/desk';

/** A worker's report against an employer (unpaid wages, sent home early, …). */
export interface NewEmployerReport {
  id: string;
  employerId: string;
  workerId: string;
  jobId: string | null;
  kind: EmployerReportKind;
  note: string;
  at: string;
  staffId: string | null;
}

/** What the station has heard of an employer, as counts: reports by kind and referrals' results. */
export interface EmployerTally {
  reports: { kind: EmployerReportKind; count: number; lastAt: string }[];
  referrals: number;
  hires: number;
  /** No-shows on the employer's side. */
  noShows: number;
}

/** The desk's employer records: workers' reports, and what referrals to the employer came to. */
export interface EmployersRepository {
  addReport(report: NewEmployerReport): void;
  tally(employerId: string): EmployerTally;
  /**
   * What matching weighs, for many employers in one query (every employer when `employerIds` is
   * null): wage disputes (unpaid wages, sent home early) and no-shows on the employer's side; the
   * same counts as `tally`. Employers with neither are absent.
   */
  reliability(employerIds: readonly string[] | null): Map<string, { disputes: number; noShows: number }>;
}
