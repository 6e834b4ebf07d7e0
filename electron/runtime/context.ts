import type { StationConfig } from './config';
import type { ReaderHub } from './devices/readers';
import type { EventBus } from './event-bus';
import type { StaffSessions } from './staff/sessions';
import type { Db } from './store/db';
import type { Store } from './store/store';

/**
 * Where the sync outbox plugs in. Desk writes call `add` inside their own write transaction
 * ('service.recorded', 'placement.recorded', 'application.updated'), so an event exists exactly when
 * its record does. Optional: a station without sync simply has none.
 */
export interface OutboxWriter {
  add(db: Db, type: string, payload: Record<string, unknown>): void;
}

/** What every handler works with; built once by createRuntime. */
export interface StationContext {
  config: StationConfig;
  store: Store;
  bus: EventBus;
  readers: ReaderHub;
  /** Secret for recognising workers across the hall by a hash of their ID number. */
  hallSecret: string;
  version: string;
  now(): Date;
  /** Staff signed in per terminal. */
  sessions: StaffSessions;
  outbox?: OutboxWriter;
}
