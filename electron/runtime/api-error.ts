import type { ErrorCode } from '../api';

/** An expected failure a handler reports to its caller; the dispatcher turns it into an error result. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
