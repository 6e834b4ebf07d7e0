/**
 * The station's calendar. A hall counts, numbers and schedules by its own days (config `timeZone`,
 * an IANA zone, Asia/Shanghai by default), never by the zone its host's clock happens to be set to:
 * a hub on UTC must count a 07:30 Beijing registration on that Beijing day. Every day the runtime
 * computes from an instant comes from here.
 *
 * Days are YYYY-MM-DD strings. Intl is the only source of zone rules; its answers are cached (a
 * formatter per zone, an offset per UTC day, a start per station day) because the matching engine
 * asks for thousands of day starts at start-up and formatToParts costs ~15 µs a call.
 */
const DAY = 86_400_000;
const MINUTE = 60_000;

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** Whether Intl knows this IANA zone name (Asia/Shanghai, UTC, America/New_York …). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

// --- Calendar arithmetic: days as numbers since 1970-01-01, no zone involved. ---

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** YYYY-MM-DD of a day number (Hinnant's civil_from_days). */
function civilFromDays(n: number): string {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The n-digit number at s[i…], or -1 if any of them is not a digit. */
export function digits(s: string, i: number, n: number): number {
  let v = 0;
  for (let k = i; k < i + n; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Days since the epoch of YYYY-MM-DD at s[0…10], or NaN when it is not a real date written so. */
export function dayNumber(s: string): number {
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1) return NaN;
  if (d > (m === 2 && leap(y) ? 29 : monthDays[m - 1]!)) return NaN;
  return daysFromCivil(y, m, d);
}

/** Whether YYYY-MM-DD names a day of the calendar (no 02-30, 02-29 only in a leap year). */
export const isCalendarDay = (s: string): boolean => s.length === 10 && !Number.isNaN(dayNumber(s));

function requireDay(day: string): number {
  const n = day.length === 10 ? dayNumber(day) : NaN;
  if (n !== n) throw new RangeError(`not a calendar day (YYYY-MM-DD): ${day}`);
  return n;
}

export const addDays = (day: string, days: number): string => civilFromDays(requireDay(day) + days);

export const daysBetween = (from: string, to: string): number => requireDay(to) - requireDay(from);

/** Days since the Monday of its week: 0 on a Monday, 6 on a Sunday. */
export const daysSinceMonday = (day: string): number => (((requireDay(day) + 3) % 7) + 7) % 7;

// --- The zone: Intl's rules, cached. ---

interface Zone {
  parts: Intl.DateTimeFormat;
  /** UTC day number → the zone's offset (ms) through that UTC day, or [before, after, switchMs]. */
  offsets: Map<number, number | [number, number, number]>;
  /** Station day number → its first instant (ms). */
  starts: Map<number, number>;
}

const zones = new Map<string, Zone>();
/** A cache per zone stays small (days a station touches); this bounds a long-running odd caller. */
const CACHE_LIMIT = 100_000;

function zone(timeZone: string): Zone {
  let z = zones.get(timeZone);
  if (!z) {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    zones.set(timeZone, (z = { parts, offsets: new Map(), starts: new Map() }));
  }
  return z;
}

/** The zone's offset from UTC at an instant, in ms, from Intl (slow: the caches call it). */
function intlOffsetMs(z: Zone, ms: number): number {
  const whole = Math.floor(ms / 1000) * 1000;
  let y = 0;
  let mo = 0;
  let d = 0;
  let h = 0;
  let mi = 0;
  let s = 0;
  let bc = false;
  for (const p of z.parts.formatToParts(whole)) {
    if (p.type === 'year') y = Number(p.value);
    else if (p.type === 'month') mo = Number(p.value);
    else if (p.type === 'day') d = Number(p.value);
    else if (p.type === 'hour') h = Number(p.value);
    else if (p.type === 'minute') mi = Number(p.value);
    else if (p.type === 'second') s = Number(p.value);
    else if (p.type === 'era') bc = p.value === 'BC' || p.value === 'B';
  }
  const local = daysFromCivil(bc ? 1 - y : y, mo, d) * DAY + ((h * 60 + mi) * 60 + s) * 1000;
  return local - whole;
}

/**
 * The zone's offset at an instant, ms. Zones change offset at most once a day, so per UTC day the
 * offsets at its first and last millisecond settle it; on a day they differ the switch is found once.
 */
function offsetMs(z: Zone, ms: number): number {
  const utcDay = Math.floor(ms / DAY);
  let o = z.offsets.get(utcDay);
  if (o === undefined) {
    if (z.offsets.size >= CACHE_LIMIT) z.offsets.clear();
    const first = utcDay * DAY;
    const before = intlOffsetMs(z, first);
    const after = intlOffsetMs(z, first + DAY - 1);
    if (before === after) o = before;
    else {
      // The first second at the new offset (zones switch on whole seconds; in practice on 15 minutes).
      let lo = first;
      let hi = first + DAY - 1;
      while (hi - lo > 1000) {
        const mid = Math.floor((lo + hi) / 2);
        if (intlOffsetMs(z, mid) === before) lo = mid;
        else hi = mid;
      }
      o = [before, after, Math.floor(hi / 1000) * 1000];
    }
    z.offsets.set(utcDay, o);
  }
  return typeof o === 'number' ? o : ms < o[2] ? o[0] : o[1];
}

const dayNumberAt = (z: Zone, ms: number) => Math.floor((ms + offsetMs(z, ms)) / DAY);

/** The zone's UTC offset at an instant, in minutes east (480 for Beijing). */
export const offsetMinutes = (timeZone: string, at: Date | number): number =>
  offsetMs(zone(timeZone), typeof at === 'number' ? at : at.getTime()) / MINUTE;

/** The day (YYYY-MM-DD) an instant falls on in the zone. */
export function stationDay(at: Date | number, timeZone: string): string {
  const ms = typeof at === 'number' ? at : at.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('not an instant');
  return civilFromDays(dayNumberAt(zone(timeZone), ms));
}

/** The wall-clock time (HH:MM, 24-hour) of an instant in the zone. */
export function timeOfDay(at: Date | number, timeZone: string): string {
  const ms = typeof at === 'number' ? at : at.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('not an instant');
  const local = ms + offsetMs(zone(timeZone), ms);
  const minutes = Math.floor((local - Math.floor(local / DAY) * DAY) / MINUTE);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

/**
 * The first instant (ms) of a day in the zone: local midnight, or where a zone skips midnight (a
 * DST switch at 00:00) the switch itself. NaN when `day` is not a calendar day.
 */
export const dayStartMs = (day: string, timeZone: string): number =>
  startOf(zone(timeZone), day.length === 10 ? dayNumber(day) : NaN);

/** The first instant after a day in the zone (the next day's start: 23 or 25 hours on a DST day). */
export const dayEndMs = (day: string, timeZone: string): number =>
  startOf(zone(timeZone), day.length === 10 ? dayNumber(day) + 1 : NaN);

function startOf(z: Zone, n: number): number {
  if (n !== n) return NaN;
  let start = z.starts.get(n);
  if (start === undefined) {
    if (z.starts.size >= CACHE_LIMIT) z.starts.clear();
    start = firstInstantOf(z, n);
    z.starts.set(n, start);
  }
  return start;
}

function firstInstantOf(z: Zone, n: number): number {
  const midnight = n * DAY;
  // Midnight at the offset in force then: two rounds settle it unless the offset changes at midnight.
  let t = midnight - offsetMs(z, midnight - offsetMs(z, midnight));
  t = midnight - offsetMs(z, t);
  if (dayNumberAt(z, t) === n && dayNumberAt(z, t - 1) === n - 1) return t;
  // A switch at midnight: search the hours around it for the first instant of the day.
  let lo = t - 3 * 3_600_000;
  let hi = t + 3 * 3_600_000;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (dayNumberAt(z, mid) >= n) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** What the runtime asks of time: the instant, and the station's day of it. */
export interface StationClock {
  /** The station's IANA time zone (config `timeZone`). */
  readonly timeZone: string;
  now(): Date;
  /** The station's day now, YYYY-MM-DD. */
  today(): string;
  /** The station's day of an instant: a Date, epoch ms or an ISO 8601 string. */
  dayOf(at: Date | number | string): string;
  /** The first instant of a station day. */
  dayStart(day: string): Date;
  /** The station's wall-clock time of an instant, HH:MM (24-hour). */
  timeOf(at: Date | number | string): string;
}

export function stationClock(
  timeZone: string = DEFAULT_TIME_ZONE,
  now: () => Date = () => new Date(),
): StationClock {
  if (!isTimeZone(timeZone)) throw new RangeError(`unknown time zone: ${timeZone}`);
  return {
    timeZone,
    now,
    today: () => stationDay(now(), timeZone),
    dayOf: (at) => stationDay(typeof at === 'string' ? Date.parse(at) : at, timeZone),
    dayStart: (day) => new Date(dayStartMs(day, timeZone)),
    timeOf: (at) => timeOfDay(typeof at === 'string' ? Date.parse(at) : at, timeZone),
  };
}
