/**
 * Wage figures per occupation: what open postings offer and what seekers expect, both as 元/天
 * quartiles, so a seeker sees where an offer sits. `marketBand` is the one band of a set of trades
 * that the kiosk's pay step, its chart and (per trade) the hall's big screen all show.
 *
 * The offered side is kept per engine version (`state.version`, moved by every job the cache
 * changes) and until the first instant a counted posting could leave the seekers' view (its last
 * day ends, or it goes unconfirmed too long): a hub with 100k jobs no longer sorts them all on
 * every call.
 */
import { z } from 'zod';
import type { MarketFigures, Quartiles } from '../../contract/match';
import { vouchedMs } from '../jobs/visibility';
import type { EngineState } from './state';

/**
 * Whose wishes the seekers' side counts: those stated in the last `windowDays`, and a trade's only
 * with at least `minGroup` people behind it, so no figure is ever one person's wish.
 */
export const seekerFigures = { windowDays: 30, minGroup: 3 } as const;

/** Linear interpolation between order statistics (the common "type 7" definition). */
export function quartiles(values: readonly number[]): Quartiles | null {
  return sortedQuartiles(Float64Array.from(values).sort());
}

function sortedQuartiles(v: Float64Array): Quartiles | null {
  if (v.length === 0) return null;
  const at = (p: number) => {
    const x = (v.length - 1) * p;
    const lo = Math.floor(x);
    const hi = Math.min(v.length - 1, lo + 1);
    return Math.round(v[lo]! + (v[hi]! - v[lo]!) * (x - lo));
  };
  return { n: v.length, p25: at(0.25), p50: at(0.5), p75: at(0.75) };
}

export const seekerExpectationsSchema = z
  .array(
    z.object({
      occupations: z.array(z.string().min(1).max(32)).max(10),
      expectedDailyPay: z.number().positive().max(10_000, 'expectedDailyPay is 元 per day, at most 10000'),
    }),
  )
  .max(1_000_000);
export type SeekerExpectation = z.output<typeof seekerExpectationsSchema>[number];

/** The 元/天 of the postings seekers may see, per occupation, sorted; and when that stops being true. */
interface Offered {
  version: number;
  fromMs: number;
  /** The first instant a counted posting may leave the seekers' view. */
  untilMs: number;
  /** How long an unconfirmed posting stays shown (nowMs − staleBeforeMs). */
  keptMs: number;
  byOccupation: Map<string, Float64Array>;
  quartiles: Map<string, Quartiles>;
  /** Bands of sets of trades asked for, by their sorted codes. */
  bands: Map<string, Quartiles | null>;
}

const offeredOf = new WeakMap<EngineState, Offered>();
/** Sets of trades whose band is kept per version: a kiosk asks for a few at a time. */
const MAX_BANDS = 512;

function offered(state: EngineState): Offered {
  const nowMs = state.nowMs();
  const keptMs = nowMs - state.staleBeforeMs(nowMs);
  const held = offeredOf.get(state);
  if (
    held &&
    held.version === state.version &&
    held.keptMs === keptMs &&
    nowMs >= held.fromMs &&
    nowMs < held.untilMs
  )
    return held;
  const lists = new Map<string, number[]>();
  const { hot } = state;
  let untilMs = Infinity;
  for (const j of state.slots) {
    if (!j || j.daily === null) continue;
    const s = j.slot;
    if (!hot.marketOk(s, nowMs, nowMs - keptMs)) continue;
    // Shown until its last day ends or it is unconfirmed for longer than keptMs.
    const leaves = Math.min(hot.endMs(s), vouchedMs(hot.confirmedMs(s), hot.postedMs(s)) + keptMs + 1);
    if (leaves < untilMs) untilMs = leaves;
    const list = lists.get(j.occupation);
    if (list) list.push(j.daily);
    else lists.set(j.occupation, [j.daily]);
  }
  const byOccupation = new Map<string, Float64Array>();
  const quartilesBy = new Map<string, Quartiles>();
  for (const [code, list] of lists) {
    const v = Float64Array.from(list).sort();
    byOccupation.set(code, v);
    quartilesBy.set(code, sortedQuartiles(v)!);
  }
  const made: Offered = {
    version: state.version,
    fromMs: nowMs,
    untilMs,
    keptMs,
    byOccupation,
    quartiles: quartilesBy,
    bands: new Map(),
  };
  offeredOf.set(state, made);
  return made;
}

/**
 * The one band of a set of trades: the quartiles of every posting in them seekers may see (all of
 * them when none is named), each posting counted once. For one trade, that trade's own quartiles.
 */
export function marketBand(state: EngineState, occupations: readonly string[]): Quartiles | null {
  const o = offered(state);
  const codes = [...new Set(occupations)].sort();
  if (codes.length === 1) return o.quartiles.get(codes[0]!) ?? null;
  const key = codes.join(',');
  const held = o.bands.get(key);
  if (held !== undefined) return held;
  const parts = codes.length ? codes.map((c) => o.byOccupation.get(c)) : [...o.byOccupation.values()];
  const all = new Float64Array(parts.reduce((n, p) => n + (p?.length ?? 0), 0));
  let at = 0;
  for (const p of parts)
    if (p) {
      all.set(p, at);
      at += p.length;
    }
  const band = sortedQuartiles(all.sort());
  if (o.bands.size >= MAX_BANDS) o.bands.clear();
  o.bands.set(key, band);
  return band;
}

/**
 * Offered and expected 元/天 per occupation (those asked for, or all), and their one band. An
 * expectation is given only with `seekerFigures.minGroup` seekers behind it.
 */
export function marketFigures(
  state: EngineState,
  seekers: readonly SeekerExpectation[],
  occupations?: readonly string[],
): MarketFigures {
  const o = offered(state);
  const wanted = occupations && new Set(occupations);
  const expected = new Map<string, number[]>();
  for (const s of seekers)
    for (const code of new Set(s.occupations)) {
      if (wanted && !wanted.has(code)) continue;
      const list = expected.get(code);
      if (list) list.push(s.expectedDailyPay);
      else expected.set(code, [s.expectedDailyPay]);
    }
  const codes = new Set(wanted ? [] : o.quartiles.keys());
  if (wanted) for (const c of wanted) if (o.quartiles.has(c)) codes.add(c);
  for (const c of expected.keys()) codes.add(c);
  const list = [...codes]
    .map((code) => {
      const occ = state.taxonomy.occupation(code);
      const wishes = expected.get(code) ?? [];
      return {
        occupation: code,
        name: occ?.name ?? code,
        group: occ?.group ?? '',
        offered: o.quartiles.get(code) ?? null,
        expected: wishes.length >= seekerFigures.minGroup ? quartiles(wishes) : null,
      };
    })
    .sort((a, b) => (b.offered?.n ?? 0) - (a.offered?.n ?? 0) || a.occupation.localeCompare(b.occupation));
  return {
    asOf: new Date(state.nowMs()).toISOString(),
    basis: { hoursPerDay: 8, daysPerMonth: 21.75, daysPerWeek: 5 },
    band: marketBand(state, occupations ?? []),
    occupations: list,
  };
}
