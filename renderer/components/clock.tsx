import { useEffect, useState } from 'react';
import { timeIn } from '../shared/station-day';
import { useStation } from '../station-store';

/** HH:MM in the station's zone, on its own timer so nothing else re-renders with it. */
export function Clock({ className }: { className?: string }) {
  const timeZone = useStation((s) => s.info?.timeZone);
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 10_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <time className={className} dateTime={now.toISOString()}>
      {timeIn(now, timeZone)}
    </time>
  );
}
