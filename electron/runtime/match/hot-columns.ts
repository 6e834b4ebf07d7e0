/**
 * The fields the hard filters and the score bounds read, copied per slot into typed arrays. A match
 * or a broad search walks tens of thousands of slots; reading a few numbers from dense arrays
 * instead of following each job's object graph is what keeps that walk to a couple of milliseconds.
 * The arrays only ever reject what the exact checks (filters.ts) would reject too; whatever passes
 * them is checked again exactly before it is scored.
 */
import type { IndexedJob } from './indexed-job';
import { hasFacet, type Facet } from './state';

const NO_AGE_MAX = 255;
const PUBLIC_WELFARE = 2;
/** state.hasFacet's answers: 日结 (paid or lasting a day), 短期, 长期. */
const FACET_DAILY = 4;
const FACET_SHORT = 8;
const FACET_LONG = 16;
/** Paid the same day (日结 as a filter: settlement only). */
const SETTLES_DAILY = 32;
const facetBit = { daily: FACET_DAILY, short: FACET_SHORT, long: FACET_LONG } as const;

export class HotColumns {
  /** 1: open with places left. */
  live = new Uint8Array(0);
  endMs = new Float64Array(0);
  /** Last confirmed, or else posted (the freshness rule, filters.marketExclusion). */
  freshMs = new Float64Array(0);
  /** Last confirmed or updated (search ranks by it). */
  vouchedMs = new Float64Array(0);
  /** 0 where the posting sets no minimum. */
  ageMin = new Uint8Array(0);
  /** 255 where it sets no maximum. */
  ageMax = new Uint8Array(0);
  flags = new Uint8Array(0);
  /** Comparable 元/天, NaN for a piece rate without stated output. */
  daily = new Float64Array(0);
  /** Plane km (geo.toPlane), NaN where the workplace is not located. */
  x = new Float64Array(0);
  y = new Float64Array(0);
  /** Near-duplicate group (IndexedJob.dupId). */
  dupId = new Int32Array(0);

  set(slot: number, j: IndexedJob): void {
    this.reserve(slot + 1);
    const job = j.job;
    this.live[slot] = job.status === 'open' && job.filled < job.headcount ? 1 : 0;
    this.endMs[slot] = j.endMs;
    this.freshMs[slot] = j.confirmedMs ?? j.postedMs;
    this.vouchedMs[slot] = j.vouchedMs;
    this.ageMin[slot] = Math.max(0, Math.min(NO_AGE_MAX - 1, job.ageMin ?? 0));
    this.ageMax[slot] =
      job.ageMax === undefined ? NO_AGE_MAX : Math.max(0, Math.min(NO_AGE_MAX - 1, job.ageMax));
    this.flags[slot] =
      (job.publicWelfare ? PUBLIC_WELFARE : 0) |
      (hasFacet(job, 'daily') ? FACET_DAILY : 0) |
      (hasFacet(job, 'short') ? FACET_SHORT : 0) |
      (hasFacet(job, 'long') ? FACET_LONG : 0) |
      (job.settlement === 'daily' ? SETTLES_DAILY : 0);
    this.daily[slot] = j.daily ?? NaN;
    this.x[slot] = j.plane?.x ?? NaN;
    this.y[slot] = j.plane?.y ?? NaN;
    this.dupId[slot] = j.dupId;
  }

  clear(slot: number): void {
    if (slot < this.live.length) this.live[slot] = 0;
  }

  /** Open, unexpired, confirmed (or posted) since `staleBeforeMs`, places left: filters.marketExclusion's rules. */
  marketOk(slot: number, nowMs: number, staleBeforeMs: number): boolean {
    return this.live[slot] === 1 && this.endMs[slot]! > nowMs && this.freshMs[slot]! >= staleBeforeMs;
  }

  /** Age and public-welfare rules; certificates are left to the exact check. */
  workerMayTake(slot: number, age: number | undefined, welfareEligible: boolean): boolean {
    if (age !== undefined && (age < this.ageMin[slot]! || age > this.ageMax[slot]!)) return false;
    return welfareEligible || (this.flags[slot]! & PUBLIC_WELFARE) === 0;
  }

  hasFacet(slot: number, f: Facet): boolean {
    return (this.flags[slot]! & facetBit[f]) !== 0;
  }

  settlesDaily(slot: number): boolean {
    return (this.flags[slot]! & SETTLES_DAILY) !== 0;
  }

  /** Plane km from a point, NaN when the workplace is not located. */
  km(slot: number, fromX: number, fromY: number): number {
    return Math.hypot(fromX - this.x[slot]!, fromY - this.y[slot]!);
  }

  private reserve(n: number): void {
    if (n <= this.live.length) return;
    const size = Math.max(n, Math.ceil(this.live.length * 1.5), 1024);
    const grow = <T extends Uint8Array | Float64Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.live = grow(this.live, (k) => new Uint8Array(k));
    this.endMs = grow(this.endMs, (k) => new Float64Array(k));
    this.freshMs = grow(this.freshMs, (k) => new Float64Array(k));
    this.vouchedMs = grow(this.vouchedMs, (k) => new Float64Array(k));
    this.ageMin = grow(this.ageMin, (k) => new Uint8Array(k));
    this.ageMax = grow(this.ageMax, (k) => new Uint8Array(k));
    this.flags = grow(this.flags, (k) => new Uint8Array(k));
    this.daily = grow(this.daily, (k) => new Float64Array(k));
    this.x = grow(this.x, (k) => new Float64Array(k));
    this.y = grow(this.y, (k) => new Float64Array(k));
    this.dupId = grow(this.dupId, (k) => new Int32Array(k));
  }
}
