export const boothVisitKinds = ['called', 'identified'] as const;
export type BoothVisitKind = (typeof boothVisitKinds)[number];

/** Which booth, on which day, for which employer: a booth's dealings with people are kept per these. */
export interface BoothDay {
  booth: number;
  day: string;
  employerId: string;
}

/** A person called to the booth or identified at it. */
export interface BoothVisit {
  workerId: string;
  kind: BoothVisitKind;
  at: string;
  /** When an outcome ended the interview; null while it lasts (and for a call). */
  settledAt: string | null;
}

/** A call to a booth as the hall's screen lists it: the label shown, never a name. */
export interface BoothCall {
  booth: number;
  label: string | null;
  at: string;
}

/** People called to a booth through the hall's screen, or identified at it by card or slip. */
export interface BoothVisitsRepository {
  /** Identified at the booth and no outcome recorded since. */
  inInterview(place: BoothDay, workerId: string): boolean;
  identified(place: BoothDay, workerId: string, at: Date): void;
  /** `label` is what the hall's screen showed: a ticket or a masked name. */
  called(place: BoothDay, workerId: string, label: string, at: Date): void;
  /** Ends the person's interview at the booth. */
  settle(place: BoothDay, workerId: string, at: Date): void;
  /** How many people are in interview at the booth. */
  interviewing(place: BoothDay): number;
  /** These people's visits to the booth, newest first. */
  ofWorkers(place: BoothDay, workerIds: readonly string[]): BoothVisit[];
  /** A day's calls to every booth, newest first. */
  callsOn(day: string, limit: number): BoothCall[];
}
