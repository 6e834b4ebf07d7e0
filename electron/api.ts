/**
 * The one contract between the runtime and every shell (Electron IPC, the hub's HTTP/SSE).
 * Each method: its zod input schema, its result type and the roles allowed to call it.
 * Each event: its payload type and the roles it is delivered to.
 * Domains declare theirs in electron/contract/; this file joins them and derives every type the
 * main process, preload, hub and renderer use. Nothing is restated by hand.
 */
import type { z } from 'zod';
import type { EventDef, MethodDef, Role } from './contract/define';
import { deskEvents, deskMethods } from './contract/desk';
import { deskJobMethods } from './contract/desk-jobs';
import { jobMethods } from './contract/jobs';
import { kioskEvents, kioskMethods } from './contract/kiosk';
import { matchMethods } from './contract/match';
import { boothEvents, boothMethods } from './contract/booth';
import { screenEvents, screenMethods } from './contract/screen';
import { queueEvents, queueMethods } from './contract/queue';
import { reportMethods } from './contract/reports';
import { staffMethods } from './contract/staff';
import { stationEvents, stationMethods } from './contract/station';
import { terminalEvents, terminalMethods } from './contract/terminals';
import { syncEvents, syncMethods } from './contract/sync';
import { workerEvents, workerMethods } from './contract/workers';

export {
  roles,
  syncRoles,
  terminalRoles,
  isSyncRole,
  localTerminalId,
  LOCAL_TERMINAL_PREFIX,
} from './contract/define';
export type { SyncRole, TerminalRole } from './contract/define';
export type { Page, MethodDef, EventDef } from './contract/define';
export type { Role };
export type { StationInfo, ReaderStatus, TodayStats } from './contract/station';
export type { Registered } from './contract/workers';
export type { PairedTerminal } from './contract/terminals';
export type * from './contract/kiosk';
export type * from './contract/match';
export type { SyncStatus, LoopStatus, QuarantinedEvent, JobsChanged } from './contract/sync';
export type * from './contract/desk';
export type * from './contract/desk-jobs';
export type * from './contract/queue';
export type * from './contract/reports';
export type * from './contract/staff';
export type * from './contract/booth';
export type * from './contract/screen';
export type { Auth } from './contract/define';
export type { Job, Pay, PayUnit, Employer } from './schema/job';
export type { CardPresented, CardType, Consent, EmployerField, PlatformField, WorkerRow } from './schema/worker';

export const methods = {
  ...stationMethods,
  ...jobMethods,
  ...workerMethods,
  ...terminalMethods,
  ...kioskMethods,
  ...matchMethods,
  ...syncMethods,
  ...staffMethods,
  ...deskMethods,
  ...deskJobMethods,
  ...queueMethods,
  ...reportMethods,
  ...boothMethods,
  ...screenMethods,
} as const;

export const events = {
  ...stationEvents,
  ...workerEvents,
  ...terminalEvents,
  ...kioskEvents,
  ...syncEvents,
  ...deskEvents,
  ...queueEvents,
  ...boothEvents,
  ...screenEvents,
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export const methodNames = Object.keys(methods) as MethodName[];
/** What a caller passes (defaults optional). */
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
/** What the handler receives (defaults filled in). */
export type MethodParsed<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodResult<M extends MethodName> = Methods[M] extends MethodDef<z.ZodType, infer R> ? R : never;

export type Events = typeof events;
export type EventName = keyof Events;
export const eventNames = Object.keys(events) as EventName[];
export type EventPayload<E extends EventName> = Events[E] extends EventDef<infer P> ? P : never;

export type ErrorCode =
  | 'unknown_method'
  | 'invalid_input'
  | 'unauthenticated'
  | 'forbidden'
  | 'too_large'
  | 'not_found'
  | 'conflict'
  | 'unavailable'
  | 'internal';

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** For invalid_input: where and what, per field. */
  issues?: { path: string; message: string }[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** What `window.station` (Electron preload) and the hub client both provide to the renderer. */
export interface StationBridge {
  readonly role: Role;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<ApiResult<MethodResult<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** The shell prints the page (kiosk slips to the receipt printer); absent in a browser. */
  print?(options: { silent: boolean }): Promise<boolean>;
}
