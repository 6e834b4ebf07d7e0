import type { AgreedPay, BoothOutcome } from '../../contract/booth';

/** 录用 / 未录用 / 待定 as the employer recorded it at the booth, with the referral it moved. */
export interface NewBoothOutcome {
  booth: number;
  day: string;
  employerId: string;
  workerId: string;
  jobId: string;
  referralId: string;
  outcome: BoothOutcome;
  startDate: string | null;
  agreedPay: AgreedPay | null;
  note: string;
  at: Date;
  terminal: string;
}

/** An outcome as the booth shows it beside the person. */
export interface BoothOutcomeRecord {
  workerId: string;
  jobId: string;
  /** Null when the job is no longer cached. */
  jobTitle: string | null;
  outcome: BoothOutcome;
  startDate: string | null;
  agreedPay: AgreedPay | null;
  at: string;
}

export interface BoothOutcomesRepository {
  record(outcome: NewBoothOutcome): void;
  /** The employer's outcomes for these people, newest first. */
  ofWorkers(employerId: string, workerIds: readonly string[]): BoothOutcomeRecord[];
}
