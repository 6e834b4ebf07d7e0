import type { MethodInput, MethodName, MethodResult } from '../../electron/api';
import { call, StationError } from '../api/bridge';
import { useSession } from './session-store';

/**
 * Every desk store calls through here: when the station says the terminal is no longer signed in
 * (idle sign-out, restart, account disabled), the desk drops what it shows and returns to sign-in.
 */
export async function deskCall<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<MethodResult<M>> {
  try {
    return await call(method, input);
  } catch (err) {
    if (err instanceof StationError && err.error.code === 'unauthenticated') useSession.getState().expire();
    throw err;
  }
}
