import type { QueueService } from '../../contract/queue';

/** What a person agreed to share with staff when taking a ticket. */
export interface TicketContext {
  viewedJobs: string[];
  note: string;
}

/** A queue ticket as the desk and the hall see it. */
export interface QueueTicket {
  id: string;
  /** The label called out: service letter and number (A001). */
  ticket: string;
  service: QueueService;
  takenAt: string;
  workerId: string | null;
  /** Null when the person shared nothing. */
  context: TicketContext | null;
}

export interface NewTicket {
  /** The station's day the numbers restart on. */
  day: string;
  service: QueueService;
  number: number;
  ticket: string;
  context: TicketContext | null;
  workerId: string | null;
  at: Date;
  terminal: string;
}

/** A ticket called to a window, as the hall's screen lists it. */
export interface TicketCall {
  ticket: string;
  window: string | null;
  calledAt: string;
}

/** The hall's queue: tickets taken at a kiosk or the desk, numbered per service and day. */
export interface QueueRepository {
  /**
   * The highest number given for a service on a day in one series: the station's own (''), or a
   * hall terminal's, whose tickets carry its tag (2-B007); 0 before the first ticket.
   */
  lastNumber(day: string, service: QueueService, series?: string): number;
  /** Whether a ticket with this label was taken on the day (a hall's labels are unique per day). */
  hasTicket(day: string, ticket: string): boolean;
  waitingCount(day: string): number;
  insert(ticket: NewTicket): void;
  /** Everyone waiting on a day, first come first. */
  waiting(day: string): QueueTicket[];
  /** The longest-waiting ticket on a day, of one service if given. */
  nextWaiting(day: string, service?: QueueService): QueueTicket | undefined;
  /** Whoever this window called before is done. */
  finishCalled(day: string, window: string): void;
  call(ticketId: string, call: { at: Date; window: string; by: string | null }): void;
  /** The label of the latest ticket a person took on a day. */
  latestTicketOf(workerId: string, day: string): string | undefined;
  /** Of the jobs a person looked at, those still cached, in the order looked at, with their titles. */
  viewedJobs(jobIds: readonly string[]): { id: string; title: string }[];
  /** A day's calls to windows, newest first. */
  callsOn(day: string, limit: number): TicketCall[];
}
