import { useEffect } from 'react';
import { msUntilWallTime } from '../shared/station-day';
import { useStation } from '../station-store';

/**
 * A screen that runs for weeks reloads itself once a night: a safety net under leak-free code
 * (Chromium renderers have run out of memory after days). 03:30 in the station's zone, when the
 * hall is shut whatever the TV box's clock says, plus up to `spreadMs` so a hall's screens do not
 * all reload, and refetch, in the same second.
 */
export function msUntilNightly(
  now: Date,
  spreadMs: number,
  timeZone: string | undefined,
  hour = 3,
  minute = 30,
): number {
  return msUntilWallTime(now, timeZone, hour, minute) + spreadMs;
}

export function useNightlyReload(reload: () => void = () => window.location.reload()): void {
  const timeZone = useStation((s) => s.info?.timeZone);
  useEffect(() => {
    const spread = Math.floor(Math.random() * 20 * 60_000);
    const timer = setTimeout(reload, msUntilNightly(new Date(), spread, timeZone));
    return () => clearTimeout(timer);
  }, [reload, timeZone]);
}
