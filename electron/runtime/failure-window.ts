/**
 * Failures counted per key in a sliding window: wrong PINs per terminal and per address at the hub,
 * wrong pairing codes per staff session at the desk. Only failures are counted, so a key that keeps
 * succeeding is never blocked.
 */
export class FailureWindow {
  private hits = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Whether the key has reached its limit at `now`, without counting anything. */
  blocked(key: string, now: number): boolean {
    return this.recent(key, now).length >= this.max;
  }

  /** Counts one failure; returns how many the key has in the window. */
  record(key: string, now: number): number {
    const hits = [...this.recent(key, now), now];
    this.hits.set(key, hits);
    if (this.hits.size > 10_000) for (const k of [...this.hits.keys()]) this.recent(k, now);
    return hits.length;
  }

  private recent(key: string, now: number): number[] {
    const hits = (this.hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (hits.length) this.hits.set(key, hits);
    else this.hits.delete(key);
    return hits;
  }
}
