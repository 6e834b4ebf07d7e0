import type { PayUnit } from '../../schema/job';

/** A person as the booth's screens start from, before anything is masked or left out. */
export interface BoothPerson {
  id: string;
  name: string;
  birthDate: string | null;
  phone: string | null;
  /** Agreed at registration to be shown to employers. */
  sharesWithEmployers: boolean;
  /** Ticked, at registration, that employers who may see them see their phone too. */
  phoneToEmployers: boolean;
  /** The desk's trades (staff may have corrected them); empty when none are recorded. */
  occupations: string[];
  /** The desk's expected pay, null when none is recorded. */
  expectedPay: { amount: number; unit: PayUnit } | null;
  /** The kiosk wizard's answers, as far as they read; empty before the wizard. */
  answers: { occupations?: string[]; certificates?: string[]; expectedDailyPay?: number };
}

/** A person the booth may be shown because they agreed to it, for matching against its jobs. */
export interface SharingSeeker extends BoothPerson {
  lastSeenAt: string;
  /** Came into the hall on the day asked about. */
  inHall: boolean;
}

export interface ApplicationToEmployer {
  workerId: string;
  jobId: string;
  /** The title as the person saw it when applying. */
  jobTitle: string;
  at: string;
}

/**
 * What a booth reads of people: their records, applications to its employer and their coming into
 * the hall, joined the way the booth's screens need them. An application is a referral the person
 * applied for (报名 at a kiosk or at the desk; `referrals.applied_at`). It only reads; those records
 * are written by their own repositories.
 */
export interface BoothPeopleRepository {
  /** Applied to this employer's jobs, or agreed to be shown to employers. */
  mayShow(employerId: string, workerId: string): boolean;
  people(workerIds: readonly string[]): BoothPerson[];
  /**
   * People who agreed to be shown to employers and are not known to have stopped seeking work,
   * most recently seen first.
   */
  sharingSeekers(day: string, limit: number): SharingSeeker[];
  /** These people's applications to the employer, newest first. */
  applicationsTo(employerId: string, workerIds: readonly string[]): ApplicationToEmployer[];
  /** Everyone who applied to the employer's jobs, latest application first. */
  applicants(employerId: string, limit: number): string[];
  /** Which of these people came into the hall on the day. */
  inHall(day: string, workerIds: readonly string[]): Set<string>;
  /** Whose application a kiosk slip names, and to which employer. */
  slip(applicationId: string): { workerId: string; employerId: string } | undefined;
  /** The version of the person's record that `worker.updated` carries; undefined before it has one. */
  recordVersion(workerId: string): number | undefined;
}
