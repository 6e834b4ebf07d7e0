/**
 * Top-N jobs for one worker: hard filters, then score with reasons, then variety (one job per
 * employer, near-duplicates folded). Candidates are visited a whole occupation at a time, best fit
 * first, so a cleaner's match never scores the welding postings unless nothing closer is left.
 */
import debug from 'debug';
import type { Job } from '../../schema/job';
import { marketExclusion, prepareWorker, workerExclusion, type PreparedWorker } from './filters';
import { addDuplicate, postingFlags } from './flags';
import type { IndexedJob } from './indexed-job';
import { parseQuery } from './query';
import type { Flag, Reason } from './reasons';
import { MAX_POINTS_BEYOND_OCCUPATION, OCCUPATION_POINTS, scoreJob, type ScoreInput } from './score';
import { textScores } from './search';
import type { EngineState } from './state';
import type { OccupationFit } from './taxonomy';
import type { DailyWage } from './wage';
import type { WorkerProfile } from './worker';

const log = debug('station:match');

export interface MatchItem {
  job: Job;
  score: number;
  reasons: Reason[];
  flags: Flag[];
  wage: DailyWage;
}

export type MatchWarning =
  | { code: 'unknown-occupation'; occupation: string }
  | { code: 'distance-limit-without-origin' }
  | { code: 'unrelated-fallback' };

export interface MatchResult {
  items: MatchItem[];
  /** Jobs that passed every hard filter and were scored. */
  considered: number;
  warnings: MatchWarning[];
}

interface Tier {
  fit: OccupationFit;
  points: number;
  slots: Iterable<number>;
}

/** Best fit of a posted occupation against the worker's wishes; later wishes weigh a little less. */
function bestFit(state: EngineState, wanted: string[], offered: string): { fit: OccupationFit; points: number } {
  let best: { fit: OccupationFit; points: number } = { fit: 'none', points: 0 };
  wanted.forEach((w, i) => {
    const fit = state.taxonomy.fit(w, offered);
    const points = fit === 'none' ? 0 : OCCUPATION_POINTS[fit] - 2 * i;
    if (points > best.points) best = { fit, points };
  });
  return best;
}

/** Slots whose text matches any of the worker's keywords, with the keyword that matched. */
function keywordSlots(state: EngineState, keywords: string[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const k of keywords)
    for (const c of parseQuery(k, state)) {
      if (c.kind === 'latin') continue;
      for (const s of textScores(state, c.text).list) if (!out.has(s)) out.set(s, k);
    }
  return out;
}

export function runMatch(state: EngineState, profile: WorkerProfile, top: number): MatchResult {
  const nowMs = state.nowMs();
  const staleMs = state.staleBeforeMs(nowMs);
  const w: PreparedWorker = prepareWorker(profile, state.certs, nowMs);
  const warnings: MatchWarning[] = [];
  const wanted: string[] = [];
  for (const code of profile.occupations) {
    if (state.taxonomy.occupation(code)) wanted.push(code);
    else warnings.push({ code: 'unknown-occupation', occupation: code });
  }
  if (profile.maxDistanceKm !== undefined && !w.origin) warnings.push({ code: 'distance-limit-without-origin' });

  const tiers: Tier[] = [];
  const unrelated: Tier[] = [];
  for (const [code, slots] of state.byOccupation) {
    const { fit, points } = bestFit(state, wanted, code);
    (fit === 'none' && wanted.length > 0 ? unrelated : tiers).push({ fit, points, slots });
  }
  tiers.sort((a, b) => b.points - a.points);
  const keywords = profile.keywords.length > 0 ? keywordSlots(state, profile.keywords) : new Map<number, string>();

  // Keep more than `top` so variety rules still leave enough.
  const keep = Math.max(top * 8, 40);
  const best: { j: IndexedJob; score: number; input: ScoreInput }[] = [];
  let floor = -Infinity;
  let considered = 0;
  const visited = new Set<number>();
  const visit = (slot: number, fit: OccupationFit, points: number) => {
    const j = state.slots[slot];
    if (!j || marketExclusion(j, nowMs, staleMs) !== null || workerExclusion(j, w, state.certs) !== null) return;
    considered++;
    const input: ScoreInput = { fit, fitPoints: points, keyword: keywords.get(slot), employer: state.employerRecord(j.job.employer.id) };
    const score = scoreJob(j, w, input, state.taxonomy, nowMs);
    if (best.length >= keep && score <= floor) return;
    best.push({ j, score, input });
    if (best.length > keep * 2) {
      best.sort((a, b) => b.score - a.score);
      best.length = keep;
      floor = best[keep - 1]!.score;
    }
  };
  const scan = (list: Tier[]) => {
    for (const t of list) {
      // A tier whose best possible score cannot beat what we hold is skipped whole.
      if (best.length >= keep && floor >= t.points + MAX_POINTS_BEYOND_OCCUPATION) continue;
      for (const s of t.slots) {
        if (keywords.size > 0) visited.add(s);
        visit(s, t.fit, t.points);
      }
    }
  };
  scan(tiers);
  for (const [s] of keywords)
    if (!visited.has(s)) {
      const j = state.slots[s];
      if (j) visit(s, 'none', 0);
    }
  let items = pickVaried(state, best, w, top, nowMs);
  if (items.length < top && unrelated.length > 0) {
    // Nothing close enough: show other trades rather than an empty screen, and say so.
    scan(unrelated);
    items = pickVaried(state, best, w, top, nowMs);
    if (items.length > 0) warnings.push({ code: 'unrelated-fallback' });
  }
  log('match: %d considered, %d shown, %d warnings', considered, items.length, warnings.length);
  return { items, considered, warnings };
}

function pickVaried(
  state: EngineState,
  best: { j: IndexedJob; score: number; input: ScoreInput }[],
  w: PreparedWorker,
  top: number,
  nowMs: number,
): MatchItem[] {
  best.sort((a, b) => b.score - a.score || b.j.vouchedMs - a.j.vouchedMs || (a.j.job.id < b.j.job.id ? -1 : 1));
  const employers = new Set<string>();
  const dups = new Map<number, MatchItem>();
  const items: MatchItem[] = [];
  for (const c of best) {
    const first = dups.get(c.j.dupId);
    if (first) {
      addDuplicate(first.flags, c.j.job.id);
      continue;
    }
    if (items.length >= top || employers.has(c.j.job.employer.id)) continue;
    employers.add(c.j.job.employer.id);
    const reasons: Reason[] = [];
    const score = scoreJob(c.j, w, c.input, state.taxonomy, nowMs, reasons);
    const item: MatchItem = { job: c.j.job, score, reasons, flags: postingFlags(c.j, w.profile.age), wage: c.j.wage };
    dups.set(c.j.dupId, item);
    items.push(item);
  }
  return items;
}
