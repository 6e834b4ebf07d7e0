import { MAX_LEN, MIN_LEN, PREAMBLE, type RawFrame, xorChecksum } from './frame';

/**
 * Streaming SAM frame parser, a pure state machine (GA 467 framing, reference §6.2).
 *
 * The preamble `AA AA AA 96 69` can legally occur inside the 1024-byte photo, so once a
 * header is accepted the body is read by LEN, never by scanning for the next preamble.
 * Resync (hunting for the preamble) happens only between frames.
 */
export type ParseEvent =
  | { type: 'frame'; frame: RawFrame }
  /** Bytes that could not be a frame: dropped garbage, an absurd LEN, a checksum mismatch, a stalled body. */
  | { type: 'dropped'; reason: 'garbage' | 'bad-length' | 'bad-checksum' | 'stalled'; bytes: number };

export interface FrameParserOptions {
  /** Largest accepted LEN. */
  maxLen?: number;
  /** A frame whose bytes stop for longer than this is abandoned (needs timestamps passed to `push`). */
  interByteGapMs?: number;
}

export class FrameParser {
  private buf: Buffer = Buffer.alloc(0);
  private lastAt: number | undefined;
  private readonly maxLen: number;
  private readonly gapMs: number;

  constructor(options: FrameParserOptions = {}) {
    this.maxLen = options.maxLen ?? MAX_LEN;
    this.gapMs = options.interByteGapMs ?? Infinity;
  }

  /** Bytes held while waiting for the rest of a frame. */
  get pending(): number {
    return this.buf.length;
  }

  /** Drop whatever is buffered (a new command is about to be sent). */
  reset(): void {
    this.buf = Buffer.alloc(0);
    this.lastAt = undefined;
  }

  push(chunk: Uint8Array, now?: number): ParseEvent[] {
    const events: ParseEvent[] = [];
    if (now !== undefined && this.lastAt !== undefined && this.buf.length > 0 && now - this.lastAt > this.gapMs) {
      events.push({ type: 'dropped', reason: 'stalled', bytes: this.buf.length });
      this.buf = Buffer.alloc(0);
    }
    if (now !== undefined) this.lastAt = now;
    this.buf = this.buf.length === 0 ? Buffer.from(chunk) : Buffer.concat([this.buf, chunk]);
    for (;;) {
      const start = huntPreamble(this.buf);
      if (start > 0) {
        events.push({ type: 'dropped', reason: 'garbage', bytes: start });
        this.buf = this.buf.subarray(start);
      }
      if (this.buf.length < 7) break;
      const len = this.buf.readUInt16BE(5);
      if (len < MIN_LEN || len > this.maxLen) {
        // Not a real header: skip its first byte and hunt again (the real preamble may start inside it).
        events.push({ type: 'dropped', reason: 'bad-length', bytes: 1 });
        this.buf = this.buf.subarray(1);
        continue;
      }
      const total = 7 + len;
      if (this.buf.length < total) break;
      const bytes = Buffer.from(this.buf.subarray(0, total));
      if (xorChecksum(bytes) !== bytes[total - 1]) {
        events.push({ type: 'dropped', reason: 'bad-checksum', bytes: 1 });
        this.buf = this.buf.subarray(1);
        continue;
      }
      events.push({ type: 'frame', frame: { bytes, body: bytes.subarray(7, total - 1) } });
      this.buf = this.buf.subarray(total);
    }
    // Keep the buffer small and detached from large chunks.
    if (this.buf.length > 0 && this.buf.byteOffset !== 0) this.buf = Buffer.from(this.buf);
    return events;
  }
}

/**
 * Index of the first possible preamble start: a full match, or a proper prefix at the very end
 * (which must be kept until more bytes arrive). Returns buf.length when nothing can start here.
 */
function huntPreamble(buf: Buffer): number {
  outer: for (let i = 0; i < buf.length; i++) {
    for (let j = 0; j < PREAMBLE.length && i + j < buf.length; j++) {
      if (buf[i + j] !== PREAMBLE[j]) continue outer;
    }
    return i;
  }
  return buf.length;
}
