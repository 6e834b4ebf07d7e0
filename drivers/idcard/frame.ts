/**
 * GA 467 SAM host-interface frames: `AA AA AA 96 69`, big-endian LEN, body, XOR checksum.
 * Pure byte functions; no I/O.
 */
export const PREAMBLE = Uint8Array.of(0xaa, 0xaa, 0xaa, 0x96, 0x69);
/** LEN counts at least SW1 SW2 SW3 CHK (response) or CMD PARA CHK (request). */
export const MIN_LEN = 3;
/** Largest LEN seen is 0x090A (text+photo+2 fingerprints); anything far beyond is noise. */
export const MAX_LEN = 2400;

/** Commands the kiosk uses (CMD, PARA). */
export const Command = {
  resetSam: [0x10, 0xff],
  samStatus: [0x11, 0xff],
  samId: [0x12, 0xff],
  find: [0x20, 0x01],
  select: [0x20, 0x02],
  readBase: [0x30, 0x01],
  readAppendedAddress: [0x30, 0x03],
  readWithFingerprint: [0x30, 0x10],
} as const satisfies Record<string, readonly [number, number]>;
export type CommandName = keyof typeof Command;

/** XOR of every byte from LEN_H up to (not including) the checksum byte. */
export function xorChecksum(frame: Uint8Array, from = 5, to = frame.length - 1): number {
  let x = 0;
  for (let i = from; i < to; i++) x ^= frame[i]!;
  return x;
}

function wrap(body: Uint8Array): Buffer {
  const len = body.length + 1;
  const out = Buffer.alloc(7 + len);
  out.set(PREAMBLE, 0);
  out.writeUInt16BE(len, 5);
  out.set(body, 7);
  out[out.length - 1] = xorChecksum(out);
  return out;
}

/** Host → reader: preamble, LEN, CMD, PARA, DATA?, CHK. */
export function buildRequest(cmd: number, para: number, data: Uint8Array = new Uint8Array()): Buffer {
  const body = new Uint8Array(2 + data.length);
  body[0] = cmd;
  body[1] = para;
  body.set(data, 2);
  return wrap(body);
}

export function requestFor(name: CommandName, data?: Uint8Array): Buffer {
  const [cmd, para] = Command[name];
  return buildRequest(cmd, para, data);
}

/** Reader → host (used by the simulator): preamble, LEN, SW1 SW2 SW3, DATA, CHK. */
export function buildResponse(sw3: number, data: Uint8Array = new Uint8Array(), sw1 = 0, sw2 = 0): Buffer {
  const body = new Uint8Array(3 + data.length);
  body[0] = sw1;
  body[1] = sw2;
  body[2] = sw3;
  body.set(data, 3);
  return wrap(body);
}

/** A checksum-verified frame, split into the bytes between LEN and CHK. */
export interface RawFrame {
  /** Everything between LEN and CHK: CMD PARA DATA (request) or SW1 SW2 SW3 DATA (response). */
  body: Buffer;
  /** The whole frame as it arrived. */
  bytes: Buffer;
}

/** Request view of a frame (simulator side). */
export interface Request {
  cmd: number;
  para: number;
  data: Buffer;
}

export function asRequest(f: RawFrame): Request | undefined {
  if (f.body.length < 2) return undefined;
  return { cmd: f.body[0]!, para: f.body[1]!, data: f.body.subarray(2) };
}

/** Response view of a frame (host side). SW1/SW2 are kept for the log only: every known host decides on SW3. */
export interface Response {
  sw1: number;
  sw2: number;
  sw3: number;
  data: Buffer;
}

export function asResponse(f: RawFrame): Response | undefined {
  if (f.body.length < 3) return undefined;
  return { sw1: f.body[0]!, sw2: f.body[1]!, sw3: f.body[2]!, data: f.body.subarray(3) };
}

export const toHex = (b: Uint8Array): string => Buffer.from(b).toString('hex').toUpperCase().replace(/(..)(?!$)/g, '$1 ');
