/** Where a desk is on its way to signing out for inactivity; pure, so it is tested without a browser. */
export type IdlePhase = { phase: 'active' } | { phase: 'warn'; secondsLeft: number } | { phase: 'expired' };

/** The warning shows for the last minute (or the last fifth, when the limit is under five minutes). */
export function idlePhase(lastInputMs: number, nowMs: number, idleMs: number): IdlePhase {
  const left = idleMs - (nowMs - lastInputMs);
  if (left <= 0) return { phase: 'expired' };
  const warnMs = Math.min(60_000, idleMs / 5);
  return left <= warnMs ? { phase: 'warn', secondsLeft: Math.ceil(left / 1000) } : { phase: 'active' };
}
