/**
 * match() stops scanning once no bucket or job can beat what it holds. Those bounds must never be
 * below a real score, or a better job would be missed: the engine's best answer is checked against
 * an exhaustive scoring of every job that passes the hard filters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateJobs } from '../../../../assets/jobs/generator';
import { createCertificateBook } from '../../../../electron/runtime/match/certificates';
import { createMatchEngine } from '../../../../electron/runtime/match/engine';
import { marketExclusion, prepareWorker, workerExclusion } from '../../../../electron/runtime/match/filters';
import { HotColumns } from '../../../../electron/runtime/match/hot-columns';
import { dupKeyOf, indexJob } from '../../../../electron/runtime/match/indexed-job';
import { OCCUPATION_POINTS, scoreJob } from '../../../../electron/runtime/match/score';
import { DEFAULT_TIME_ZONE } from '../../../../electron/runtime/clock/station-day';
import { loadTaxonomy, type OccupationFit } from '../../../../electron/runtime/match/taxonomy';
import { workerProfileSchema, type WorkerProfile } from '../../../../electron/runtime/match/worker';

const NOW = new Date('2026-11-21T09:00:00+08:00');
const jobs = generateJobs({ count: 4000, seed: 777, now: NOW, prefix: 'prune', catalogue: 'full' });
const engine = createMatchEngine({ jobs, now: () => NOW });
const taxonomy = loadTaxonomy();
const certs = createCertificateBook(taxonomy.data.certificates);
const indexed = jobs.map((j, i) => indexJob(j, i, certs));
// The dates and places scoring reads, laid out as the engine lays them (in job order here).
const hot = new HotColumns(DEFAULT_TIME_ZONE);
for (const j of indexed) hot.set(j.slot, j, jobs[j.slot]!);

interface Scored {
  score: number;
  near: boolean;
  j: (typeof indexed)[number];
}

/** Every eligible job's score, as match() scores it; `near` = fits or relates to a wished trade (or none was wished). */
function exhaustive(profile: WorkerProfile): Scored[] {
  const w = prepareWorker(profile, certs, NOW.getTime(), DEFAULT_TIME_ZONE);
  const staleBefore = NOW.getTime() - 30 * 86_400_000;
  const out: Scored[] = [];
  for (const j of indexed) {
    if (marketExclusion(j, hot, NOW.getTime(), staleBefore) || workerExclusion(j, hot, w)) continue;
    let fit: { fit: OccupationFit; points: number } = { fit: 'none', points: 0 };
    profile.occupations.forEach((code, i) => {
      const f = taxonomy.fit(code, j.occupation);
      const points = f === 'none' ? 0 : OCCUPATION_POINTS[f] - 2 * i;
      if (points > fit.points) fit = { fit: f, points };
    });
    const score = scoreJob(
      j,
      hot,
      w,
      { fit: fit.fit, fitPoints: fit.points, keyword: undefined, employer: undefined },
      taxonomy,
      NOW.getTime(),
    );
    out.push({ score, near: profile.occupations.length === 0 || fit.fit !== 'none', j });
  }
  return out;
}

/** The shown scores: best first, one job per employer, near-duplicates folded into the first. */
function varied(all: Scored[], top: number): number[] {
  const sorted = [...all].sort(
    (a, b) =>
      b.score - a.score || hot.vouchedMs[b.j.slot]! - hot.vouchedMs[a.j.slot]! || (a.j.id < b.j.id ? -1 : 1),
  );
  const employers = new Set<string>();
  const dups = new Set<string>();
  const out: number[] = [];
  for (const c of sorted) {
    const dup = dupKeyOf(jobs[c.j.slot]!, c.j.daily);
    if (dups.has(dup)) continue;
    if (out.length >= top || employers.has(c.j.employerId)) continue;
    dups.add(dup);
    employers.add(c.j.employerId);
    out.push(c.score);
  }
  return out;
}

const codes = [...new Set(jobs.map((j) => j.occupation))];
const certNames = taxonomy.data.certificates.map((c) => c.name);
const profiles = fc.record({
  age: fc.option(fc.integer({ min: 16, max: 75 }), { nil: undefined }),
  occupations: fc.oneof(fc.constant([]), fc.array(fc.constantFrom(...codes), { minLength: 1, maxLength: 3 })),
  expectedDailyPay: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
  certificates: fc.subarray(certNames, { maxLength: 4 }),
  keyGroups: fc.constantFrom([], ['hard-to-employ']),
  home: fc.record({ district: fc.constantFrom('南关区', '朝阳区', '二道区', '绿园区', '宽城区', '双阳区') }),
  maxDistanceKm: fc.option(fc.integer({ min: 2, max: 40 }), { nil: undefined }),
  schedules: fc.subarray(['day', 'short', 'long'] as const),
  dailySettlement: fc.boolean(),
  availableFrom: fc.constantFrom(undefined, '2026-11-23', '2026-12-05'),
});

describe('pruned matching', () => {
  it('shows the same scores as scoring every eligible job would', () => {
    fc.assert(
      fc.property(profiles, (input) => {
        const profile = workerProfileSchema.parse(
          Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
        );
        const all = exhaustive(profile);
        const result = engine.match(profile, 5);
        if (all.length === 0) {
          expect(result.items).toEqual([]);
          return;
        }
        // Only the wished trades and the ones the taxonomy relates to them, even when too few of
        // those make a varied top 5.
        const expected = varied(
          all.filter((a) => a.near),
          5,
        );
        expect(result.items.map((i) => i.score)).toEqual(expected);
      }),
      {
        numRuns: 300,
        examples: [
          // Too few varied jobs of the wished trade: the candidates held must grow, or one
          // employer's many postings leave a place empty that another employer's job could take.
          [
            {
              age: undefined,
              occupations: ['4-12-01-01'],
              expectedDailyPay: undefined,
              certificates: [],
              keyGroups: [],
              home: { district: '双阳区' },
              maxDistanceKm: 35,
              schedules: [],
              dailySettlement: false,
              availableFrom: undefined,
            },
          ],
          // A high expectation: a piece rate without output (8 pay points) beats a low wage (0), so
          // the unpriced tail of a bucket must not be cut off with the priced part.
          [
            {
              age: undefined,
              occupations: [],
              expectedDailyPay: 556,
              certificates: [],
              keyGroups: [],
              home: { district: '二道区' },
              maxDistanceKm: undefined,
              schedules: ['long'],
              dailySettlement: true,
              availableFrom: undefined,
            },
          ],
        ],
      },
    );
  });
});
