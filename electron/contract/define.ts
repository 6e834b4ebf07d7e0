import { z } from 'zod';

/** The roles of pages (browser tabs, Electron windows): they call methods and receive events. */
export const roles = ['kiosk', 'desk', 'booth', 'screen', 'admin'] as const;
export type Role = (typeof roles)[number];

/**
 * The roles of terminals that keep a store of their own and sync with the hub (POST /v1/events,
 * GET /v1/jobs): a kiosk PC or township kiosk, and a desk PC. They call no methods; pages never sync.
 */
export const syncRoles = ['kiosk-station', 'desk-station'] as const;
export type SyncRole = (typeof syncRoles)[number];

/** Every role a hub terminal (configured or paired) can hold. */
export const terminalRoles = [...roles, ...syncRoles] as const;
export type TerminalRole = (typeof terminalRoles)[number];
/** The id of the station's own screen of a role: its Electron window, or the page its launcher opens. */
export const LOCAL_TERMINAL_PREFIX = 'local-';
export const localTerminalId = (role: Role) => `${LOCAL_TERMINAL_PREFIX}${role}`;

export const isSyncRole = (r: TerminalRole): r is SyncRole => (syncRoles as readonly string[]).includes(r);

/** Common audiences. */
export const everyone = roles;
export const staff = ['desk', 'admin'] as const satisfies readonly Role[];
export const cardTerminals = ['kiosk', 'desk', 'admin'] as const satisfies readonly Role[];

/**
 * Beyond the terminal's role, a method may need a person signed in on that terminal:
 * 'staff' = any staff member, 'admin' = an administrator. The dispatcher enforces it.
 */
export type Auth = 'staff' | 'admin';

export interface MethodDef<I extends z.ZodType, R> {
  readonly input: I;
  readonly roles: readonly Role[];
  readonly auth?: Auth;
  /** Phantom: carries the result type; never read at run time. */
  readonly result?: R;
}

/** `method<Result>()({ input, roles, auth? })`: the result type is given, the input type is inferred. */
export const method =
  <R>() =>
  <I extends z.ZodType>(def: { input: I; roles: readonly Role[]; auth?: Auth }): MethodDef<I, R> =>
    def;

export interface EventDef<P> {
  readonly roles: readonly Role[];
  readonly payload?: P;
}

export const event =
  <P>() =>
  (def: { roles: readonly Role[] }): EventDef<P> =>
    def;

export interface Page<T> {
  total: number;
  items: T[];
}

export const pageInput = {
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).max(1_000_000).default(0),
};

export const empty = z.object({}).strict();
