/**
 * The instants and days a posting carries, as milliseconds, by arithmetic. A start-up build reads
 * five per posting and Date.parse, a call into the runtime, was a tenth of the build. Only the
 * plain forms the job schema admits (YYYY-MM-DD, and YYYY-MM-DDTHH:MM:SS[.fff…] with Z or ±HH:MM)
 * are read here; anything else goes to Date.parse, so the answer is always Date.parse's.
 */
const DAY = 86_400_000;
const MINUTE = 60_000;

/** Posting and availability days are 长春 local days: UTC+8. */
export const LOCAL_OFFSET_MINUTES = 480;

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The n-digit number at s[i…], or -1 if any of them is not a digit. */
function digits(s: string, i: number, n: number): number {
  let v = 0;
  for (let k = i; k < i + n; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Days since the epoch of YYYY-MM-DD at s[0…10], or NaN when it is not a real date written so. */
function dayNumber(s: string): number {
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

/** Start of a calendar day (YYYY-MM-DD) at a UTC offset in minutes: 长春 is +480. */
export function dayStartMs(isoDay: string, offsetMinutes: number): number {
  const n = isoDay.length === 10 ? dayNumber(isoDay) : NaN;
  if (n === n) return n * DAY - offsetMinutes * MINUTE;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return Date.parse(`${isoDay}T00:00:00${sign}${hh}:${mm}`);
}

/** Date.parse of an ISO 8601 instant. */
export function instantMs(s: string): number {
  const fast = plainInstant(s);
  return fast === fast ? fast : Date.parse(s);
}

function plainInstant(s: string): number {
  if (s.length < 20 || s.charCodeAt(10) !== 84 /* T */ || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58)
    return NaN;
  const day = dayNumber(s);
  const h = digits(s, 11, 2);
  const min = digits(s, 14, 2);
  const sec = digits(s, 17, 2);
  if (day !== day || h < 0 || h > 23 || min < 0 || min > 59 || sec < 0 || sec > 59) return NaN;
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === 46 /* . */) {
    // Milliseconds are the first three digits; further ones are dropped, as Date.parse drops them.
    const start = ++i;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      if (i - start < 3) ms += c * (i === start ? 100 : i === start + 1 ? 10 : 1);
    }
    if (i === start) return NaN;
  }
  let offset = 0;
  const z = s.charCodeAt(i);
  if (z === 90 /* Z */ && i + 1 === s.length) offset = 0;
  else if ((z === 43 || z === 45) && i + 6 === s.length && s.charCodeAt(i + 3) === 58) {
    const oh = digits(s, i + 1, 2);
    const om = digits(s, i + 4, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return NaN;
    offset = (z === 45 ? -1 : 1) * (oh * 60 + om);
  } else return NaN;
  return day * DAY + h * 3_600_000 + min * MINUTE + sec * 1000 + ms - offset * MINUTE;
}
