import type { noShowSides, ReferralStatus } from '../../contract/desk';
import type { DeskActor } from './worker-records';

/** The service ledger's entry of a referral (its 职业介绍): one per referral, named after it. */
export const referralEntryId = (referralId: string) => `ref-${referralId}`;

/** Who did not show up, for a no-show. */
export type NoShowSide = (typeof noShowSides)[number];

/** A referral as the desk's record lists it. */
export interface ReferralEntry {
  id: string;
  jobId: string;
  jobTitle: string;
  employerId: string;
  employerName: string;
  status: ReferralStatus;
  side: NoShowSide | null;
  reason: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A step a referral took, for its history: the first one is where it was opened. */
export interface ReferralStep {
  referralId: string;
  status: ReferralStatus;
  at: string;
  reason: string;
  staffId: string | null;
  terminal: string;
}

/**
 * A new referral, copied from the job as it stood (title, employer, occupation): 已报名 when the
 * person applied (at a kiosk, or at the desk), 已推荐 when the station introduced them. Who opened it
 * and where are its first step's.
 */
export interface NewReferral extends DeskActor {
  id: string;
  workerId: string;
  jobId: string;
  employerId: string;
  jobTitle: string;
  employerName: string;
  occupation: string;
  status: 'applied' | 'referred';
  at: string;
  /** The station's day of `at`. */
  day: string;
}

export interface NewReferralEvent extends DeskActor {
  referralId: string;
  status: ReferralStatus;
  side: NoShowSide | null;
  reason: string;
  at: string;
  day: string;
}

/** What a step of a referral checks and whom it concerns. */
export interface ReferralToMove {
  status: ReferralStatus;
  version: number;
  jobId: string;
  workerId: string;
  employerId: string;
}

/** Referrals of workers to jobs (the 1131 ledger's 推荐), each moving through its statuses. */
export interface ReferralsRepository {
  /** Where a referral stands, and the version an edit of it must name. */
  state(referralId: string): { status: ReferralStatus; version: number } | undefined;
  /** The status of the worker's last updated referral to this job, open or settled. */
  latestStatus(workerId: string, jobId: string): ReferralStatus | undefined;
  /** The referral of this worker to this job that has no result yet, if any. */
  openOf(
    workerId: string,
    jobId: string,
  ): { id: string; status: ReferralStatus; version: number } | undefined;
  workerOf(referralId: string): string | undefined;
  toMove(referralId: string): ReferralToMove | undefined;
  /**
   * Writes a referral with its first step and its 职业介绍 entry in the service ledger (id
   * `ref-<referral id>`): every referral is one 职业介绍, and nothing else is. The checklist, the
   * reports and the hall's screen count those entries.
   */
  open(referral: NewReferral): void;
  /** The person applied (报名) for a job the station had already referred them to. */
  markApplied(referralId: string, at: string): void;
  /** One more version: the new status (a side only for a no-show), with its reason. */
  move(
    referralId: string,
    step: { status: ReferralStatus; side: NoShowSide | null; reason: string; at: string },
  ): void;
  addEvent(event: NewReferralEvent): void;
  /** The worker's referrals, newest first. */
  forWorker(workerId: string): ReferralEntry[];
  /** Every step of the worker's referrals, oldest first. */
  stepsOfWorker(workerId: string): ReferralStep[];
}
