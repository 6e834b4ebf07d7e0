import { useEffect, useState } from 'react';

/** Panels take turns; the period comes from the page (`?rotate=S`, seconds) or the default. */
export function rotationPeriodMs(search: string, fallbackMs = 20_000): number {
  const s = Number(new URLSearchParams(search).get('rotate'));
  return Number.isFinite(s) && s >= 2 && s <= 600 ? s * 1000 : fallbackMs;
}

export const nextPanel = (i: number, count: number) => (count <= 0 ? 0 : (i + 1) % count);

export function useRotation(count: number, periodMs: number): number {
  const [i, setI] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setI((x) => nextPanel(x, count)), periodMs);
    return () => clearInterval(timer);
  }, [count, periodMs]);
  return i % Math.max(1, count);
}
