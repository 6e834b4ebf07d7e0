import type { CardType, Sex } from '../../schema/worker';

/**
 * The hub's side of the hall's record: people it knows from its terminals' events are rows of its
 * `workers` (found by the desk, counted in the figures like anyone), stored here without the clear
 * ID number, which stays on the terminal that read the card. Also the ids a second terminal gave the
 * same person (aliases) and the history of the fields terminals edit.
 */
export interface HallRegistration {
  workerId: string;
  idHash: string;
  maskedIdNumber: string;
  name: string;
  sex: Sex;
  birthDate: string | null;
  cardType: CardType;
  shareWithEmployers: boolean;
  /** Absent is a no. */
  phoneToEmployers?: boolean;
  consentAt: string;
  registeredAt: string;
  /** The terminal that read the card: it holds the clear number. */
  terminal: string;
}

/** What the hall's lookup (GET /v1/workers/:idHash) answers for a person. */
export interface HallWorker {
  workerId: string;
  shareWithEmployers: boolean;
  phoneToEmployers: boolean;
  registeredAt: string;
}

/** One field of one edit a terminal sent: applied, or kept in the history as superseded. */
export interface FieldEdit {
  eventId: string;
  workerId: string;
  field: string;
  value: string | null;
  terminal: string;
  actor: string | null;
  at: string;
  applied: boolean;
}

export interface HallWorkersRepository {
  /** A person first known from another terminal's registration: a worker row without the clear number. */
  insertReceived(registration: HallRegistration): void;
  /** The record a workerId names: the id itself, or the record it is an alias of; undefined if unknown. */
  resolve(workerId: string): string | undefined;
  /** A second id for a person the hall already has (registered at two terminals while apart). */
  addAlias(aliasId: string, workerId: string, terminal: string, at: string): void;
  /**
   * Whether this terminal has served the person: it read their card (registration or a return,
   * under either id), so it may send events about them.
   */
  servedBy(workerId: string, terminal: string): boolean;
  /** Where the clear ID number is, when this station does not hold it. */
  homeTerminal(workerId: string): string | undefined;
  /** The card was read here: the row gets its clear number and stops pointing elsewhere for it. */
  fillIdNumber(workerId: string, idNumber: string): void;
  /** The applied edit that set the field's current value, for ordering a new one against it. */
  lastApplied(workerId: string, field: string): { at: string; eventId: string } | undefined;
  recordEdit(edit: FieldEdit): void;
  history(workerId: string): FieldEdit[];
}
