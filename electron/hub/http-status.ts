import type { ErrorCode } from '../api';

/** HTTP status for each error code; the body is always the full `{ok:false, error}` result. */
export const statusOf: Record<ErrorCode, number> = {
  unknown_method: 404,
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  too_large: 413,
  not_found: 404,
  conflict: 409,
  unavailable: 503,
  internal: 500,
};
