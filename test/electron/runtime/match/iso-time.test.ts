import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayStartMs, instantMs, isCalendarDay } from '../../../../electron/runtime/match/iso-time';

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

  it('starts a day at local midnight, as Date.parse of the day at that offset', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: -720, max: 840 }),
        (y, m, d, offset) => {
          const day = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          const sign = offset < 0 ? '-' : '+';
          const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60), 2)}:${pad(Math.abs(offset) % 60, 2)}`;
          expect(dayStartMs(day, offset)).toBe(Date.parse(`${day}T00:00:00${zone}`));
        },
      ),
      { numRuns: 5000 },
    );
    expect(dayStartMs('2026-11-21', 480)).toBe(Date.parse('2026-11-21T00:00:00+08:00'));
    expect(dayStartMs('not a day', 480)).toBeNaN();
  });

  it('knows which days the calendar has', () => {
    for (const d of ['2026-02-28', '2024-02-29', '2000-02-29', '2026-12-31', '2026-04-30'])
      expect(isCalendarDay(d)).toBe(true);
    for (const d of [
      '2026-02-29',
      '1900-02-29',
      '2026-02-30',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-1-01',
      '',
    ])
      expect(isCalendarDay(d)).toBe(false);
  });
});
