import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRequest, buildResponse, PREAMBLE } from '../../../drivers/idcard/frame';
import { FrameParser, type ParseEvent } from '../../../drivers/idcard/frame-parser';
import { parseBaseRecord } from '../../../drivers/idcard/responses';
import { decodeTextBlock } from '../../../drivers/idcard/text-decoder';
import { vectorFrame } from '../fixtures';

const frames = (events: ParseEvent[]) =>
  events.flatMap((e) => (e.type === 'frame' ? [e.frame.bytes.toString('hex')] : []));

const anyFrame = fc.oneof(
  fc
    .record({
      cmd: fc.integer({ min: 0, max: 255 }),
      para: fc.integer({ min: 0, max: 255 }),
      data: fc.uint8Array({ maxLength: 40 }),
    })
    .map((r) => buildRequest(r.cmd, r.para, r.data)),
  fc
    .record({ sw3: fc.integer({ min: 0, max: 255 }), data: fc.uint8Array({ maxLength: 1300 }) })
    .map((r) => buildResponse(r.sw3, r.data)),
  fc.constant(vectorFrame()),
);

/** Split a buffer at arbitrary cut points. */
function chunk(buf: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (buf.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let prev = 0;
  for (const p of [...points, buf.length]) {
    out.push(buf.subarray(prev, p));
    prev = p;
  }
  return out;
}

describe('FrameParser', () => {
  it('reads the photo by length even when the preamble occurs inside it', () => {
    const photo = Buffer.alloc(1024, 0x11);
    photo.set([...PREAMBLE, 0x00, 0x04, 0x00, 0x00, 0x80, 0x84], 300);
    const f = buildResponse(0x90, Buffer.concat([Buffer.from([1, 0, 4, 0]), Buffer.alloc(256, 0x20), photo]));
    const got = frames(new FrameParser().push(f));
    expect(got).toEqual([f.toString('hex')]);
  });

  it('resyncs after a frame whose checksum is wrong', () => {
    const bad = buildResponse(0x9f, Buffer.alloc(4));
    bad[bad.length - 1]! ^= 1;
    const good = buildResponse(0x80);
    const events = new FrameParser().push(Buffer.concat([bad, good]));
    expect(frames(events)).toEqual([good.toString('hex')]);
    expect(events.some((e) => e.type === 'dropped' && e.reason === 'bad-checksum')).toBe(true);
  });

  it('rejects an absurd LEN instead of waiting for 65 KB', () => {
    const p = new FrameParser();
    const good = buildResponse(0x90);
    expect(frames(p.push(Buffer.concat([Buffer.from([...PREAMBLE, 0xff, 0xff, 1, 2, 3]), good])))).toEqual([
      good.toString('hex'),
    ]);
  });

  it('abandons a frame whose bytes stall longer than the inter-byte gap', () => {
    const p = new FrameParser({ interByteGapMs: 200 });
    const f = buildResponse(0x90, Buffer.alloc(10));
    expect(frames(p.push(f.subarray(0, 8), 0))).toEqual([]);
    const later = p.push(Buffer.concat([f.subarray(8), buildResponse(0x80)]), 500);
    expect(later[0]).toMatchObject({ type: 'dropped', reason: 'stalled' });
    expect(frames(later)).toEqual([buildResponse(0x80).toString('hex')]);
  });

  it('property: any chunking of a valid stream yields the same frames', () => {
    fc.assert(
      fc.property(
        fc.array(anyFrame, { minLength: 1, maxLength: 5 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        (fs, cuts) => {
          const stream = Buffer.concat(fs);
          const p = new FrameParser();
          const got = chunk(stream, cuts).flatMap((c) => frames(p.push(c)));
          expect(got).toEqual(fs.map((f) => f.toString('hex')));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('property: garbage between frames is skipped and the frames survive', () => {
    // Garbage that cannot contain the preamble's first byte can never be mistaken for a frame start.
    const junk = fc
      .uint8Array({ maxLength: 50 })
      .map((a) => Buffer.from(a.map((b) => (b === 0xaa ? 0x55 : b))));
    fc.assert(
      fc.property(fc.array(fc.tuple(junk, anyFrame), { minLength: 1, maxLength: 4 }), (parts) => {
        const got = frames(new FrameParser().push(Buffer.concat(parts.flatMap(([j, f]) => [j, f]))));
        expect(got).toEqual(parts.map(([, f]) => f.toString('hex')));
      }),
      { numRuns: 200 },
    );
  });

  it('property: arbitrary bytes never throw and never yield a card', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 400 }), { maxLength: 8 }), (chunks) => {
        const p = new FrameParser();
        for (const c of chunks) {
          for (const e of p.push(c)) {
            if (e.type !== 'frame') continue;
            const rec = parseBaseRecord(e.frame.body.subarray(3));
            if (rec.ok) expect(decodeTextBlock(rec.value.text).cardType).toBe('unknown');
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
