import createDebug from 'debug';
import type { z } from 'zod';
import {
  methods,
  type ApiResult,
  type MethodInput,
  type MethodName,
  type MethodParsed,
  type MethodDef,
  type MethodResult,
  type Role,
  type StaffSession,
} from './api';
import { ApiFailure } from './runtime/api-error';
import { apiErrorOf } from './runtime/store/errors';

const log = createDebug('station:dispatch');

/** Who is calling: set by the transport (IPC: the window's role; HTTP: the terminal's token). */
export interface CallContext {
  role: Role;
  /**
   * The calling terminal's unique id, set by the transport: a paired device's hub-assigned id, a
   * configured terminal's id, or `local-<role>` for the station's own screens. Staff sessions, audit
   * and a reader's cards are keyed by it; a name is only a label.
   */
  terminal: string;
  /** Which browser (HTTP: a cookie the hub set) or window (IPC) on that terminal is calling. */
  client?: string;
  /** The booth a booth tablet (or a booth's TV) is paired to; set by the transport from the token. */
  booth?: number;
  /** The staff member signed in on that terminal, filled in by the dispatcher, never by a transport. */
  staff?: StaffSession;
}

export interface DispatcherOptions {
  /**
   * The session on a terminal, if any. `touch` marks activity (a call that needs the session);
   * a lookup that only asks must not keep an idle terminal signed in.
   */
  staffOf?(caller: { terminal: string; client?: string | undefined }, touch: boolean): StaffSession | undefined;
}

export type Handlers = {
  [M in MethodName]: (input: MethodParsed<M>, ctx: CallContext) => MethodResult<M> | Promise<MethodResult<M>>;
};

export type Dispatch = (ctx: CallContext, method: string, input: unknown) => Promise<ApiResult<unknown>>;

/** The same gate, typed from the contract, for in-process callers (CLI, tests). */
export type TypedCall = <M extends MethodName>(
  ctx: CallContext,
  method: M,
  input: MethodInput<M>,
) => Promise<ApiResult<MethodResult<M>>>;

function isMethod(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(methods, name);
}

/**
 * The one gate in front of every handler: known method, allowed role, a signed-in staff member where
 * the contract asks for one, valid input.
 * Expected failures come back as values; anything thrown is a bug, logged, and reported as 'internal'.
 */
export function createDispatcher(handlers: Handlers, options: DispatcherOptions = {}): Dispatch {
  return async (given, name, input) => {
    if (!isMethod(name))
      return { ok: false, error: { code: 'unknown_method', message: `no method '${name}'` } };
    const def: MethodDef<z.ZodType, unknown> = methods[name];
    if (!def.roles.includes(given.role)) {
      return {
        ok: false,
        error: { code: 'forbidden', message: `'${name}' is not open to the ${given.role} role` },
      };
    }
    // Whatever a transport put in `staff` is ignored: only the session table says who is signed in.
    const { staff: _ignored, ...base } = given;
    const staff = options.staffOf?.(base, def.auth !== undefined);
    if (def.auth && !staff) return { ok: false, error: { code: 'unauthenticated', message: '请先登录' } };
    if (def.auth === 'admin' && staff?.role !== 'admin') {
      return { ok: false, error: { code: 'forbidden', message: '需要管理员权限' } };
    }
    const ctx: CallContext = staff ? { ...base, staff } : base;
    const parsed = def.input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      return {
        ok: false,
        error: {
          code: 'invalid_input',
          message: `invalid input for '${name}': ${issues.map((i) => `${i.path || '(input)'}: ${i.message}`).join('; ')}`,
          issues,
        },
      };
    }
    try {
      const handler = handlers[name] as (i: unknown, c: CallContext) => unknown;
      return { ok: true, value: await handler(parsed.data, ctx) };
    } catch (err) {
      if (err instanceof ApiFailure) return { ok: false, error: { code: err.code, message: err.message } };
      // A full or read-only disk is the station's state, not a bug: say so in words staff act on.
      const disk = apiErrorOf(err);
      if (disk) return { ok: false, error: disk };
      log('method %s failed: %O', name, err);
      return { ok: false, error: { code: 'internal', message: `'${name}' failed inside the station` } };
    }
  };
}
