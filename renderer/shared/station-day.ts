/**
 * The station's calendar on a screen. A hall's days and clock times are those of its configured
 * zone (station.info's timeZone), never the zone the browser, TV box or PC happens to be set to: a
 * tablet on UTC must still show a 07:30 Beijing call as 07:30. Intl holds the zone rules; a
 * formatter per zone is kept because formatToParts is the slow part.
 *
 * `timeZone` undefined means the browser's own zone, which only happens before the station has
 * answered station.info (no screen renders until it has).
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function format(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      ...(timeZone ? { timeZone } : {}),
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(key, f);
  }
  return f;
}

interface Wall {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

/** What a wall clock in the zone reads at an instant. */
function wall(at: Date | number, timeZone: string | undefined): Wall {
  const w: Wall = { year: '', month: '', day: '', hour: '', minute: '', second: '' };
  for (const p of format(timeZone).formatToParts(at)) if (p.type in w) w[p.type as keyof Wall] = p.value;
  return w;
}

/** The day (YYYY-MM-DD) an instant falls on in the zone. */
export function dayIn(at: Date | number, timeZone: string | undefined): string {
  const w = wall(at, timeZone);
  return `${w.year}-${w.month}-${w.day}`;
}

/** The wall-clock time (HH:MM, 24-hour) of an instant in the zone. */
export function timeIn(at: Date | number | string, timeZone: string | undefined): string {
  const w = wall(typeof at === 'string' ? Date.parse(at) : at, timeZone);
  return `${w.hour}:${w.minute}`;
}

/** A day `n` days after (or before) a YYYY-MM-DD day: calendar arithmetic, no zone involved. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + n)).toISOString().slice(0, 10);
}

/** The zone's offset from UTC at an instant, ms (what its wall clock reads, taken as UTC, minus it). */
function offsetMs(at: number, timeZone: string | undefined): number {
  const w = wall(at, timeZone);
  const local = Date.UTC(+w.year, +w.month - 1, +w.day, +w.hour, +w.minute, +w.second);
  return local - (at - (((at % 1000) + 1000) % 1000));
}

/**
 * Milliseconds from `now` to the next time the zone's clocks read hour:minute (tomorrow's when
 * today's has passed). On a day a zone's clocks jump past that time, the instant after the jump.
 */
export function msUntilWallTime(
  now: Date,
  timeZone: string | undefined,
  hour: number,
  minute: number,
): number {
  const t = now.getTime();
  const at = (day: string) => {
    const [y, m, d] = day.split('-').map(Number);
    const local = Date.UTC(y!, m! - 1, d!, hour, minute);
    // The offset in force then: two rounds settle it except right at a switch.
    return local - offsetMs(local - offsetMs(local, timeZone), timeZone);
  };
  const today = dayIn(t, timeZone);
  const next = at(today) > t ? at(today) : at(addDays(today, 1));
  return next - t;
}
