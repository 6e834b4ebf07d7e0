import { useEffect } from 'react';

/**
 * A screen that runs for weeks reloads itself once a night: a safety net under leak-free code
 * (Chromium renderers have run out of memory after days). 03:30 local, plus up to `spreadMs` so a
 * hall's screens do not all reload, and refetch, in the same second.
 */
export function msUntilNightly(now: Date, spreadMs: number, hour = 3, minute = 30): number {
  const next = new Date(now);
  next.setHours(hour, minute, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next.getTime() - now.getTime() + spreadMs;
}

export function useNightlyReload(reload: () => void = () => window.location.reload()): void {
  useEffect(() => {
    const timer = setTimeout(reload, msUntilNightly(new Date(), Math.floor(Math.random() * 20 * 60_000)));
    return () => clearTimeout(timer);
  }, [reload]);
}
