import type { Response } from './frame';
import { type Sw3Outcome, sw3Outcome } from './status';

/** A response with its status named. */
export interface TypedResponse extends Response {
  outcome: Sw3Outcome;
}

export const typed = (r: Response): TypedResponse => ({ ...r, outcome: sw3Outcome(r.sw3) });

export interface BaseRecord {
  text: Buffer;
  photo: Buffer;
  fingerprint?: Buffer;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * DATA of a `30 01` reply (text length, photo length, text, photo) or a `30 10` reply (a third length
 * for fingerprints). The lengths are read, not assumed, but must add up exactly.
 */
export function parseBaseRecord(data: Uint8Array, withFingerprint = false): Parsed<BaseRecord> {
  const b = Buffer.from(data.buffer, data.byteOffset, data.length);
  const head = withFingerprint ? 6 : 4;
  if (b.length < head) return { ok: false, error: `record shorter than its ${head}-byte length header` };
  const textLen = b.readUInt16BE(0);
  const photoLen = b.readUInt16BE(2);
  const fpLen = withFingerprint ? b.readUInt16BE(4) : 0;
  if (textLen !== 256) return { ok: false, error: `text length ${textLen}, expected 256` };
  if (head + textLen + photoLen + fpLen !== b.length) {
    return { ok: false, error: `lengths ${textLen}+${photoLen}+${fpLen} do not add up to ${b.length - head}` };
  }
  const text = Buffer.from(b.subarray(head, head + textLen));
  const photo = Buffer.from(b.subarray(head + textLen, head + textLen + photoLen));
  const value: BaseRecord = { text, photo };
  if (withFingerprint) value.fingerprint = Buffer.from(b.subarray(head + textLen + photoLen));
  return { ok: true, value };
}

export function encodeBaseRecord(text: Uint8Array, photo: Uint8Array): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16BE(text.length, 0);
  head.writeUInt16BE(photo.length, 2);
  return Buffer.concat([head, text, photo]);
}
