import { DEFAULT_TIME_ZONE, dayStartMs, stationDay } from '../../electron/runtime/clock/station-day';

/**
 * A station clock for tests that span "today": it runs at real speed from noon of the station's
 * current day (Asia/Shanghai, whatever the host's zone), so a run that starts just before midnight
 * does not see the station's day change under it (a booth's assignment, today's figures and
 * postings all belong to one day).
 */
export function middayClock(shiftFromNoonMs = 0): () => Date {
  const real = Date.now();
  const noon = dayStartMs(stationDay(real, DEFAULT_TIME_ZONE), DEFAULT_TIME_ZONE) + 12 * 3_600_000;
  const offset = noon + shiftFromNoonMs - real;
  return () => new Date(Date.now() + offset);
}

/** The station's day (YYYY-MM-DD) by such a clock. */
export const stationToday = (clock: () => Date): string => stationDay(clock(), DEFAULT_TIME_ZONE);
