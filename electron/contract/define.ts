import { z } from 'zod';

export const roles = ['kiosk', 'desk', 'booth', 'screen', 'admin'] as const;
export type Role = (typeof roles)[number];

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
