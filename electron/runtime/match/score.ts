/**
 * The score of a job that passed the hard filters, with the reasons behind every point. Weights are
 * in points out of ~100 so staff can reason about them: occupation 40, pay 25, distance 15, her
 * chosen district 8, schedule 8, 日结 wanted 8, start 4, freshness 6, public welfare 5, keyword 10;
 * an old posting never confirmed and an employer's record subtract.
 */
import type { EmployerRecord } from '../../contract/desk';
import type { DailyWage, Reason } from '../../contract/match';
import { schedules } from '../../schema/job';
import { haversineKm } from './geo';
import type { HotColumns } from './hot-columns';
import type { IndexedJob } from './indexed-job';
import type { PreparedWorker } from './filters';
import type { Bucket } from './state';
import type { OccupationFit, Taxonomy } from './taxonomy';

const DAY = 86_400_000;

export const OCCUPATION_POINTS: Record<OccupationFit, number> = {
  exact: 40,
  'minor-group': 30,
  group: 20,
  related: 14,
  none: 0,
};
/** Distance at which the distance points reach zero when the worker set no limit. */
export const DEFAULT_REACH_KM = 25;
/** Points for the kind of work: 8 when it is one the worker asked for, 4 when they asked for none. */
export const schedulePoints = (wanted: readonly string[], schedule: string): number =>
  wanted.length === 0 ? 4 : wanted.includes(schedule) ? 8 : 0;
/** Days until a job starts, counted from when the worker is available (0 or less: straight away). */
export const startsInDays = (startMs: number, availableMs: number): number =>
  Math.ceil((startMs - availableMs) / DAY);
/** 4 for a job that starts when the worker is free, one less for each day after. */
export const startPoints = (startsIn: number): number => (startsIn <= 0 ? 4 : Math.max(0, 4 - startsIn));
/** 4 when the employer confirmed the posting in the last three days (NaN: never). */
export const confirmedPoints = (confirmedMs: number, nowMs: number): number =>
  nowMs - confirmedMs < 3 * DAY ? 4 : 0;
export const postedDaysAgo = (postedMs: number, nowMs: number): number =>
  Math.max(0, Math.floor((nowMs - postedMs) / DAY));
/** Up to 2 for a new posting, none after two weeks. */
export const postedPoints = (daysAgo: number): number => 2 * Math.max(0, 1 - daysAgo / 14);
/**
 * 日结 for a worker who asked for it: as much as a district's worth of distance, so among equally
 * fitting jobs the ones paid the same day come first (2 points once let a weekly job top her list).
 */
export const SETTLES_DAILY_POINTS = 8;
/** A job in the district she chose outranks an equal one across the boundary. */
export const HOME_DISTRICT_POINTS = 8;
/**
 * A posting nobody has confirmed (no 已核实) and posted this many days ago or more may well be gone:
 * it loses points, so it never tops a list it only leads by a few (a nine-day-old one once did).
 */
export const STALE_UNCONFIRMED_DAYS = 7;
export const STALE_UNCONFIRMED_POINTS = 12;
/** The points a posting loses for being old and never confirmed (confirmedMs NaN: never). */
export const stalePenalty = (confirmedMs: number, postedMs: number, nowMs: number): number =>
  confirmedMs !== confirmedMs && nowMs - postedMs >= STALE_UNCONFIRMED_DAYS * DAY
    ? STALE_UNCONFIRMED_POINTS
    : 0;
/** Points for a job in the district the worker chose (none when she chose none). */
export const districtPoints = (w: PreparedWorker, district: string): number =>
  w.district !== undefined && w.district === district ? HOME_DISTRICT_POINTS : 0;
export const PUBLIC_WELFARE_POINTS = 5;
export const KEYWORD_POINTS = 10;

/**
 * The most a job of this bucket can get for everything but occupation, pay and distance: scoreJob's
 * rules applied to the bucket's widest values. match() bounds buckets with it, so it must never be
 * below what scoreJob gives any job of the bucket.
 */
export function bucketOtherPoints(w: PreparedWorker, b: Bucket, keywords: boolean, nowMs: number): number {
  const want = w.profile.schedules;
  const schedule = want.length === 0 ? 4 : want.some((s) => b.schedules.has(s)) ? 8 : 0;
  return (
    schedule +
    (w.profile.dailySettlement && b.settlesDaily ? SETTLES_DAILY_POINTS : 0) +
    districtPoints(w, b.district) +
    startPoints(startsInDays(b.minStartMs, w.availableMs)) +
    confirmedPoints(b.maxConfirmedMs, nowMs) +
    postedPoints(postedDaysAgo(b.maxPostedMs, nowMs)) +
    (w.welfareEligible && b.publicWelfare ? PUBLIC_WELFARE_POINTS : 0) +
    (keywords ? KEYWORD_POINTS : 0)
  );
}

/**
 * scoreJob's points for a worker other than occupation, pay, distance, district, keyword and the
 * employer's record, read from the hot columns: match() bounds each job with it before scoring any
 * exactly (the district's points are the bucket's, added by the plan).
 */
export function hotOtherPoints(w: PreparedWorker, hot: HotColumns, nowMs: number): (slot: number) => number {
  const bySchedule = schedules.map((s) => schedulePoints(w.profile.schedules, s));
  const settles = w.profile.dailySettlement ? SETTLES_DAILY_POINTS : 0;
  const welfare = w.welfareEligible ? PUBLIC_WELFARE_POINTS : 0;
  const available = w.availableMs;
  return (s) =>
    bySchedule[hot.schedule(s)]! +
    (hot.settlesDaily(s) ? settles : 0) +
    startPoints(startsInDays(hot.startMs(s), available)) +
    confirmedPoints(hot.confirmedMs(s), nowMs) +
    postedPoints(postedDaysAgo(hot.postedMs(s), nowMs)) -
    stalePenalty(hot.confirmedMs(s), hot.postedMs(s), nowMs) +
    (hot.publicWelfare(s) ? welfare : 0);
}

/** Pay points for a daily figure against an expectation (0 or undefined: no expectation). */
export function payPoints(daily: number | null, expected: number | undefined): number {
  if (daily === null) return 8;
  if (expected === undefined || expected === 0) return 12;
  // Full points at 20% above expectation, none at 30% below; a linear ramp between.
  return 25 * Math.min(1, Math.max(0, (daily / expected - 0.7) / 0.5));
}
/**
 * What a card says about pay, from the lowest figure the posting promises (a range's lower end):
 * 达到 only at or above the wish, 多 from 10 元 up, otherwise exactly how much short. Ranking keeps
 * its ramp (payPoints); the words have no tolerance.
 */
export function payReason(wage: DailyWage, expected: number | undefined): Reason | undefined {
  if (wage.daily === null) return { code: 'pay-not-comparable' };
  if (expected === undefined || expected === 0) return undefined;
  const gap = wage.daily - expected;
  if (gap >= 10) return { code: 'pay-above', amount: Math.floor(gap) };
  if (gap >= 0) return { code: 'pay-meets' };
  return { code: 'pay-below', amount: Math.max(1, Math.round(-gap)) };
}

/** Where the pay reason goes among a job's reasons: after what the job is, before the rest. */
export function withPayReason(reasons: Reason[], pay: Reason | undefined): Reason[] {
  if (!pay) return reasons;
  const at = reasons.findIndex((r) => !r.code.startsWith('occupation-') && r.code !== 'keyword');
  reasons.splice(at === -1 ? reasons.length : at, 0, pay);
  return reasons;
}

/** Up to 15 points, falling linearly to none at the worker's limit (or 25 km); 5 when either place is unknown. */
export function distancePoints(j: IndexedJob, hot: HotColumns, w: PreparedWorker): number {
  if (!w.origin || !j.point) return 5;
  const reach = Math.max(w.profile.maxDistanceKm ?? DEFAULT_REACH_KM, 1);
  return 15 * Math.max(0, 1 - hot.km(j.slot, w.origin.plane.x, w.origin.plane.y) / reach);
}

const HOUR = 3_600_000;

export interface ScoreInput {
  fit: OccupationFit;
  /** Points for the fit: OCCUPATION_POINTS, less a little for a worker's second or third choice. */
  fitPoints: number;
  keyword: string | undefined;
  /** What matching weighs of the employer's record at the station. */
  employer: Pick<EmployerRecord, 'disputes' | 'noShows'> | undefined;
}

/**
 * Points for one job. Reasons are collected only when an array is passed: ranking thousands of
 * candidates needs just the number, and only the few shown need their reasons.
 */
export function scoreJob(
  j: IndexedJob,
  hot: HotColumns,
  w: PreparedWorker,
  input: ScoreInput,
  taxonomy: Taxonomy,
  nowMs: number,
  out: Reason[] | null = null,
): number {
  const job = j;
  // `reasons?.push(…)` builds a reason only when one was asked for: ranking thousands of candidates
  // must not allocate thousands of objects nobody reads.
  const reasons = out;
  let score = input.fitPoints;
  if (out && input.fit !== 'none') occupationReason(job.occupation, input.fit, taxonomy, out);
  if (input.keyword !== undefined) {
    score += KEYWORD_POINTS;
    reasons?.push({ code: 'keyword', keyword: input.keyword });
  }

  // The pay reason is worded from the posting's own figures once it is shown (payReason).
  score += payPoints(j.daily, w.profile.expectedDailyPay);

  score += distancePoints(j, hot, w) + districtPoints(w, job.district);
  if (out && w.origin && j.point)
    out.push({
      code: 'distance',
      km: Math.round(haversineKm(w.origin.point, j.point) * 10) / 10,
      from: w.origin.from,
    });

  const wantSchedules = w.profile.schedules;
  score += schedulePoints(wantSchedules, job.schedule);
  if (wantSchedules.includes(job.schedule)) reasons?.push({ code: 'schedule-fit', schedule: job.schedule });
  if (job.settlement === 'daily') {
    if (w.profile.dailySettlement) score += SETTLES_DAILY_POINTS;
    if (w.profile.dailySettlement || job.schedule === 'day') reasons?.push({ code: 'settles-daily' });
  }

  const startsIn = startsInDays(hot.startMs(j.slot), w.availableMs);
  score += startPoints(startsIn);
  if (startsIn <= 0) reasons?.push({ code: 'starts-today' });
  else reasons?.push({ code: 'starts-in', days: startsIn });

  const confirmedMs = hot.confirmedMs(j.slot);
  const confirmed = confirmedPoints(confirmedMs, nowMs);
  score += confirmed;
  if (confirmed > 0)
    reasons?.push({ code: 'confirmed', hoursAgo: Math.max(0, Math.floor((nowMs - confirmedMs) / HOUR)) });
  const postedDays = postedDaysAgo(hot.postedMs(j.slot), nowMs);
  score += postedPoints(postedDays);
  if (postedDays <= 2) reasons?.push({ code: 'posted', daysAgo: postedDays });
  score -= stalePenalty(confirmedMs, hot.postedMs(j.slot), nowMs);

  if (job.publicWelfare && w.welfareEligible) {
    score += PUBLIC_WELFARE_POINTS;
    reasons?.push({ code: 'public-welfare' });
  }
  if (job.payProtection) reasons?.push({ code: 'pay-protection', terms: job.payProtection });

  const rec = input.employer;
  if (rec) {
    if (rec.disputes > 0) {
      score -= Math.min(30, 10 * rec.disputes);
      reasons?.push({ code: 'employer-disputes', count: rec.disputes });
    }
    if (rec.noShows > 0) {
      score -= Math.min(15, 5 * rec.noShows);
      reasons?.push({ code: 'employer-no-shows', count: rec.noShows });
    }
  }
  return Math.round(score * 10) / 10;
}

function occupationReason(code: string, fit: OccupationFit, taxonomy: Taxonomy, out: Reason[]): void {
  const occ = taxonomy.occupation(code);
  const name = occ?.name ?? code;
  if (fit === 'exact') out.push({ code: 'occupation-exact', occupation: code, name });
  else if (fit === 'minor-group') out.push({ code: 'occupation-minor-group', occupation: code, name });
  else if (fit === 'group')
    out.push({
      code: 'occupation-group',
      group: occ?.group ?? '',
      name: taxonomy.group(occ?.group ?? '')?.name ?? '',
    });
  else if (fit === 'related') out.push({ code: 'occupation-related', occupation: code, name });
}
