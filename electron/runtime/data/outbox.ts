import type { Page } from '../../api';
import type { QuarantinedEvent } from '../../contract/sync';
import type { EventType, SyncEvent } from '../sync/protocol';

/** An event to deliver upstream, as the change that causes it describes it. */
export interface NewEvent {
  type: EventType;
  payload: Record<string, unknown>;
  at: Date;
}

export const outboxStates = ['pending', 'done', 'quarantined'] as const;
export type OutboxState = (typeof outboxStates)[number];

export interface OutboxRepository {
  /**
   * The one way an event is made: inside the write that makes the change it describes, so the
   * change and its event are stored together or not at all. The id made here is the idempotency key
   * every retry reuses. A payload that breaks the protocol is a bug and throws (rolling the change
   * back with it). Returns the id.
   */
  add(event: NewEvent): string;
  /** An event received from a terminal, kept under its own id to forward it (the hub). */
  keep(event: SyncEvent, origin: string, at: Date): void;
  /** What an idempotency key stands for here, to tell a duplicate from a conflicting reuse. */
  byId(id: string): { digest: string; state: OutboxState } | undefined;
  /** The oldest pending events, in the order they were made: per worker, the order things happened. */
  pending(limit: number): SyncEvent[];
  /** The upstream has it (accepted, or a duplicate of what it had). */
  delivered(id: string, at: Date): void;
  /** The upstream refused it for good, with its reason. */
  quarantine(id: string, reason: string, at: Date): void;
  /**
   * A worker asked to be forgotten (workers/erase): their undelivered events are dropped, delivered
   * ones keep their id and digest (they answer a terminal's retry) but lose what they said, the
   * worker's id included. Returns whether any had been delivered, i.e. whether the platform knows
   * the person.
   */
  forgetWorker(workerId: string): boolean;
  /** A delivery that failed on the way: the event stays pending. */
  failedAttempt(id: string, error: string): void;
  counts(): Record<OutboxState, number>;
  /**
   * Quarantined events for staff, newest first: type, when, why, and which worker or job, never the
   * payload itself (it may hold a name).
   */
  quarantined(limit: number, offset: number): Page<QuarantinedEvent>;
}
