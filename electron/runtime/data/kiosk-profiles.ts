import type { KioskAnswers, KioskPay } from '../../contract/kiosk';

/** The wizard's answers as stored on the profile: the phone lives on the worker's record instead. */
export type StoredAnswers = Omit<KioskAnswers, 'phone'>;

/** The answers, and what of them the desk's profile columns show (trades, expected pay, districts). */
export interface AnswersToSave {
  answers: StoredAnswers;
  occupations: string[];
  /** In the unit she stated it (the desk shows it so). */
  expectedPay: KioskPay | null;
  districts: string[];
  /** ISO instant. */
  at: string;
}

/** What a seeker who answered the wizard expects to earn, and in which trades. */
export interface PayExpectation {
  occupations: string[];
  /** 元 per day. */
  expectedDailyPay: number;
}

export interface KioskProfilesRepository {
  /** Null for a worker who has not answered the wizard yet. */
  answers(workerId: string): StoredAnswers | null;
  /** Creates the profile row, or overwrites its answers and the columns derived from them. */
  saveAnswers(workerId: string, save: AnswersToSave): void;
  /** The answers alone, as the desk's edit of the same wishes rewrites them. */
  replaceAnswers(workerId: string, answers: StoredAnswers): void;
  /**
   * Every answered wizard that names trades and a daily pay, of a person still seeking whose profile
   * changed at or after `since` (ISO instant): the seekers' side of the market figures.
   */
  payExpectations(since: string): PayExpectation[];
}
