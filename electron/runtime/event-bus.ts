import type { EventName, EventPayload, Role } from '../api';

/** A narrower audience than the event's roles: a reader's events go to the screen at that reader. */
export interface Audience {
  role: Role;
  /** The one terminal (by id) at the reader; absent, every terminal of the role (and booth). */
  terminal?: string | undefined;
  /** A booth reader's booth; absent, every booth. */
  booth?: number | undefined;
}

export interface Emitted<E extends EventName = EventName> {
  event: E;
  payload: EventPayload<E>;
  only?: Audience;
}

/** Whether an event narrowed to `only` reaches this caller: the one rule both shells deliver by. */
export function reaches(
  only: Audience | undefined,
  caller: { role: Role; terminal: string; booth?: number | undefined },
): boolean {
  if (!only) return true;
  if (only.terminal !== undefined) return caller.terminal === only.terminal && caller.role === only.role;
  if (caller.role !== only.role) return false;
  return only.booth === undefined || caller.booth === only.booth;
}

export type BusListener = (e: Emitted) => void;

/** The runtime's typed event stream; shells subscribe and forward to their clients by role. */
export class EventBus {
  private listeners = new Set<BusListener>();

  emit<E extends EventName>(event: E, payload: EventPayload<E>, only?: Emitted['only']): void {
    const e = { event, payload, only } as Emitted;
    for (const l of this.listeners) {
      try {
        l(e);
      } catch {
        // One broken subscriber must not stop the others.
      }
    }
  }

  subscribe(listener: BusListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
