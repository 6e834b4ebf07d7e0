/**
 * The one contract between the runtime and every shell (Electron IPC, the hub's HTTP/SSE).
 * Each method: its zod input schema, its result type and the roles allowed to call it.
 * Each event: its payload type and the roles it is delivered to.
 * Main, preload, hub and renderer derive their types from here; nothing is restated.
 */
import { z } from 'zod';
import type { Job } from './schema/job';
import type { CardPresented, WorkerRow } from './schema/worker';
import { consentSchema } from './schema/worker';

export type { Job, Pay, PayUnit, Employer } from './schema/job';
export type { CardPresented, CardType, Consent, WorkerRow } from './schema/worker';

export const roles = ['kiosk', 'desk', 'booth', 'screen', 'admin'] as const;
export type Role = (typeof roles)[number];

const everyone = roles;
const staff = ['desk', 'admin'] as const satisfies readonly Role[];
const cardTerminals = ['kiosk', 'desk', 'admin'] as const satisfies readonly Role[];

export interface MethodDef<I extends z.ZodType, R> {
  readonly input: I;
  readonly roles: readonly Role[];
  /** Phantom: carries the result type; never read at run time. */
  readonly result?: R;
}
const method =
  <R>() =>
  <I extends z.ZodType>(def: { input: I; roles: readonly Role[] }): MethodDef<I, R> =>
    def;

export interface StationInfo {
  stationName: string;
  role: Role;
  version: string;
  /** 'standalone' on the embedded default, 'hub' or 'terminal' when syncing. */
  mode: 'standalone' | 'hub' | 'terminal';
  /** True when cards come from the virtual reader (dev, demos): the UI shows the demo control. */
  simulatedReader: boolean;
  readers: ReaderStatus[];
  jobs: number;
}

export interface ReaderStatus {
  id: string;
  serves: Role;
  state: 'connected' | 'disconnected' | 'error';
  detail?: string;
}

export interface Page<T> {
  total: number;
  items: T[];
}

export interface TodayStats {
  date: string;
  registrations: number;
  returningVisits: number;
  openJobs: number;
}

export interface Registered {
  workerId: string;
  maskedName: string;
  returning: boolean;
}

const pageInput = {
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).max(1_000_000).default(0),
};
const empty = z.object({}).strict();

export const methods = {
  'station.info': method<StationInfo>()({ input: empty, roles: everyone }),
  'stats.today': method<TodayStats>()({ input: empty, roles: everyone }),
  'jobs.list': method<Page<Job>>()({
    input: z
      .object({
        q: z.string().max(100).optional(),
        district: z.string().max(20).optional(),
        ...pageInput,
      })
      .strict(),
    roles: everyone,
  }),
  /** The card currently on this terminal's reader, if any (a reloaded kiosk page asks this). */
  'card.current': method<CardPresented | null>()({ input: empty, roles: cardTerminals }),
  'workers.registerFromCard': method<Registered>()({
    input: z.object({ token: z.string().min(1).max(64), consent: consentSchema }).strict(),
    roles: cardTerminals,
  }),
  'workers.list': method<Page<WorkerRow>>()({
    input: z.object({ q: z.string().max(50).optional(), ...pageInput }).strict(),
    roles: staff,
  }),
  /** Demo control of the virtual reader: place a synthetic card (index into its identities, or the next one). */
  'simulator.placeCard': method<{ reader: string }>()({
    input: z.object({ identity: z.number().int().min(0).max(10_000).optional() }).strict(),
    roles: cardTerminals,
  }),
  'simulator.removeCard': method<{ reader: string }>()({ input: empty, roles: cardTerminals }),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export const methodNames = Object.keys(methods) as MethodName[];
/** What a caller passes (defaults optional). */
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
/** What the handler receives (defaults filled in). */
export type MethodParsed<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodResult<M extends MethodName> = Methods[M] extends MethodDef<z.ZodType, infer R> ? R : never;

export interface EventDef<P> {
  readonly roles: readonly Role[];
  readonly payload?: P;
}
const event =
  <P>() =>
  (def: { roles: readonly Role[] }): EventDef<P> =>
    def;

export const events = {
  'card.read': event<CardPresented>()({ roles: cardTerminals }),
  'card.removed': event<{ reader: string }>()({ roles: cardTerminals }),
  'reader.status': event<ReaderStatus>()({ roles: cardTerminals }),
  'workers.changed': event<{ total: number }>()({ roles: staff }),
  'stats.changed': event<TodayStats>()({ roles: everyone }),
} as const;

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
}
