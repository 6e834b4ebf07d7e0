/**
 * The score of a job that passed the hard filters, with the reasons behind every point. Weights are
 * in points out of ~100 so staff can reason about them: occupation 40, pay 25, distance 15,
 * schedule 10, start 4, freshness 6, public welfare 5, keyword 10; an employer's record subtracts.
 */
import { haversineKm, planeKm } from './geo';
import type { IndexedJob } from './indexed-job';
import type { PreparedWorker } from './filters';
import type { Reason } from './reasons';
import type { Bucket } from './state';
import type { OccupationFit, Taxonomy } from './taxonomy';
import type { EmployerRecord } from './worker';

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
/**
 * The most a job of this bucket can get for everything but occupation, pay and distance: scoreJob's
 * rules applied to the bucket's widest values. match() bounds buckets and jobs with it, so it must
 * never be below what scoreJob gives any job of the bucket.
 */
export function bucketOtherPoints(w: PreparedWorker, b: Bucket, keywords: boolean, nowMs: number): number {
  const want = w.profile.schedules;
  const schedule = want.length === 0 ? 4 : want.some((s) => b.schedules.has(s)) ? 8 : 0;
  const startsIn = Math.ceil((b.minStartMs - w.availableMs) / DAY);
  const start = startsIn <= 0 ? 4 : Math.max(0, 4 - startsIn);
  const confirmed = nowMs - b.maxConfirmedMs < 3 * DAY ? 4 : 0;
  const postedDays = Math.max(0, Math.floor((nowMs - b.maxPostedMs) / DAY));
  return (
    schedule +
    (w.profile.dailySettlement && b.settlesDaily ? 2 : 0) +
    start +
    confirmed +
    2 * Math.max(0, 1 - postedDays / 14) +
    (w.welfareEligible && b.publicWelfare ? 5 : 0) +
    (keywords ? 10 : 0)
  );
}

/** Pay points for a daily figure against an expectation (0 or undefined: no expectation). */
export function payPoints(daily: number | null, expected: number | undefined): number {
  if (daily === null) return 8;
  if (expected === undefined || expected === 0) return 12;
  // Full points at 20% above expectation, none at 30% below; a linear ramp between.
  return 25 * Math.min(1, Math.max(0, (daily / expected - 0.7) / 0.5));
}
/** Up to 15 points, falling linearly to none at the worker's limit (or 25 km); 5 when either place is unknown. */
export function distancePoints(j: IndexedJob, w: PreparedWorker): number {
  if (!w.origin || !j.plane) return 5;
  const reach = Math.max(w.profile.maxDistanceKm ?? DEFAULT_REACH_KM, 1);
  return 15 * Math.max(0, 1 - planeKm(w.origin.plane, j.plane) / reach);
}

const HOUR = 3_600_000;

export interface ScoreInput {
  fit: OccupationFit;
  /** Points for the fit: OCCUPATION_POINTS, less a little for a worker's second or third choice. */
  fitPoints: number;
  keyword: string | undefined;
  employer: EmployerRecord | undefined;
}

/**
 * Points for one job. Reasons are collected only when an array is passed: ranking thousands of
 * candidates needs just the number, and only the few shown need their reasons.
 */
export function scoreJob(
  j: IndexedJob,
  w: PreparedWorker,
  input: ScoreInput,
  taxonomy: Taxonomy,
  nowMs: number,
  out: Reason[] | null = null,
): number {
  const job = j.job;
  // `reasons?.push(…)` builds a reason only when one was asked for: ranking thousands of candidates
  // must not allocate thousands of objects nobody reads.
  const reasons = out;
  let score = input.fitPoints;
  if (out && input.fit !== 'none') occupationReason(job.occupation, input.fit, taxonomy, out);
  if (input.keyword !== undefined) {
    score += 10;
    reasons?.push({ code: 'keyword', keyword: input.keyword });
  }

  const expected = w.profile.expectedDailyPay;
  score += payPoints(j.daily, expected);
  if (j.daily === null) reasons?.push({ code: 'pay-not-comparable' });
  else if (expected !== undefined && expected > 0) {
    const gap = Math.round(j.daily - expected);
    if (gap >= 10) reasons?.push({ code: 'pay-above', amount: gap });
    else if (gap > -10) reasons?.push({ code: 'pay-meets' });
    else reasons?.push({ code: 'pay-below', amount: -gap });
  }

  score += distancePoints(j, w);
  if (out && w.origin && j.point)
    out.push({
      code: 'distance',
      km: Math.round(haversineKm(w.origin.point, j.point) * 10) / 10,
      from: w.origin.from,
    });

  const wantSchedules = w.profile.schedules;
  if (wantSchedules.length === 0) score += 4;
  else if (wantSchedules.includes(job.schedule)) {
    score += 8;
    reasons?.push({ code: 'schedule-fit', schedule: job.schedule });
  }
  if (job.settlement === 'daily') {
    if (w.profile.dailySettlement) score += 2;
    if (w.profile.dailySettlement || job.schedule === 'day') reasons?.push({ code: 'settles-daily' });
  }

  const startsIn = Math.ceil((j.startMs - w.availableMs) / DAY);
  if (startsIn <= 0) {
    score += 4;
    reasons?.push({ code: 'starts-today' });
  } else {
    score += Math.max(0, 4 - startsIn);
    reasons?.push({ code: 'starts-in', days: startsIn });
  }

  if (j.confirmedMs !== null && nowMs - j.confirmedMs < 3 * DAY) {
    score += 4;
    reasons?.push({ code: 'confirmed', hoursAgo: Math.max(0, Math.floor((nowMs - j.confirmedMs) / HOUR)) });
  }
  const postedDays = Math.max(0, Math.floor((nowMs - j.postedMs) / DAY));
  score += 2 * Math.max(0, 1 - postedDays / 14);
  if (postedDays <= 2) reasons?.push({ code: 'posted', daysAgo: postedDays });

  if (job.publicWelfare && w.welfareEligible) {
    score += 5;
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
