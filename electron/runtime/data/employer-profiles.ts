import type { EmployerProfile } from '../../contract/booth';

/** What the employer writes about itself at the booth (the credit code already checked). */
export interface ProfileEdit {
  name: string;
  uscc: string | null;
  introduction: string;
  logo: string | null;
}

/** Employers as they present themselves at their booths: one profile per employer id. */
export interface EmployerProfilesRepository {
  byId(employerId: string): EmployerProfile | undefined;
  /**
   * An employer staff are giving a booth to: a new one starts with the name staff typed; one the
   * station knows keeps its profile and takes the agency flag staff set.
   */
  enrol(employer: { employerId: string; name: string; agency: boolean; at: Date; terminal: string }): void;
  /** The other employer that holds this credit code, if any. */
  usccHolder(uscc: string, exceptEmployerId: string): string | undefined;
  /** Saves an edit as the next version. */
  update(employerId: string, edit: ProfileEdit, at: Date, terminal: string): void;
}
