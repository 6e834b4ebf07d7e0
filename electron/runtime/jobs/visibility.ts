/**
 * Which postings a seeker may see: the one rule behind the kiosk's recommendations, search and
 * browse, the hall's board and its 在招岗位 figure, the booth TVs, `station jobs list` and 报名.
 *
 * A posting is shown while it is
 * - open (not closed, not marked filled);
 * - not past its last day: validThrough is a station day, shown to its end in the station's zone;
 * - confirmed, or else posted, within the reconfirm period (desk.reconfirmDays; desk/job-freshness):
 *   an edit alone does not vouch that a posting is still real;
 * - with places left (headcount above filled).
 * A posting that starts later is shown: people line up next week's work, and the start date only
 * weighs in the score (the job schema refuses a validThrough before the startDate).
 *
 * The matching engine holds every cached posting with these facts packed per slot
 * (match/hot-columns) and asks `hiddenBy` in its scans; the board, `jobs.list` and 在招岗位 are
 * drawn from it (`engine.visiblePage`, `engine.visibleCount`), so a figure and its list agree. A
 * booth's TV reads its employer's few rows and asks `isVisible`, as 报名 does of one posting.
 */
import type { Job } from '../../schema/job';
import { dayEndMs } from '../clock/station-day';
import type { StationContext } from '../context';
import { lastConfirmed } from '../desk/job-freshness';
import { instantMs } from '../match/iso-time';

const DAY = 86_400_000;

export type Hidden = 'not-open' | 'expired' | 'stale' | 'no-headcount';

/** When the rule is applied: the instant, the cut-off for unconfirmed postings, the station's zone. */
export interface SeekerMoment {
  nowMs: number;
  staleBeforeMs: number;
  timeZone: string;
}

/** Postings nobody has confirmed (or posted) since this instant are hidden as stale. */
export const staleBeforeMs = (nowMs: number, reconfirmDays: number): number => nowMs - reconfirmDays * DAY;

export const seekerMoment = (now: Date, reconfirmDays: number, timeZone: string): SeekerMoment => ({
  nowMs: now.getTime(),
  staleBeforeMs: staleBeforeMs(now.getTime(), reconfirmDays),
  timeZone,
});

/** The first instant a posting is past its last day. */
export const shownUntilMs = (job: Pick<Job, 'validThrough'>, timeZone: string): number =>
  dayEndMs(job.validThrough, timeZone);

/** When someone last vouched the posting is real: confirmedMs (NaN when never confirmed), else postedMs. */
export function vouchedMs(confirmedMs: number, postedMs: number): number {
  return confirmedMs === confirmedMs ? confirmedMs : postedMs;
}

export const isOpen = (job: Pick<Job, 'status'>): boolean => job.status === 'open';
export const hasPlaces = (job: Pick<Job, 'headcount' | 'filled'>): boolean => job.filled < job.headcount;
/** Past its last day: `endMs` is the first instant after it (shownUntilMs). */
export function pastEnd(endMs: number, nowMs: number): boolean {
  return endMs <= nowMs;
}
/** Nobody has vouched for it (vouchedMs) since the cut-off. */
export function notVouchedSince(vouched: number, staleBefore: number): boolean {
  return vouched < staleBefore;
}

/**
 * The rule over a posting's facts: why it is hidden at `nowMs` (the first reason), or null when
 * seekers may see it. Plain numbers and no object, as the engine asks it for every slot it scans.
 */
export function hiddenBy(
  open: boolean,
  placesLeft: boolean,
  endMs: number,
  vouched: number,
  nowMs: number,
  staleBefore: number,
): Hidden | null {
  if (!open) return 'not-open';
  if (pastEnd(endMs, nowMs)) return 'expired';
  if (notVouchedSince(vouched, staleBefore)) return 'stale';
  if (!placesLeft) return 'no-headcount';
  return null;
}

/** The rule over a posting in hand. */
export const hiddenReason = (job: Job, at: SeekerMoment): Hidden | null =>
  hiddenBy(
    isOpen(job),
    hasPlaces(job),
    shownUntilMs(job, at.timeZone),
    instantMs(lastConfirmed(job)),
    at.nowMs,
    at.staleBeforeMs,
  );

export const isVisible = (job: Job, at: SeekerMoment): boolean => hiddenReason(job, at) === null;

/** The rule's moment at the station now: its clock, its reconfirm period, its zone. */
export const seekerMomentOf = (ctx: Pick<StationContext, 'now' | 'clock' | 'config'>): SeekerMoment =>
  seekerMoment(ctx.now(), ctx.config.desk.reconfirmDays, ctx.clock.timeZone);
