import type { FastifyReply } from 'fastify';

/** Counts attempts per key in a sliding window; used for pairing and sign-in, where guessing is the threat. */
export class RateLimiter {
  private hits = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an attempt; false when the key is over its limit (the attempt is refused, not counted twice). */
  allow(key: string): boolean {
    const t = this.now();
    const recent = (this.hits.get(key) ?? []).filter((h) => t - h < this.windowMs);
    if (recent.length >= this.max) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(t);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.prune(t);
    return true;
  }

  /** Whether the key is over its limit now, without counting an attempt. */
  blocked(key: string): boolean {
    const t = this.now();
    return (this.hits.get(key) ?? []).filter((h) => t - h < this.windowMs).length >= this.max;
  }

  /** Counts one attempt that went wrong (sign-in counts only failures). */
  record(key: string): void {
    const t = this.now();
    const recent = (this.hits.get(key) ?? []).filter((h) => t - h < this.windowMs);
    recent.push(t);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.prune(t);
  }

  private prune(t: number) {
    for (const [k, v] of this.hits) if (v.every((h) => t - h >= this.windowMs)) this.hits.delete(k);
  }
}

/** The answer to a caller over its limit: 429 with the wait, as the API's error result. */
export function tooMany(reply: FastifyReply, message: string): FastifyReply {
  return reply
    .code(429)
    .header('retry-after', '300')
    .send({ ok: false, error: { code: 'forbidden', message } });
}
