import { crc32 } from 'node:zlib';
import createDebug from 'debug';
import { writeAll } from './atomic-file';
import { BOX_OVERHEAD, open, seal } from './crypto-box';
import { errnoCode } from './errors';
import type { StoreFileHandle, StoreFs } from './fs-seam';

const log = createDebug('station:store');

/**
 * Journal record layout (little-endian):
 *
 *   u32 body length N | u32 CRC-32 of body | body (N bytes)
 *   body = u64 seq | u32 key id | AES-256-GCM box (IV 12 | ciphertext | tag 16)
 *   AAD of the box = seq | key id (the first 12 body bytes)
 *
 * The CRC finds a torn last record without needing the key; the GCM tag proves the record is
 * this station's and unmodified, and binds it to its sequence number.
 */
export const RECORD_HEADER = 8;
const BODY_PREFIX = 12;
const MIN_BODY = BODY_PREFIX + BOX_OVERHEAD;
const MAX_BODY = 1 << 30;

export interface JournalEntry {
  seq: number;
  keyId: number;
  /** Where the record starts in its file. */
  offset: number;
  body: Buffer;
}

export interface ParsedJournal {
  entries: JournalEntry[];
  /** Bytes up to the end of the last good record. */
  validLength: number;
  /** 'torn': an unfinished last record (a crash mid-append) was found and is to be dropped. */
  tail: 'clean' | 'torn';
  /** Set when a bad record is followed by more data: not a torn write but damage. */
  corruptAt?: number;
}

export function encodeRecord(seq: number, keyId: number, key: Buffer, payload: Uint8Array): Buffer {
  const prefix = Buffer.alloc(BODY_PREFIX);
  prefix.writeBigUInt64LE(BigInt(seq), 0);
  prefix.writeUInt32LE(keyId, 8);
  const box = seal(key, payload, prefix);
  const header = Buffer.alloc(RECORD_HEADER);
  const body = Buffer.concat([prefix, box]);
  header.writeUInt32LE(body.length, 0);
  header.writeUInt32LE(crc32(body), 4);
  return Buffer.concat([header, body]);
}

/** Opens a record's payload; null when it fails authentication. */
export function openRecord(entry: JournalEntry, key: Buffer): Buffer | null {
  return open(key, entry.body.subarray(BODY_PREFIX), entry.body.subarray(0, BODY_PREFIX));
}

export function parseJournal(bytes: Buffer): ParsedJournal {
  const entries: JournalEntry[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const remaining = bytes.length - offset;
    const bad = (): ParsedJournal => {
      // A crash mid-append leaves a short or garbled record at the very end, sometimes followed by
      // zeros the file system allocated; anything else after a bad record is damage.
      const rest = bytes.subarray(offset);
      const len = remaining >= 4 ? bytes.readUInt32LE(offset) : 0;
      const reachesEnd =
        remaining < RECORD_HEADER ||
        offset + RECORD_HEADER + len >= bytes.length ||
        rest.every((b) => b === 0);
      return reachesEnd
        ? { entries, validLength: offset, tail: 'torn' }
        : { entries, validLength: offset, tail: 'torn', corruptAt: offset };
    };
    if (remaining < RECORD_HEADER) return bad();
    const len = bytes.readUInt32LE(offset);
    if (len < MIN_BODY || len > MAX_BODY || offset + RECORD_HEADER + len > bytes.length) return bad();
    const body = bytes.subarray(offset + RECORD_HEADER, offset + RECORD_HEADER + len);
    if (crc32(body) !== bytes.readUInt32LE(offset + 4)) return bad();
    entries.push({ seq: Number(body.readBigUInt64LE(0)), keyId: body.readUInt32LE(8), offset, body });
    offset += RECORD_HEADER + len;
  }
  return { entries, validLength: offset, tail: 'clean' };
}

export async function readJournalFile(fs: StoreFs, path: string): Promise<ParsedJournal & { size: number }> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return { entries: [], validLength: 0, tail: 'clean', size: 0 };
    throw err;
  }
  return { ...parseJournal(bytes), size: bytes.length };
}

/** The active journal: appends are written and fdatasync'ed before they count. */
export class JournalWriter {
  private constructor(
    private readonly handle: StoreFileHandle,
    readonly path: string,
    private length: number,
  ) {}

  /** Opens for appending, cutting off a torn tail first so new records never follow garbage. */
  static async open(fs: StoreFs, path: string, validLength: number): Promise<JournalWriter> {
    const handle = await fs.open(path, 'a', 0o600);
    try {
      const { size } = await handle.stat();
      if (size > validLength) {
        await handle.truncate(validLength);
        await handle.datasync();
        log('journal: dropped a torn tail of %d bytes', size - validLength);
      }
      return new JournalWriter(handle, path, Math.min(size, validLength));
    } catch (err) {
      await handle.close().catch(() => undefined);
      throw err;
    }
  }

  get size(): number {
    return this.length;
  }

  /**
   * Appends one record durably. On failure it cuts the file back to where it was, so a failed
   * append leaves no partial record; if even that fails it throws with `undoFailed` set.
   */
  async append(record: Uint8Array): Promise<void> {
    const before = this.length;
    try {
      await writeAll(this.handle, record);
      await this.handle.datasync();
      this.length = before + record.byteLength;
    } catch (err) {
      try {
        await this.handle.truncate(before);
        await this.handle.datasync();
      } catch (undoErr) {
        throw Object.assign(err as Error, { undoFailed: undoErr });
      }
      throw err;
    }
  }

  /** Drops the last `bytes` appended (used when the in-memory commit fails after journaling). */
  async truncateTo(length: number): Promise<void> {
    await this.handle.truncate(length);
    await this.handle.datasync();
    this.length = length;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
