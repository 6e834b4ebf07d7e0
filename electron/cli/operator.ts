import type { ApiResult } from '../api';
import type { CallContext } from '../dispatcher';
import { UsageError } from './args';

/** The operator at the station's console acts with the admin role. */
export const operator: CallContext = { role: 'admin', terminal: 'cli' };

/** A result's value, or its error message as a usage error (exit 2, no stack). */
export function unwrap<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new UsageError(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}
