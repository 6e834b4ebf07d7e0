/**
 * Why the store refused to open or to write. Each message says what happened, which file,
 * and what an operator should do; none carries personal data.
 */
export type StoreErrorCode =
  /** No snapshot or journal could be read back: the station must not start over existing data. */
  | 'unrecoverable'
  /** Encrypted data exists but its key file (or the key-encryption key) is missing. */
  | 'key-missing'
  /** The key file does not open this data (another station's key, a changed KEK, or tampering). */
  | 'key-wrong'
  /** The database was written by a newer version of the app. */
  | 'schema-newer'
  /** The data directory cannot be created, read or written. */
  | 'dir-unusable'
  /** Another process holds the data directory. */
  | 'locked'
  /** A journal record could not be re-applied at start-up. */
  | 'replay-failed'
  /** A write was not made durable (disk full, I/O error); nothing was changed. */
  | 'write-failed'
  /** The store is closed, or stopped accepting writes after an I/O failure it cannot undo. */
  | 'unavailable';

export class StoreError extends Error {
  override readonly name = 'StoreError';

  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly path?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const SUPPORT_HINT =
  'Do not delete files in the data directory. Restore the directory from a backup, or contact support with this message.';

export function errnoCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err
    ? String((err as { code: unknown }).code)
    : undefined;
}
