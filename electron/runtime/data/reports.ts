import type { KeyGroup, Outcome, ServiceKind } from '../../contract/desk';
import type { Sex } from '../../schema/worker';

/** The figures of the station's report, each one statement over the desk's ledger. */
export const figureKeys = [
  'registrations',
  'returningVisits',
  'served',
  'services',
  'referrals',
  'placements',
  'placementsViaStation',
  'complete1131',
  'followUps',
  'employerReports',
] as const;
export type FigureKey = (typeof figureKeys)[number];

/**
 * A range of station days: `from` and `to` compare with `day` columns, `fromAt` (inclusive) and
 * `toAt` (exclusive) are its first instant and the first instant after it, for `at` columns.
 */
export interface ReportRange {
  from: string;
  to: string;
  fromAt: string;
  toAt: string;
}

/** The four columns of a breakdown row, for one set of workers. */
export interface BreakdownCounts {
  registrations: number;
  served: number;
  referrals: number;
  placements: number;
}

/** A worker on the 求职者登记台账, with their profile as it stands. */
export interface LedgerWorker {
  id: string;
  name: string;
  /** Masked for a person whose card was read at another terminal: the hub never holds that number. */
  idNumber: string;
  sex: Sex;
  birthDate: string | null;
  phone: string | null;
  registeredAt: string;
  /** Empty when the worker has no desk profile. */
  occupations: string[];
  /** Null when the worker has no desk profile. */
  outcome: Outcome | null;
  outcomeEmployer: string | null;
  outcomeDate: string | null;
  outcomeViaStation: boolean | null;
}

export interface LedgerService {
  kind: ServiceKind;
  day: string;
  /** The referred job's title when the entry is a referral. */
  jobTitle: string | null;
}

/**
 * The read models of the reports and today's figures: counts and ledger rows over the desk's
 * tables, read only. People and events are counted with DISTINCT, so a duplicate delivery counts once.
 */
export interface ReportsRepository {
  figure(key: FigureKey, range: ReportRange): number;
  /** The breakdown row of the workers staff confirmed in this key group. */
  byKeyGroup(group: KeyGroup, range: ReportRange): BreakdownCounts;
  /** The breakdown row of the seekers who named this occupation among their intentions. */
  bySeekerOccupation(code: string, range: ReportRange): BreakdownCounts;
  /** Occupations of referrals active in the range, and every occupation seekers named. */
  occupations(range: ReportRange): string[];
  /** Referrals made in the range to jobs of this occupation. */
  referralsToOccupation(code: string, range: ReportRange): number;
  /** Workers hired in the range into jobs of this occupation. */
  hiresInOccupation(code: string, range: ReportRange): number;
  /** Workers who registered, came back, were served or followed up in the range, in order of registration. */
  ledgerWorkers(range: Pick<ReportRange, 'from' | 'to'>): LedgerWorker[];
  /** The worker's services up to `to`, oldest first. */
  ledgerServices(workerId: string, to: string): LedgerService[];
  /** The worker's key groups, by name. */
  keyGroupsOf(workerId: string): KeyGroup[];
}
