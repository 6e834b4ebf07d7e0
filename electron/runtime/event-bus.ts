import type { EventName, EventPayload, Role } from '../api';

export interface Emitted<E extends EventName = EventName> {
  event: E;
  payload: EventPayload<E>;
  /** Deliver only to callers of this role (a reader's cards go to the terminal it serves). */
  only?: Role;
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
