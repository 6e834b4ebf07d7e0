/**
 * The fields the hard filters and the score bounds read, copied per slot into one packed record of
 * eight doubles (64 bytes). A match or a broad search visits tens of thousands of slots scattered
 * over the whole index; with a column per field each visit missed the cache once per field, with
 * one record per slot it misses once. The flags and the age range are copies for the bounds, which
 * only ever reject what the exact checks (filters.ts) would reject too. The dates and the plane
 * coordinates are kept only here: the exact checks and the score read them from the record as well.
 */
import { schedules, type Job } from '../../schema/job';
import { toPlane } from './geo';
import { dayStartMs } from '../clock/station-day';
import { instantMs } from './iso-time';
import { hasPlaces, isOpen, notVouchedSince, pastEnd, shownUntilMs, vouchedMs } from '../jobs/visibility';
import type { IndexedJob } from './indexed-job';
import { hasFacet, type Facet } from './state';

// The record: [meta, daily, x, y, endMs, startMs, confirmedMs, postedMs].
const STRIDE = 8;
const META = 0;
/** Comparable 元/天, NaN for a piece rate without stated output. */
const DAILY = 1;
/** Plane km (geo.toPlane), NaN where the workplace is not located. */
const X = 2;
const Y = 3;
const END = 4;
const START = 5;
/** NaN where never confirmed. */
const CONFIRMED = 6;
const POSTED = 7;

// meta bits: live, flags, the age range, the schedule, open (25 bits: exact in a double and in int32).
/** Open with places left. */
const LIVE = 1;
const PUBLIC_WELFARE = 2;
/** state.hasFacet's answers: 日结 (paid or lasting a day), 短期, 长期. */
const FACET_DAILY = 4;
const FACET_SHORT = 8;
const FACET_LONG = 16;
/** Paid the same day (日结 as a filter: settlement only). */
const SETTLES_DAILY = 32;
const facetBit = { daily: FACET_DAILY, short: FACET_SHORT, long: FACET_LONG } as const;
const AGE_MIN_SHIFT = 6;
const AGE_MAX_SHIFT = 14;
const SCHEDULE_SHIFT = 22;
/** ageMax where the posting sets none. */
const NO_AGE_MAX = 255;
/** Open (not closed, not marked filled); LIVE says whether places are left too. */
const OPEN = 1 << 24;

const clampAge = (a: number) => Math.max(0, Math.min(NO_AGE_MAX - 1, a));

export class HotColumns {
  /** Postings' days are the station's: their first instants are taken in its zone. */
  constructor(private readonly timeZone: string) {}

  private rec = new Float64Array(0);
  /** Last confirmed or updated (search ranks by it). */
  vouchedMs = new Float64Array(0);
  /** Near-duplicate group (IndexedJob.dupId). */
  dupId = new Int32Array(0);

  /** The record of a job placed in `slot`, from its document (read here, not kept). */
  set(slot: number, j: IndexedJob, job: Job): void {
    this.reserve(slot + 1);
    const o = slot * STRIDE;
    const r = this.rec;
    r[o + META] =
      (isOpen(job) && hasPlaces(job) ? LIVE : 0) |
      (job.publicWelfare ? PUBLIC_WELFARE : 0) |
      (hasFacet(job, 'daily') ? FACET_DAILY : 0) |
      (hasFacet(job, 'short') ? FACET_SHORT : 0) |
      (hasFacet(job, 'long') ? FACET_LONG : 0) |
      (job.settlement === 'daily' ? SETTLES_DAILY : 0) |
      (clampAge(job.ageMin ?? 0) << AGE_MIN_SHIFT) |
      ((job.ageMax === undefined ? NO_AGE_MAX : clampAge(job.ageMax)) << AGE_MAX_SHIFT) |
      (schedules.indexOf(job.schedule) << SCHEDULE_SHIFT) |
      (isOpen(job) ? OPEN : 0);
    r[o + DAILY] = j.daily ?? NaN;
    const plane = j.point ? toPlane(j.point) : undefined;
    r[o + X] = plane?.x ?? NaN;
    r[o + Y] = plane?.y ?? NaN;
    // The end of the validThrough day.
    r[o + END] = shownUntilMs(job, this.timeZone);
    r[o + START] = dayStartMs(job.startDate, this.timeZone);
    // Someone last vouched the posting is real: confirmedAt, else updatedAt. The three are often
    // the same moment: it is parsed once.
    const posted = instantMs(job.postedAt);
    const updated = job.updatedAt === job.postedAt ? posted : instantMs(job.updatedAt);
    const confirmed =
      job.confirmedAt === undefined
        ? NaN
        : job.confirmedAt === job.updatedAt
          ? updated
          : instantMs(job.confirmedAt);
    r[o + CONFIRMED] = confirmed;
    r[o + POSTED] = posted;
    this.vouchedMs[slot] = Math.max(confirmed === confirmed ? confirmed : 0, updated);
    this.dupId[slot] = j.dupId;
  }

  clear(slot: number): void {
    if (slot * STRIDE < this.rec.length) this.rec[slot * STRIDE + META] = 0;
  }

  private meta(slot: number): number {
    return this.rec[slot * STRIDE + META]!;
  }

  /** Open with places left (not checked: dates). */
  live(slot: number): boolean {
    return (this.meta(slot) & LIVE) !== 0;
  }

  open(slot: number): boolean {
    return (this.meta(slot) & OPEN) !== 0;
  }

  /** Whether seekers may see the posting: jobs/visibility's rule over the packed facts. */
  marketOk(slot: number, nowMs: number, staleBeforeMs: number): boolean {
    const r = this.rec;
    const o = slot * STRIDE;
    // hiddenBy's clauses as booleans, cheapest first: LIVE is open with places left (set() asks the rule).
    return (
      (r[o + META]! & LIVE) !== 0 &&
      !pastEnd(r[o + END]!, nowMs) &&
      !notVouchedSince(vouchedMs(r[o + CONFIRMED]!, r[o + POSTED]!), staleBeforeMs)
    );
  }

  /** Age and public-welfare rules; certificates are left to the exact check. */
  workerMayTake(slot: number, age: number | undefined, welfareEligible: boolean): boolean {
    const m = this.meta(slot);
    if (age !== undefined && (age < ((m >> AGE_MIN_SHIFT) & 255) || age > ((m >> AGE_MAX_SHIFT) & 255)))
      return false;
    return welfareEligible || (m & PUBLIC_WELFARE) === 0;
  }

  hasFacet(slot: number, f: Facet): boolean {
    return (this.meta(slot) & facetBit[f]) !== 0;
  }

  settlesDaily(slot: number): boolean {
    return (this.meta(slot) & SETTLES_DAILY) !== 0;
  }

  publicWelfare(slot: number): boolean {
    return (this.meta(slot) & PUBLIC_WELFARE) !== 0;
  }

  /** Index into schema/job's `schedules`. */
  schedule(slot: number): number {
    return (this.meta(slot) >> SCHEDULE_SHIFT) & 3;
  }

  /** Comparable 元/天, NaN for a piece rate without stated output. */
  daily(slot: number): number {
    return this.rec[slot * STRIDE + DAILY]!;
  }

  /** End of the validThrough day, local (UTC+8) midnight. */
  endMs(slot: number): number {
    return this.rec[slot * STRIDE + END]!;
  }

  startMs(slot: number): number {
    return this.rec[slot * STRIDE + START]!;
  }

  /** NaN where never confirmed. */
  confirmedMs(slot: number): number {
    return this.rec[slot * STRIDE + CONFIRMED]!;
  }

  postedMs(slot: number): number {
    return this.rec[slot * STRIDE + POSTED]!;
  }

  /** Plane km (geo.toPlane), NaN where the workplace is not located. */
  x(slot: number): number {
    return this.rec[slot * STRIDE + X]!;
  }

  y(slot: number): number {
    return this.rec[slot * STRIDE + Y]!;
  }

  /** Plane km from a point, NaN when the workplace is not located. (Math.hypot is several times slower.) */
  km(slot: number, fromX: number, fromY: number): number {
    const o = slot * STRIDE;
    const dx = fromX - this.rec[o + X]!;
    const dy = fromY - this.rec[o + Y]!;
    return Math.sqrt(dx * dx + dy * dy);
  }

  private reserve(n: number): void {
    if (n <= this.dupId.length) return;
    const size = Math.max(n, Math.ceil(this.dupId.length * 1.5), 1024);
    const rec = new Float64Array(size * STRIDE);
    rec.set(this.rec);
    this.rec = rec;
    const vouched = new Float64Array(size);
    vouched.set(this.vouchedMs);
    this.vouchedMs = vouched;
    const dup = new Int32Array(size);
    dup.set(this.dupId);
    this.dupId = dup;
  }
}
