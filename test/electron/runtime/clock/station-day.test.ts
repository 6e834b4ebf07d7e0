import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayEndMs,
  dayStartMs,
  daysBetween,
  daysSinceMonday,
  isCalendarDay,
  isTimeZone,
  offsetMinutes,
  stationClock,
  stationDay,
  timeOfDay,
} from '../../../../electron/runtime/clock/station-day';

const HOUR = 3_600_000;
/** Fixed, half-hour, 45-minute, DST at 02:00, DST at midnight, half-hour DST. */
const zones = [
  'Asia/Shanghai',
  'UTC',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'America/New_York',
  'Europe/London',
  'America/Santiago',
  'America/Havana',
  'Asia/Beirut',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
];

const formats = new Map<string, Intl.DateTimeFormat>();
/** What Intl itself says the day is. */
function intlDay(ms: number, timeZone: string): string {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, f);
  }
  const parts = f.formatToParts(ms);
  const part = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

const instant = fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2100, 0, 1) });
const day = instant.map((ms) => new Date(ms).toISOString().slice(0, 10));
const zone = fc.constantFrom(...zones);

describe('the station day of an instant', () => {
  it('is the day Intl gives in the zone, for any instant and zone', () => {
    fc.assert(
      fc.property(instant, zone, (ms, tz) => {
        expect(stationDay(ms, tz)).toBe(intlDay(ms, tz));
      }),
      { numRuns: 3000 },
    );
  });

  it('puts 07:30 in Beijing on its Beijing day, whatever zone the host is in', () => {
    const morning = Date.parse('2026-03-01T23:30:00Z');
    expect(stationDay(morning, 'Asia/Shanghai')).toBe('2026-03-02');
    expect(stationDay(morning, 'UTC')).toBe('2026-03-01');
    expect(stationDay(morning - 1, 'America/New_York')).toBe('2026-03-01');
    expect(timeOfDay(morning, 'Asia/Shanghai')).toBe('07:30');
    expect(offsetMinutes('Asia/Shanghai', morning)).toBe(480);
  });

  it('follows the zone across its DST switches', () => {
    // New York springs forward on 8 March 2026 at 02:00 and falls back on 1 November.
    expect(offsetMinutes('America/New_York', Date.parse('2026-03-08T06:59:59Z'))).toBe(-300);
    expect(offsetMinutes('America/New_York', Date.parse('2026-03-08T07:00:00Z'))).toBe(-240);
    expect(timeOfDay(Date.parse('2026-03-08T07:00:00Z'), 'America/New_York')).toBe('03:00');
    expect(stationDay(Date.parse('2026-11-02T04:59:59Z'), 'America/New_York')).toBe('2026-11-01');
  });
});

describe('the start of a station day', () => {
  it('is the first instant Intl counts on that day, in any zone', () => {
    fc.assert(
      fc.property(day, zone, (d, tz) => {
        const start = dayStartMs(d, tz);
        expect(intlDay(start, tz)).toBe(d);
        expect(intlDay(start - 1, tz)).toBe(addDays(d, -1));
        expect(dayEndMs(d, tz)).toBe(dayStartMs(addDays(d, 1), tz));
      }),
      { numRuns: 2000 },
    );
  });

  it('is midnight at the offset of the day in Beijing', () => {
    for (const d of ['2026-03-02', '2026-11-21', '2000-02-29', '2099-12-31'])
      expect(dayStartMs(d, 'Asia/Shanghai')).toBe(Date.parse(`${d}T00:00:00+08:00`));
    expect(dayStartMs('2026-02-30', 'Asia/Shanghai')).toBeNaN();
    expect(dayStartMs('not a day', 'Asia/Shanghai')).toBeNaN();
  });

  it('gives a DST day its 23 or 25 hours, and a day whose midnight is skipped its first hour', () => {
    const hours = (d: string, tz: string) => (dayEndMs(d, tz) - dayStartMs(d, tz)) / HOUR;
    expect(hours('2026-03-08', 'America/New_York')).toBe(23);
    expect(hours('2026-11-01', 'America/New_York')).toBe(25);
    expect(hours('2026-10-04', 'Australia/Lord_Howe')).toBe(23.5);
    // Beirut goes from 00:00 straight to 01:00 on 29 March 2026: the day starts at 01:00.
    expect(timeOfDay(dayStartMs('2026-03-29', 'Asia/Beirut'), 'Asia/Beirut')).toBe('01:00');
    expect(new Date(dayStartMs('2026-03-29', 'Asia/Beirut')).toISOString()).toBe('2026-03-28T22:00:00.000Z');
  });
});

describe('calendar arithmetic', () => {
  it('adds and counts days, across months, leap years and centuries', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -40_000, max: 40_000 }), (d, n) => {
        const later = addDays(d, n);
        expect(isCalendarDay(later)).toBe(true);
        expect(daysBetween(d, later)).toBe(n);
        expect(later).toBe(new Date(Date.parse(`${d}T00:00:00Z`) + n * 24 * HOUR).toISOString().slice(0, 10));
      }),
      { numRuns: 2000 },
    );
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(() => addDays('2026-02-30', 1)).toThrow(/calendar day/);
  });

  it('counts from Monday', () => {
    expect(daysSinceMonday('2026-03-02')).toBe(0);
    expect(daysSinceMonday('2026-03-01')).toBe(6);
    expect(daysSinceMonday('1970-01-01')).toBe(3);
    expect(daysSinceMonday('1969-12-29')).toBe(0);
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

describe('the station clock', () => {
  it("answers in its own zone and refuses one Intl doesn't know", () => {
    const at = new Date('2026-03-01T23:30:00Z');
    const clock = stationClock('Asia/Shanghai', () => at);
    expect(clock.today()).toBe('2026-03-02');
    expect(clock.dayOf('2026-03-01T15:59:59.999Z')).toBe('2026-03-01');
    expect(clock.dayStart('2026-03-02').toISOString()).toBe('2026-03-01T16:00:00.000Z');
    expect(clock.timeOf(at)).toBe('07:30');
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('Asia/Beijing')).toBe(false);
    expect(() => stationClock('Asia/Beijing')).toThrow(/unknown time zone/);
  });
});
