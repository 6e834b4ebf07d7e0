import createDebug from 'debug';
import {
  methods,
  type ApiResult,
  type MethodInput,
  type MethodName,
  type MethodParsed,
  type MethodResult,
  type Role,
} from './api';
import { ApiFailure } from './runtime/api-error';

const log = createDebug('station:dispatch');

/** Who is calling: set by the transport (IPC: the window's role; HTTP: the terminal's token). */
export interface CallContext {
  role: Role;
  /** A name for the calling terminal or window, for audit and for routing a reader's cards. */
  terminal: string;
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
 * The one gate in front of every handler: known method, allowed role, valid input.
 * Expected failures come back as values; anything thrown is a bug, logged, and reported as 'internal'.
 */
export function createDispatcher(handlers: Handlers): Dispatch {
  return async (ctx, name, input) => {
    if (!isMethod(name))
      return { ok: false, error: { code: 'unknown_method', message: `no method '${name}'` } };
    const def = methods[name];
    if (!def.roles.includes(ctx.role)) {
      return {
        ok: false,
        error: { code: 'forbidden', message: `'${name}' is not open to the ${ctx.role} role` },
      };
    }
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
      log('method %s failed: %O', name, err);
      return { ok: false, error: { code: 'internal', message: `'${name}' failed inside the station` } };
    }
  };
}
