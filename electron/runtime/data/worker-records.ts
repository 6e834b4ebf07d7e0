import type { KeyGroup, Outcome, ServiceKind } from '../../contract/desk';
import type { PayUnit } from '../../schema/job';
import type { Sex } from '../../schema/worker';

/** A worker as the desk's record starts from, before the ID number is masked. */
export interface DeskWorker {
  id: string;
  name: string;
  /** Already masked when the card was read at another terminal of the hall (hallWorkers.homeTerminal). */
  idNumber: string;
  sex: Sex;
  birthDate: string | null;
  verified: boolean;
  phone: string | null;
  shareWithEmployers: boolean;
  phoneToEmployers: boolean;
  registeredAt: string;
  lastSeenAt: string;
}

export interface ExpectedPay {
  amount: number;
  unit: PayUnit;
}

/** The desk's profile of a worker: what staff keep beyond the card, and its edit version. */
export interface DeskProfile {
  workerId: string;
  version: number;
  occupations: string[];
  expectedPay: ExpectedPay | null;
  districts: string[];
  notes: string;
  outcome: Outcome;
  outcomeJobId: string | null;
  outcomeEmployer: string | null;
  outcomeDate: string | null;
  outcomeViaStation: boolean | null;
  outcomeAt: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** Who did something at the desk, and from which terminal. */
export interface DeskActor {
  staffId: string | null;
  terminal: string;
}

/** One changed field for the record's history; values are kept as JSON. */
export interface ProfileChange extends DeskActor {
  workerId: string;
  field: string;
  oldValue: unknown;
  newValue: unknown;
  at: string;
}

/** The profile columns a desk edit may set, each left alone when undefined. */
export interface ProfileFields {
  occupations?: string[] | undefined;
  expectedPay?: ExpectedPay | null | undefined;
  districts?: string[] | undefined;
  notes?: string | undefined;
}

export interface OutcomeToSet {
  status: Outcome;
  jobId: string | null;
  employer: string | null;
  date: string | null;
  viaStation: boolean | null;
  at: string;
}

/** One entry of the 1131 service ledger. The id is the event id: it counts once. */
export interface NewService extends DeskActor {
  id: string;
  workerId: string;
  kind: ServiceKind;
  jobId: string | null;
  referralId: string | null;
  note: string;
  at: string;
  day: string;
}

export interface ServiceEntry {
  id: string;
  kind: ServiceKind;
  at: string;
  jobId: string | null;
  note: string;
  staffId: string | null;
  /** The referred job's title when the entry is a referral. */
  jobTitle: string | null;
}

export const followUpResults = ['reached', 'unreachable'] as const;
export type FollowUpResult = (typeof followUpResults)[number];

export interface NewFollowUp {
  id: string;
  workerId: string;
  day: string;
  result: FollowUpResult;
  note: string;
  nextDue: string | null;
  at: string;
  staffId: string | null;
}

export interface FollowUpEntry {
  id: string;
  day: string;
  result: FollowUpResult;
  note: string;
  nextDue: string | null;
  staffId: string | null;
}

export interface KeyGroupEntry {
  group: KeyGroup;
  confirmedBy: string | null;
  confirmedAt: string;
}

export interface ChangeEntry {
  field: string;
  at: string;
  staffId: string | null;
  terminal: string;
}

/** A worker still seeking, with their last follow-up, for the list of follow-ups due. */
export interface FollowUpCandidate {
  id: string;
  name: string;
  idNumber: string;
  registeredAt: string;
  lastDay: string | null;
  lastNextDue: string | null;
}

/**
 * The desk's record of a worker: profile and its version, key groups, the service ledger,
 * follow-ups and the history of edits. Referrals are their own repository.
 */
export interface WorkerRecordsRepository {
  worker(workerId: string): DeskWorker | undefined;
  /** A kiosk registration has no profile row yet; this makes one on first need and reads it. */
  ensureProfile(workerId: string): DeskProfile;
  /** The stored profile, undefined when none was made yet. */
  profile(workerId: string): DeskProfile | undefined;
  /** One more version of the profile, saved by this staff member (null: nobody signed in). */
  bumpVersion(workerId: string, at: string, staffId: string | null): void;
  recordChange(change: ProfileChange): void;
  /** Each field given, one after another: occupations, expected pay, districts, notes. */
  setProfileFields(workerId: string, fields: ProfileFields): void;
  /** Confirms a key group; confirming it again keeps the first confirmation. */
  addKeyGroup(workerId: string, group: KeyGroup, staffId: string | null, at: string): void;
  removeKeyGroup(workerId: string, group: KeyGroup): void;
  setOutcome(workerId: string, outcome: OutcomeToSet): void;
  /**
   * A hire through the station: employed at this job, one more version saved by `staffId`. Written
   * only when no outcome of employment was recorded before (the caller checks).
   */
  recordHire(
    workerId: string,
    hire: { jobId: string; employer: string | null; date: string; at: string; staffId: string | null },
  ): void;
  hasService(id: string): boolean;
  addService(service: NewService): void;
  addFollowUp(followUp: NewFollowUp): void;
  /** The worker's ledger, newest first. */
  services(workerId: string): ServiceEntry[];
  /** Newest first. */
  followUps(workerId: string): FollowUpEntry[];
  /** In the order they were confirmed. */
  keyGroups(workerId: string): KeyGroupEntry[];
  /** The last `limit` edits, newest first. */
  changes(workerId: string, limit: number): ChangeEntry[];
  /** Every worker still seeking (or with no profile), with their last follow-up. */
  followUpCandidates(): FollowUpCandidate[];
}
