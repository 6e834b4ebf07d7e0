import { useEffect, useRef, useState } from 'react';
import { IdleTimer } from './idle-timer';
import { useKiosk } from './kiosk-store';

/**
 * Ends the session after the configured idle time: the last seconds show a countdown, and any touch
 * or key restarts the wait. Nothing runs on the start screen.
 */
export function useIdleSession(): { remaining: number | null; stay(): void } {
  const idleSeconds = useKiosk((s) => s.settings?.idleSeconds ?? 60);
  const warnSeconds = useKiosk((s) => s.settings?.warnSeconds ?? 10);
  const active = useKiosk((s) => s.phase.name !== 'attract');
  const [remaining, setRemaining] = useState<number | null>(null);
  const timer = useRef<IdleTimer | null>(null);

  useEffect(() => {
    if (!active) return;
    let tick: ReturnType<typeof setInterval> | undefined;
    const t = new IdleTimer({
      idleMs: idleSeconds * 1000,
      warnMs: warnSeconds * 1000,
      onWarn(ms) {
        let left = Math.round(ms / 1000);
        setRemaining(left);
        tick = setInterval(() => setRemaining(left > 1 ? --left : 1), 1000);
      },
      onExpire() {
        clearInterval(tick);
        setRemaining(null);
        useKiosk.getState().dispatch({ type: 'finish' });
      },
    });
    const touch = () => {
      clearInterval(tick);
      setRemaining(null);
      t.touch();
    };
    t.start();
    timer.current = t;
    window.addEventListener('pointerdown', touch, true);
    window.addEventListener('keydown', touch, true);
    return () => {
      t.stop();
      clearInterval(tick);
      setRemaining(null);
      window.removeEventListener('pointerdown', touch, true);
      window.removeEventListener('keydown', touch, true);
    };
  }, [active, idleSeconds, warnSeconds]);

  return {
    remaining,
    stay: () => {
      setRemaining(null);
      timer.current?.touch();
    },
  };
}
