import { useEffect, useRef, useState } from 'react';
import { idlePhase, type IdlePhase } from './idle-clock';
import { useSession } from './session-store';

const INPUT = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Signs the desk out after the session's idle minutes without a person touching mouse or keyboard.
 * Live updates keep arriving at an unattended desk, so only input counts as activity, never calls.
 */
export function useIdleSignOut(idleMinutes: number): { idle: IdlePhase; stay(): void } {
  const lastInput = useRef(0);
  const [idle, setIdle] = useState<IdlePhase>({ phase: 'active' });
  useEffect(() => {
    lastInput.current = Date.now();
    const mark = () => {
      lastInput.current = Date.now();
    };
    for (const e of INPUT) window.addEventListener(e, mark, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      const next = idlePhase(lastInput.current, Date.now(), idleMinutes * 60_000);
      setIdle((prev) =>
        prev.phase === next.phase &&
        (prev.phase !== 'warn' || next.phase !== 'warn' || prev.secondsLeft === next.secondsLeft)
          ? prev
          : next,
      );
      if (next.phase === 'expired') void useSession.getState().signOut('idle');
    }, 1000);
    return () => {
      for (const e of INPUT) window.removeEventListener(e, mark, { capture: true });
      window.clearInterval(timer);
    };
  }, [idleMinutes]);
  return {
    idle,
    stay: () => {
      lastInput.current = Date.now();
      setIdle({ phase: 'active' });
    },
  };
}
