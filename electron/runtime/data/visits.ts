export const visitKinds = ['registered', 'returned'] as const;
export type VisitKind = (typeof visitKinds)[number];

/** A person coming into the station: counted per day in today's figures and the reports. */
export interface NewVisit {
  workerId: string;
  kind: VisitKind;
  terminal: string;
  /** ISO instant. */
  at: string;
  /** The station's day of `at` (clock.dayOf). */
  day: string;
}

export interface VisitsRepository {
  record(visit: NewVisit): void;
  /** How many visits these workers made (what an erasure of them removes). */
  countFor(workerIds: readonly string[]): number;
  /** Every visit of one worker, on erasure. */
  eraseFor(workerId: string): void;
}
