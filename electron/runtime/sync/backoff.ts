/**
 * Full-jitter exponential backoff: sleep = random(0, min(cap, base · 2^attempt)).
 * Spreads retries of many terminals after an outage instead of having them hit the hub in step.
 */
export function fullJitter(
  attempt: number,
  baseMs: number,
  capMs: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(attempt, 30));
  return Math.floor(random() * ceiling);
}
