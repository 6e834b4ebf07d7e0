/**
 * The instants a posting carries, as milliseconds, by arithmetic. A start-up build reads five per
 * posting and Date.parse, a call into the runtime, was a tenth of the build. Only the plain form the
 * job schema admits (YYYY-MM-DDTHH:MM:SS[.fff…] with Z or ±HH:MM) is read here; anything else goes to
 * Date.parse, so the answer is always Date.parse's. A posting's days (startDate, validThrough) are
 * station days: clock/station-day's dayStartMs turns them into instants in the station's zone.
 */
import { dayNumber, digits } from '../clock/station-day';

const DAY = 86_400_000;
const MINUTE = 60_000;

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
