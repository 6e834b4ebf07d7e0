/**
 * Top-N jobs for one worker: hard filters, then score with reasons, then variety (variety.ts: one
 * job per employer, near-duplicates folded). Jobs are visited a bucket (occupation × district) at a time,
 * in order of the best score any job in the bucket could reach, and the scan stops once no
 * remaining bucket can beat what is held: a cleaner's match never scores the welding postings.
 */
import debug from 'debug';
import type { MatchItem, MatchWarning, Reason } from '../../contract/match';
import { marketExclusion, prepareWorker, workerExclusion, type PreparedWorker } from './filters';
import { addDuplicate, postingFlags } from './flags';
import type { IndexedJob } from './indexed-job';
import { parseQuery } from './query';
import {
  DEFAULT_REACH_KM,
  bucketOtherPoints,
  districtPoints,
  hotOtherPoints,
  KEYWORD_POINTS,
  OCCUPATION_POINTS,
  payPoints,
  payReason,
  scoreJob,
  withPayReason,
  type ScoreInput,
} from './score';
import { textScores } from './search';
import type { Bucket, EngineState } from './state';
import type { OccupationFit } from './taxonomy';
import { foldDuplicates, spreadEmployers } from './variety';
import { dailyWage } from './wage';
import type { WorkerProfile } from './worker';

const log = debug('station:match');

export interface MatchResult {
  items: MatchItem[];
  /** Jobs that passed every hard filter and were scored. */
  considered: number;
  warnings: MatchWarning[];
}

interface Fit {
  fit: OccupationFit;
  points: number;
}
interface Candidate {
  j: IndexedJob;
  score: number;
  fit: Fit;
}

/** Best fit of a posted occupation against the worker's wishes; later wishes weigh a little less. */
function bestFit(state: EngineState, wanted: string[], offered: string): Fit {
  let best: Fit = { fit: 'none', points: 0 };
  wanted.forEach((w, i) => {
    const fit = state.taxonomy.fit(w, offered);
    const points = fit === 'none' ? 0 : OCCUPATION_POINTS[fit] - 2 * i;
    if (points > best.points) best = { fit, points };
  });
  return best;
}

/**
 * Slots whose text matches any of the worker's keywords: `of[slot]` is 1 + the index of the first
 * keyword that matched (0: none). Dense, so the scan checks a slot with one array read.
 */
interface KeywordHits {
  of: Uint8Array;
  count: number;
  words: string[];
}

function keywordSlots(state: EngineState, keywords: string[]): KeywordHits {
  const of = new Uint8Array(state.slots.length);
  const words = keywords.slice(0, 255);
  let count = 0;
  words.forEach((k, i) => {
    for (const c of parseQuery(k, state)) {
      if (c.kind === 'latin') continue;
      for (const s of textScores(state, c.text).list)
        if (of[s] === 0) {
          of[s] = i + 1;
          count++;
        }
    }
  });
  return { of, count, words };
}

/** Shortest km from a point to a bucket's box of jobs. */
function minKm(w: PreparedWorker, b: Bucket): number {
  if (!w.origin || !b.box) return 0;
  const { x, y } = w.origin.plane;
  const dx = Math.max(b.box.minX - x, 0, x - b.box.maxX);
  const dy = Math.max(b.box.minY - y, 0, y - b.box.maxY);
  return Math.hypot(dx, dy);
}

interface Plan {
  bucket: Bucket;
  fit: Fit;
  bound: number;
  /** The bound without pay: a job's own bound is this plus its pay points. */
  boundLessPay: number;
  /** The bound without pay and distance: a job's exact bound adds both of its own. */
  boundLessPayDistance: number;
  /** Points for the bucket's district being the one she chose (scoreJob's districtPoints). */
  districtPoints: number;
}

function plan(
  state: EngineState,
  w: PreparedWorker,
  wanted: string[],
  keywords: boolean,
  nowMs: number,
): Plan[] {
  const fits = new Map<string, Fit>();
  const expected = w.profile.expectedDailyPay;
  const limit = w.origin ? w.profile.maxDistanceKm : undefined;
  const reach = Math.max(1, w.profile.maxDistanceKm ?? DEFAULT_REACH_KM);
  const plans: Plan[] = [];
  for (const b of state.buckets) {
    // A trade the law closes to this worker (an electrician's licence): no job of it can pass.
    if (w.barred.has(b.occupation)) continue;
    let fit = fits.get(b.occupation);
    if (!fit) fits.set(b.occupation, (fit = bestFit(state, wanted, b.occupation)));
    // Beyond her trades only what the taxonomy relates to them: an empty screen says more than a
    // screen of unrelated trades (the electricians a cleaner was once shown to fill it).
    if (fit.fit === 'none' && wanted.length > 0) continue;
    const km = minKm(w, b);
    if (limit !== undefined && km > limit * 1.02 && !b.unlocated) continue;
    // Every posting in it is for people older or younger than this worker.
    const age = w.profile.age;
    if (age !== undefined && (age < b.ageMinLow || age > b.ageMaxHigh)) continue;
    const pay = Math.max(b.unpriced ? payPoints(null, expected) : 0, payPoints(b.maxDaily, expected));
    const distance = !w.origin ? 5 : b.unlocated ? 15 : 15 * Math.max(0, 1 - km / reach);
    const other = bucketOtherPoints(w, b, keywords, nowMs);
    const boundLessPay = fit.points + distance + other;
    const p = {
      districtPoints: districtPoints(w, b.district),
      bucket: b,
      fit,
      bound: boundLessPay + pay,
      boundLessPay,
      boundLessPayDistance: fit.points + other,
    };
    plans.push(p);
  }
  return plans.sort((a, b) => b.bound - a.bound);
}

export function runMatch(state: EngineState, profile: WorkerProfile, top: number): MatchResult {
  const nowMs = state.nowMs();
  const staleMs = state.staleBeforeMs(nowMs);
  const w = prepareWorker(profile, state.certs, nowMs, state.timeZone);
  const warnings: MatchWarning[] = [];
  const wanted: string[] = [];
  for (const code of profile.occupations) {
    if (state.taxonomy.occupation(code)) wanted.push(code);
    else warnings.push({ code: 'unknown-occupation', occupation: code });
  }
  if (profile.maxDistanceKm !== undefined && !w.origin)
    warnings.push({ code: 'distance-limit-without-origin' });
  const keywords = profile.keywords.length > 0 ? keywordSlots(state, profile.keywords) : null;
  const hasKeywords = keywords !== null && keywords.count > 0;
  const keywordOf = (slot: number) => {
    const k = keywords?.of[slot] ?? 0;
    return k === 0 ? undefined : keywords!.words[k - 1];
  };
  const plans = plan(state, w, wanted, hasKeywords, nowMs);
  const hot = state.hot;
  const expected = profile.expectedDailyPay;
  const limit = w.origin ? profile.maxDistanceKm : undefined;
  const ox = w.origin?.plane.x ?? NaN;
  const oy = w.origin?.plane.y ?? NaN;
  const reach = Math.max(profile.maxDistanceKm ?? DEFAULT_REACH_KM, 1);
  const otherAt = hotOtherPoints(w, hot, nowMs);
  const keywordAt = keywords?.of;
  /**
   * A job's score as far as the typed arrays tell it, or -Infinity when they show a hard filter
   * failing: everything scoreJob adds except the employer's record, which only subtracts. A job whose
   * bound cannot beat the floor is never looked up; one that can is checked exactly in offer().
   */
  const bound = (p: Plan, s: number, pay: number): number => {
    if (!hot.marketOk(s, nowMs, staleMs) || !hot.workerMayTake(s, profile.age, w.welfareEligible))
      return -Infinity;
    let distance = 5;
    if (w.origin) {
      const km = hot.km(s, ox, oy);
      // An unlocated workplace (NaN) cannot be promised to be near; the exact check decides at the edge.
      if (limit !== undefined && km > limit * 1.02) return -Infinity;
      if (km === km) distance = 15 * Math.max(0, 1 - km / reach);
    }
    const keyword = keywordAt !== undefined && keywordAt[s] !== 0 ? KEYWORD_POINTS : 0;
    // scoreJob rounds to a tenth.
    return p.fit.points + keyword + pay + distance + p.districtPoints + otherAt(s) + 0.06;
  };
  const payAt = (s: number) => {
    const d = hot.daily(s);
    return payPoints(d === d ? d : null, expected);
  };

  let considered = 0;
  const run = (keep: number) => {
    const held: Candidate[] = [];
    let floor = -Infinity;
    let truncated = false;
    considered = 0;
    const offer = (j: IndexedJob, fit: Fit) => {
      if (marketExclusion(j, hot, nowMs, staleMs) !== null || workerExclusion(j, hot, w) !== null) return;
      considered++;
      const score = scoreJob(j, hot, w, inputFor(j, fit), state.taxonomy, nowMs);
      if (held.length >= keep && score <= floor) {
        truncated = true;
        return;
      }
      held.push({ j, score, fit });
      if (held.length >= keep * 2) {
        held.sort((a, b) => b.score - a.score);
        held.length = keep;
        floor = held[keep - 1]!.score;
        truncated = true;
      }
    };
    const inputFor = (j: IndexedJob, fit: Fit): ScoreInput => ({
      fit: fit.fit,
      fitPoints: fit.points,
      keyword: keywordOf(j.slot),
      employer: state.employerRecord(j.employerId),
    });
    const consider = (p: Plan, s: number, pay: number) => {
      const b = bound(p, s, pay);
      if (b === -Infinity) return;
      if (held.length >= keep && floor >= b) {
        truncated = true;
        return;
      }
      offer(state.slots[s]!, p.fit);
    };
    const visited = hasKeywords ? new Uint8Array(state.slots.length) : null;
    for (const p of plans) {
      // Buckets are in bound order: once one cannot beat the floor, none after it can.
      if (held.length >= keep && floor >= p.bound) {
        truncated = true;
        break;
      }
      const slots = p.bucket.slots;
      for (let i = 0; i < slots.length; i++) {
        const s = slots[i]!;
        const pay = payAt(s);
        // Slots run from best paid down, piece rates without output last: the first priced job
        // that cannot beat the floor ends the priced part. The unpriced tail scores its own pay
        // points (which may beat a low wage's), so it is still looked at.
        if (held.length >= keep && floor >= p.boundLessPay + pay && !Number.isNaN(hot.daily(s))) {
          truncated = true;
          if (!p.bucket.unpriced) break;
          let tail = slots.length;
          while (tail > i + 1 && Number.isNaN(hot.daily(slots[tail - 1]!))) tail--;
          i = tail - 1;
          continue;
        }
        if (visited) visited[s] = 1;
        consider(p, s, pay);
      }
    }
    // Keyword hits in buckets the scan did not reach: their bucket's bound already counted the
    // keyword's points, so a bucket that cannot beat the floor holds none worth scoring. Buckets
    // outside the distance limit have no plan: no job of theirs could pass the filter.
    if (visited)
      for (const p of plans) {
        if (held.length >= keep && floor >= p.bound) continue;
        for (const s of p.bucket.slots) if (!visited[s] && keywords!.of[s] !== 0) consider(p, s, payAt(s));
      }
    return { items: pickVaried(state, held, w, top, nowMs, inputFor), truncated };
  };

  // Variety rules can eat the held candidates (one agency posting 30 near-identical jobs); hold more.
  let result = run(Math.max(top * 4, 20));
  for (
    let keep = Math.max(top * 16, 80);
    result.items.length < top && result.truncated && keep <= 20_000;
    keep *= 4
  )
    result = run(keep);
  // The headline (没有完全对口的工作) only when no card is in her trades: the rest say how they relate.
  if (
    wanted.length > 0 &&
    result.items.length > 0 &&
    !result.items.some((i) => i.reasons.some((r) => r.code === 'occupation-exact'))
  )
    warnings.push({ code: 'unrelated-fallback' });
  log('match: %d considered, %d shown, %d warnings', considered, result.items.length, warnings.length);
  return { items: result.items, considered, warnings };
}

function pickVaried(
  state: EngineState,
  held: Candidate[],
  w: PreparedWorker,
  top: number,
  nowMs: number,
  inputFor: (j: IndexedJob, fit: Fit) => ScoreInput,
): MatchItem[] {
  const vouched = state.hot.vouchedMs;
  held.sort(
    (a, b) => b.score - a.score || vouched[b.j.slot]! - vouched[a.j.slot]! || (a.j.id < b.j.id ? -1 : 1),
  );
  // Variety (variety.ts): reposts folded, then one job per employer among the five; a shortlist
  // ends where that rule could not be kept, the employer's other jobs being in search.
  const folded = foldDuplicates(held, (c) => c.j.dupId);
  const spread = spreadEmployers(folded.kept, (c) => c.j.employerId, top);
  const picked = spread.items.slice(0, spread.strict).map((c) => {
    const reasons: Reason[] = [];
    const score = scoreJob(c.j, state.hot, w, inputFor(c.j, c.fit), state.taxonomy, nowMs, reasons);
    const item = { score, reasons, flags: postingFlags(c.j, w.profile.age) };
    for (const copy of folded.copies.get(c) ?? []) addDuplicate(item.flags, copy.j.id);
    return { j: c.j, item };
  });
  // The documents of the shown jobs alone, in one read.
  const docs = state.documents(picked.map((p) => p.j.id));
  return picked.flatMap(({ item }, i) => {
    const job = docs[i];
    if (!job) return [];
    const wage = dailyWage(job.pay);
    withPayReason(item.reasons, payReason(wage, w.profile.expectedDailyPay));
    return [{ job, ...item, wage }];
  });
}
