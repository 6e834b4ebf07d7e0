/** An employer at a booth on a day, as every booth method starts from it. */
export interface Assignment {
  booth: number;
  day: string;
  employerId: string;
  employerName: string;
  /** 劳务派遣/中介, from the employer's profile. */
  agency: boolean;
  assignedAt: string;
}

export interface NewAssignment {
  booth: number;
  day: string;
  employerId: string;
  /** The staff member who assigned it, when one is signed in. */
  by: string | null;
  at: Date;
  terminal: string;
}

/** The hall's booths: booth N belongs to one employer on one day. */
export interface BoothsRepository {
  at(booth: number, day: string): Assignment | undefined;
  /** A day's assignments by booth number. */
  on(day: string): Assignment[];
  /** The booths an employer holds on a day (a large company may take two). */
  heldBy(employerId: string, day: string): number[];
  /** Gives the booth to the employer for the day, replacing whoever had it. */
  assign(assignment: NewAssignment): void;
  /** False when the booth was not assigned that day. */
  unassign(booth: number, day: string): boolean;
}
