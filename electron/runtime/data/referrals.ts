import type { ReferralStatus } from '../../contract/desk';

/** Referrals of workers to jobs (the 1131 ledger's 推荐), each moving through its statuses. */
export interface ReferralsRepository {
  /** Where a referral stands, and the version an edit of it must name. */
  state(referralId: string): { status: ReferralStatus; version: number } | undefined;
  /** The status of the worker's last updated referral to this job, open or settled. */
  latestStatus(workerId: string, jobId: string): ReferralStatus | undefined;
}
