import type { ApiError } from '../../api';

/**
 * Why the store refused to open or to write. Each message says what happened, which file,
 * and what an operator should do; none carries personal data.
 */
export type StoreErrorCode =
  /** No snapshot or journal could be read back: the station must not start over existing data. */
  | 'unrecoverable'
  /** Encrypted data exists but its key file (or the key-encryption key) is missing. */
  | 'key-missing'
  /** The configured key-encryption key file lies inside the data directory, where a copy of the data would carry it. */
  | 'key-misplaced'
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
  /** The disk (or the user's quota) is full: the change, or the start-up, did not happen; nothing was changed. */
  | 'disk-full'
  /** The data directory (or the key file's folder) cannot be written: a read-only disk or no permission. */
  | 'read-only'
  /** A write was not made durable (an I/O error other than a full or read-only disk); nothing was changed. */
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

/** What an errno says about the disk under a failed operation. */
export function diskProblemOf(err: unknown): 'disk-full' | 'read-only' | undefined {
  switch (errnoCode(err)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return 'read-only';
    default:
      return undefined;
  }
}

/** The file an error from the file system names, if it names one. */
export function pathOf(err: unknown): string | undefined {
  const path = typeof err === 'object' && err !== null ? (err as { path?: unknown }).path : undefined;
  return typeof path === 'string' ? path : undefined;
}

/**
 * A full or read-only disk met while `doing` (e.g. 这次的记录没有保存) at `path`, as the StoreError
 * staff and operators can act on; undefined for any other failure (and for a StoreError already).
 * `dataDir` tells the data directory apart from the key file's folder in the wording.
 */
export function diskStoreError(
  err: unknown,
  doing: string,
  path: string | undefined,
  dataDir?: string,
): StoreError | undefined {
  if (err instanceof StoreError) return undefined;
  const kind = diskProblemOf(err);
  if (!kind) return undefined;
  const where = path ?? dataDir ?? '';
  const detail = ` (${errnoCode(err)}: ${where})`;
  if (kind === 'disk-full') {
    return new StoreError(
      'disk-full',
      `磁盘已满：${doing}，之前保存的数据都完好。请清理 ${where} 所在磁盘的空间（删掉不用的文件，或换更大的磁盘）后再试。${detail}`,
      path,
      { cause: err },
    );
  }
  const inData = dataDir !== undefined && (path === undefined || path.startsWith(dataDir));
  const what = inData ? `数据目录只读：驿站不能写入 ${dataDir}` : `不能写入 ${where}（只读）`;
  return new StoreError(
    'read-only',
    `${what}，${doing}。可能是磁盘以只读方式挂载、U 盘或存储卡有写保护，或运行驿站的账户没有写权限。请把它放到可写的位置或改正权限后再启动驿站。${detail}`,
    path,
    { cause: err },
  );
}

const staffMessages = {
  'disk-full': '磁盘已满，这次的记录没有保存（之前的数据都完好）。请通知管理员清理驿站电脑的磁盘空间后再试。',
  'read-only':
    '数据目录只读，这次的记录没有保存（之前的数据都完好）。请通知管理员检查驿站电脑的磁盘和权限后重启驿站。',
  'write-failed':
    '这次的记录没有保存：磁盘读写出错（之前的数据都完好）。请稍后再试；一直不行请联系技术支持。',
  unavailable: '驿站的数据暂时不能写入，这次的记录没有保存。请通知管理员重启驿站。',
} as const;

/**
 * The answer a caller gets when a method failed because the station's disk did: a full or
 * read-only disk, a failed write, a store that stopped. The message is for staff (no paths, no
 * personal data); the code is 'unavailable' (503): nothing was changed and the same call can be
 * made again once the disk is fixed. Undefined for every other error, which stays a bug.
 */
export function apiErrorOf(err: unknown): ApiError | undefined {
  let kind: keyof typeof staffMessages | undefined;
  if (err instanceof StoreError) {
    if (err.code in staffMessages) kind = err.code as keyof typeof staffMessages;
  } else {
    // Outside the store (a report written to disk) EACCES means a wrong path, not a read-only disk.
    const code = errnoCode(err);
    if (code === 'ENOSPC' || code === 'EDQUOT') kind = 'disk-full';
    else if (code === 'EROFS') kind = 'read-only';
  }
  return kind ? { code: 'unavailable', message: staffMessages[kind] } : undefined;
}
