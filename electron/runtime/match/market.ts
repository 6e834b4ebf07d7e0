/**
 * Wage figures per occupation for the big screen's chart: what open postings offer and what
 * seekers expect, both as 元/天 quartiles, so a seeker sees where an offer sits.
 */
import { z } from 'zod';
import type { MarketFigures, Quartiles } from '../../contract/match';
import { marketExclusion } from './filters';
import type { EngineState } from './state';

/** Linear interpolation between order statistics (the common "type 7" definition). */
export function quartiles(values: readonly number[]): Quartiles | null {
  if (values.length === 0) return null;
  const v = [...values].sort((a, b) => a - b);
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

export function marketFigures(state: EngineState, seekers: readonly SeekerExpectation[]): MarketFigures {
  const nowMs = state.nowMs();
  const staleMs = state.staleBeforeMs(nowMs);
  const offered = new Map<string, number[]>();
  for (const j of state.slots) {
    if (!j || j.daily === null || marketExclusion(j, state.hot, nowMs, staleMs) !== null) continue;
    const list = offered.get(j.occupation);
    if (list) list.push(j.daily);
    else offered.set(j.occupation, [j.daily]);
  }
  const expected = new Map<string, number[]>();
  for (const s of seekers)
    for (const code of new Set(s.occupations)) {
      const list = expected.get(code);
      if (list) list.push(s.expectedDailyPay);
      else expected.set(code, [s.expectedDailyPay]);
    }
  const codes = new Set([...offered.keys(), ...expected.keys()]);
  const occupations = [...codes]
    .map((code) => {
      const occ = state.taxonomy.occupation(code);
      return {
        occupation: code,
        name: occ?.name ?? code,
        group: occ?.group ?? '',
        offered: quartiles(offered.get(code) ?? []),
        expected: quartiles(expected.get(code) ?? []),
      };
    })
    .sort((a, b) => (b.offered?.n ?? 0) - (a.offered?.n ?? 0) || a.occupation.localeCompare(b.occupation));
  return {
    asOf: new Date(nowMs).toISOString(),
    basis: { hoursPerDay: 8, daysPerMonth: 21.75, daysPerWeek: 5 },
    occupations,
  };
}
