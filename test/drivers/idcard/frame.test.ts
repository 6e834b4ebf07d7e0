import { describe, expect, it } from 'vitest';
import { asResponse, buildRequest, requestFor, xorChecksum } from '../../../drivers/idcard/frame';
import { FrameParser } from '../../../drivers/idcard/frame-parser';
import { sw3Outcome } from '../../../drivers/idcard/status';
import { hex, vectorFrame } from '../fixtures';

describe('request frames', () => {
  it.each([
    ['resetSam', 'AA AA AA 96 69 00 03 10 FF EC'],
    ['samStatus', 'AA AA AA 96 69 00 03 11 FF ED'],
    ['samId', 'AA AA AA 96 69 00 03 12 FF EE'],
    ['find', 'AA AA AA 96 69 00 03 20 01 22'],
    ['select', 'AA AA AA 96 69 00 03 20 02 21'],
    ['readBase', 'AA AA AA 96 69 00 03 30 01 32'],
    ['readAppendedAddress', 'AA AA AA 96 69 00 03 30 03 30'],
    ['readWithFingerprint', 'AA AA AA 96 69 00 03 30 10 23'],
  ] as const)('%s is %s', (name, bytes) => {
    expect(requestFor(name)).toEqual(hex(bytes));
  });

  it('counts DATA in LEN (set max RF byte)', () => {
    expect(buildRequest(0x61, 0xff, Uint8Array.of(0x50))).toEqual(hex('AA AA AA 96 69 00 04 61 FF 50 CA'));
  });
});

describe('the §1.4 example responses', () => {
  it.each([
    ['AA AA AA 96 69 00 04 00 00 90 94', 'ok', 0],
    ['AA AA AA 96 69 00 04 00 00 60 64', 'sam-self-test-failed', 0],
    ['AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97', 'found', 4],
    ['AA AA AA 96 69 00 04 00 00 80 84', 'no-card', 0],
    ['AA AA AA 96 69 00 0C 00 00 90 00 00 00 00 00 00 00 00 9C', 'ok', 8],
    ['AA AA AA 96 69 00 04 00 00 81 85', 'select-failed', 0],
    ['AA AA AA 96 69 00 04 00 00 41 45', 'read-failed', 0],
  ])('%s parses as %s', (bytes, outcome, dataLen) => {
    const events = new FrameParser().push(hex(bytes));
    expect(events).toHaveLength(1);
    const e = events[0]!;
    if (e.type !== 'frame') throw new Error('not a frame');
    const r = asResponse(e.frame)!;
    expect(sw3Outcome(r.sw3)).toBe(outcome);
    expect(r.data).toHaveLength(dataLen);
  });

  it('rejects a frame whose checksum is off by one (the 20 01 21 seen in the wild)', () => {
    const events = new FrameParser().push(hex('AA AA AA 96 69 00 03 20 01 21'));
    expect(events.some((e) => e.type === 'frame')).toBe(false);
  });
});

describe('the §3.11 test vector', () => {
  const f = vectorFrame();
  it('is 1295 bytes with LEN 05 08 and checksum CD', () => {
    expect(f).toHaveLength(1295);
    expect(f.subarray(0, 20)).toEqual(hex('AA AA AA 96 69 05 08 00 00 90 01 00 04 00 20 5F 09 4E 20 00'));
    expect(f[1294]).toBe(0xcd);
    expect(xorChecksum(f)).toBe(0xcd);
    // text-block XOR 55, card-type marker (space) at frame offset 262
    expect(xorChecksum(f, 14, 270)).toBe(0x55);
    expect(f.subarray(262, 264)).toEqual(hex('20 00'));
  });
});

describe('status codes', () => {
  it('names every SW3 in the reference table and keeps unknown codes distinct', () => {
    const codes = [
      0x90, 0x9f, 0x91, 0x10, 0x11, 0x21, 0x23, 0x24, 0x31, 0x32, 0x33, 0x34, 0x40, 0x41, 0x47, 0x50, 0x60,
      0x61, 0x66, 0x80, 0x81, 0xff,
    ];
    const names = codes.map(sw3Outcome);
    expect(names).not.toContain('unknown-status');
    expect(new Set(names).size).toBe(codes.length);
    expect(sw3Outcome(0x42)).toBe('unknown-status');
  });
});
