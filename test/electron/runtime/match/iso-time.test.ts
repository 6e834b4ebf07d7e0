import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantMs } from '../../../../electron/runtime/match/iso-time';

const pad = (n: number, w: number) => String(n).padStart(w, '0');
/** Mostly well-formed instants, with out-of-range parts now and then (Feb 30, 24:00, +24:00). */
const instants = fc
  .record({
    y: fc.integer({ min: 0, max: 9999 }),
    mo: fc.integer({ min: 0, max: 13 }),
    d: fc.integer({ min: 0, max: 32 }),
    h: fc.integer({ min: 0, max: 25 }),
    mi: fc.integer({ min: 0, max: 60 }),
    s: fc.integer({ min: 0, max: 60 }),
    frac: fc.option(fc.stringMatching(/^[0-9]{0,9}$/), { nil: undefined }),
    zone: fc.oneof(
      fc.constant('Z'),
      fc.constant('z'),
      fc.constant(''),
      fc
        .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 60 }))
        .map(([sign, h, m]) => `${sign}${pad(h, 2)}:${pad(m, 2)}`),
    ),
  })
  .map(
    (p) =>
      `${pad(p.y, 4)}-${pad(p.mo, 2)}-${pad(p.d, 2)}T${pad(p.h, 2)}:${pad(p.mi, 2)}:${pad(p.s, 2)}` +
      `${p.frac !== undefined ? `.${p.frac}` : ''}${p.zone}`,
  );

describe('ISO times by arithmetic', () => {
  it('gives what Date.parse gives for any instant, valid or not', () => {
    fc.assert(
      fc.property(instants, (s) => {
        expect(instantMs(s)).toBe(Date.parse(s));
      }),
      { numRuns: 5000 },
    );
    for (const s of ['2026-11-21T10:00:00.123Z', '2026-11-21T10:00:00+08:00', 'garbage', '', '2026-11-21'])
      expect(instantMs(s)).toBe(Date.parse(s));
  });
});
