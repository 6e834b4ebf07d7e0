import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyGroups } from '../../../../electron/contract/desk';
import { matchCommand, searchCommand } from '../../../../electron/runtime/match/commands';
import { createCertificateBook } from '../../../../electron/runtime/match/certificates';
import { createMatchEngine } from '../../../../electron/runtime/match/engine';
import { haversineKm, locate } from '../../../../electron/runtime/match/geo';
import { quartiles } from '../../../../electron/runtime/match/market';
import { loadTaxonomy } from '../../../../electron/runtime/match/taxonomy';
import { workerProfileSchema, type WorkerProfileInput } from '../../../../electron/runtime/match/worker';
import type { Job } from '../../../../electron/schema/job';
import { FIXTURE_NOW, fixtureJobs, handJobs } from '../../../fixtures/match/jobs';

const engine = createMatchEngine({ jobs: fixtureJobs, now: () => FIXTURE_NOW });
const match = (p: WorkerProfileInput, top = 5, e = engine) => e.match(workerProfileSchema.parse(p), top);
const byId = (id: string) => handJobs.find((j) => j.id === id)!;
const engineCerts = createCertificateBook(loadTaxonomy().data.certificates);

describe('hard filters', () => {
  const certs = ['健康证', '焊工证', '电工证', '叉车证', 'C1驾照', '保安员证', '登高证', '育婴员证'];
  const districts = [
    '南关区',
    '宽城区',
    '朝阳区',
    '二道区',
    '绿园区',
    '双阳区',
    '九台区',
    '经开区',
    '净月区',
    '汽开区',
    '长春新区',
  ];
  const codes = [...new Set(fixtureJobs.map((j) => j.occupation))];
  const profile = fc.record({
    age: fc.integer({ min: 16, max: 80 }),
    occupations: fc.array(fc.constantFrom(...codes), { maxLength: 3 }),
    expectedDailyPay: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }),
    certificates: fc.subarray(certs),
    keyGroups: fc.subarray([...keyGroups]),
    home: fc.record({ district: fc.constantFrom(...districts) }),
    maxDistanceKm: fc.option(fc.double({ min: 0.5, max: 60, noNaN: true }), { nil: undefined }),
  });

  it('are never violated, whatever the profile', () => {
    fc.assert(
      fc.property(profile, (p) => {
        const w = workerProfileSchema.parse(p);
        for (const { job } of engine.match(w, 10).items) {
          expect(job.status).toBe('open');
          expect(job.validThrough >= '2026-11-21').toBe(true);
          expect(job.filled).toBeLessThan(job.headcount);
          if (job.ageMin !== undefined) expect(w.age!).toBeGreaterThanOrEqual(job.ageMin);
          if (job.ageMax !== undefined) expect(w.age!).toBeLessThanOrEqual(job.ageMax);
          for (const c of job.certificates) expect(w.certificates).toContain(c);
          for (const c of engineCerts.requiredByLaw(job.occupation)) expect(w.certificates).toContain(c);
          if (job.publicWelfare) expect(w.keyGroups.length).toBeGreaterThan(0);
          if (w.maxDistanceKm !== undefined)
            expect(haversineKm(locate(w.home)!, locate(job)!)).toBeLessThanOrEqual(w.maxDistanceKm);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never use sex: a posting that demands one is shown, flagged for staff, and scored as if it did not', () => {
    const p = {
      age: 45,
      occupations: ['4-09-08-02'],
      expectedDailyPay: 170,
      home: { district: '朝阳区' },
      maxDistanceKm: 3,
    };
    const item = match(p).items.find((i) => i.job.id === 'fx-clean-female')!;
    expect(item.flags).toContainEqual({ code: 'sex-requirement', sex: 'female' });
    const plain = createMatchEngine({
      jobs: fixtureJobs.map((j) => (j.id === 'fx-clean-female' ? { ...j, sexRequirement: undefined } : j)),
      now: () => FIXTURE_NOW,
    });
    expect(match(p, 5, plain).items.find((i) => i.job.id === 'fx-clean-female')!.score).toBe(item.score);
    expect(workerProfileSchema.safeParse({ ...p, sex: 'male' }).success).toBe(false);
  });

  it('flag age limits for staff when the age is unknown instead of guessing', () => {
    const r = match({ occupations: ['4-09-08-02'], home: { district: '南关区' } });
    expect(r.items.some((i) => i.flags.some((f) => f.code === 'age-unchecked'))).toBe(true);
  });
});

describe('ranking', () => {
  it('carries structured reasons', () => {
    const top = match({
      age: 55,
      occupations: ['4-09-08-02'],
      expectedDailyPay: 160,
      home: { district: '南关区' },
      schedules: ['day'],
    }).items[0]!;
    expect(top.job.id).toBe('fx-clean-nanguan');
    expect(top.reasons).toContainEqual({
      code: 'occupation-exact',
      occupation: '4-09-08-02',
      name: '保洁员',
    });
    expect(top.reasons).toContainEqual({ code: 'pay-above', amount: 30 });
    expect(top.reasons).toContainEqual({ code: 'starts-today' });
    expect(top.reasons.find((r) => r.code === 'distance')).toMatchObject({ code: 'distance', from: 'home' });
  });

  it('shows an employer at most once and folds reposts of one job', () => {
    const r = match({
      age: 40,
      occupations: ['4-02-01-02'],
      expectedDailyPay: 250,
      home: { district: '宽城区' },
    });
    expect(r.items.filter((i) => i.job.employer.id === 'emp-multi')).toHaveLength(1);
    const cleaners = match(
      {
        age: 40,
        occupations: ['4-09-08-02'],
        expectedDailyPay: 170,
        home: { district: '绿园区' },
        maxDistanceKm: 1,
      },
      10,
    );
    const dups = cleaners.items.filter((i) => i.job.id === 'fx-dup-a' || i.job.id === 'fx-dup-b');
    expect(dups).toHaveLength(1);
    expect(dups[0]!.flags.find((f) => f.code === 'duplicates')).toBeDefined();
  });

  it('marks staffing-agency postings', () => {
    const item = match({ age: 35, occupations: ['4-02-06-05'], home: { district: '经开区' } }).items.find(
      (i) => i.job.id === 'fx-sorter-agency',
    )!;
    expect(item.flags).toContainEqual({ code: 'agency' });
  });

  it("counts an employer's disputes and no-shows against its postings", () => {
    const p = { age: 40, occupations: ['4-02-01-02'], expectedDailyPay: 250, home: { district: '宽城区' } };
    const clean = match(p).items.find((i) => i.job.id === 'fx-loader-disputes');
    expect(clean).toBeDefined();
    const recorded = createMatchEngine({
      jobs: fixtureJobs,
      now: () => FIXTURE_NOW,
      employerRecord: (id) => (id === 'emp-bad' ? { disputes: 3, noShows: 1 } : undefined),
    });
    const all = recorded.match(workerProfileSchema.parse(p), 50).items;
    const bad = all.find((i) => i.job.id === 'fx-loader-disputes');
    if (bad) {
      expect(bad.score).toBeLessThan(clean!.score - 30);
      expect(bad.reasons).toContainEqual({ code: 'employer-disputes', count: 3 });
      expect(bad.reasons).toContainEqual({ code: 'employer-no-shows', count: 1 });
    }
    expect(recorded.match(workerProfileSchema.parse(p), 5).items.map((i) => i.job.id)).not.toContain(
      'fx-loader-disputes',
    );
  });

  it('prefers exact trade over same 小类 over same group over related', () => {
    const e = createMatchEngine({
      jobs: ['4-09-08-02', '4-10-01-06', '4-03-01-02', '6-18-02-04'].map((occupation, i) => ({
        ...byId('fx-clean-nanguan'),
        id: `o${i}`,
        occupation,
        certificates: [],
        employer: { id: `e${i}`, name: `单位${i}`, agency: false },
      })),
      now: () => FIXTURE_NOW,
    });
    const ids = match({ age: 40, occupations: ['4-09-08-02'] }, 5, e).items.map((i) => i.job.id);
    expect(ids.slice(0, 3)).toEqual(['o0', 'o1', 'o2']);
    expect(
      match(
        // Kitchen work needs a 健康证 by law, asked for or not.
        { age: 40, occupations: ['4-03-02-90'], certificates: ['健康证'] },
        5,
        createMatchEngine({
          jobs: [
            { ...byId('fx-dishwasher'), certificates: [] },
            { ...byId('fx-chef'), id: 'chef', certificates: [], pay: { amount: 200, unit: 'day' } },
          ],
          now: () => FIXTURE_NOW,
        }),
      ).items[0]!.reasons[0]!.code,
    ).toBe('occupation-minor-group');
  });
});

describe('bad worker profiles', () => {
  it('give sane results for an empty profile', () => {
    const r = match({});
    expect(r.items.length).toBe(5);
  });

  it('accept expectation 0 and reject absurd ones with a clear message', () => {
    expect(match({ age: 40, expectedDailyPay: 0, occupations: ['4-09-08-02'] }).items.length).toBe(5);
    const r = workerProfileSchema.safeParse({ expectedDailyPay: 1e9 });
    expect(r.error!.issues[0]!.message).toMatch(/at most 10000/);
    expect(workerProfileSchema.safeParse({ age: 'forty' }).success).toBe(false);
    expect(
      workerProfileSchema.safeParse({ keywords: ['保'.repeat(5000)] }).error!.issues[0]!.message,
    ).toMatch(/at most 20/);
  });

  it('report unknown occupation codes and still match', () => {
    const r = match({ age: 40, occupations: ['9-99-99-99', '4-09-08-02'] });
    expect(r.warnings).toContainEqual({ code: 'unknown-occupation', occupation: '9-99-99-99' });
    expect(r.items[0]!.job.occupation).toBe('4-09-08-02');
  });

  it('warn when a distance limit has no place to measure from', () => {
    expect(match({ age: 40, maxDistanceKm: 5 }).warnings).toContainEqual({
      code: 'distance-limit-without-origin',
    });
  });

  it('offer neighbouring trades when the wished one needs a missing certificate', () => {
    const r = match({ age: 40, occupations: ['6-29-02-05'], home: { district: '长春新区' } });
    expect(r.items.length).toBe(5);
    expect(r.items.map((i) => i.job.id)).not.toContain('fx-scaffold');
    expect(r.items.every((i) => i.reasons.some((x) => x.code.startsWith('occupation-')))).toBe(true);
  });

  it('never fill the screen with trades unrelated to the wish', () => {
    const e = createMatchEngine({
      jobs: [byId('fx-welder'), byId('fx-clean-nanguan'), byId('fx-carwash')],
      now: () => FIXTURE_NOW,
    });
    const r = match({ age: 40, occupations: ['6-18-02-04'], home: { district: '经开区' } }, 5, e);
    expect(r.items).toEqual([]);
    expect(r.warnings).not.toContainEqual({ code: 'unrelated-fallback' });
  });

  it('offer related trades, marked as such, and say none is hers only when none is', () => {
    // 保洁员 relates to 客房服务员 in the taxonomy; 绿化工 and 焊工 are nothing a cleaner asked for.
    const room = { ...byId('fx-housekeeping-room'), certificates: [] };
    const others = [room, byId('fx-greening'), byId('fx-welder-daily')];
    const cleaner = { age: 50, occupations: ['4-09-08-02'], home: { district: '南关区' } };
    const engineOf = (jobs: Job[]) => createMatchEngine({ jobs, now: () => FIXTURE_NOW });

    const r = match(cleaner, 5, engineOf([byId('fx-clean-nanguan'), ...others]));
    expect(r.items.map((i) => i.job.id)).toEqual(['fx-clean-nanguan', 'fx-housekeeping-room']);
    expect(r.items[1]!.reasons).toContainEqual({
      code: 'occupation-related',
      occupation: '4-03-01-02',
      name: '客房服务员',
    });
    expect(r.warnings).not.toContainEqual({ code: 'unrelated-fallback' });

    const onlyRelated = match(cleaner, 5, engineOf(others));
    expect(onlyRelated.items.map((i) => i.job.id)).toEqual(['fx-housekeeping-room']);
    expect(onlyRelated.warnings).toContainEqual({ code: 'unrelated-fallback' });
  });

  it('treat emoji keywords as nothing', () => {
    expect(match({ age: 40, occupations: ['4-09-08-02'], keywords: ['😀'] }).items.length).toBe(5);
  });
});

describe('market figures', () => {
  it('computes quartiles by linear interpolation', () => {
    expect(quartiles([])).toBeNull();
    expect(quartiles([100])).toEqual({ n: 1, p25: 100, p50: 100, p75: 100 });
    expect(quartiles([100, 200, 300, 400, 500])).toEqual({ n: 5, p25: 200, p50: 300, p75: 400 });
  });

  it('gives offered and expected daily pay per occupation, an expectation only with three seekers behind it', () => {
    const f = engine.marketFigures([
      { occupations: ['4-09-08-02'], expectedDailyPay: 150 },
      { occupations: ['4-09-08-02', '4-10-01-06'], expectedDailyPay: 170 },
      { occupations: ['4-09-08-02'], expectedDailyPay: 190 },
    ]);
    const cleaner = f.occupations.find((o) => o.occupation === '4-09-08-02')!;
    expect(cleaner.name).toBe('保洁员');
    expect(cleaner.offered!.n).toBeGreaterThan(5);
    expect(cleaner.offered!.p25).toBeLessThanOrEqual(cleaner.offered!.p50);
    expect(cleaner.expected).toEqual({ n: 3, p25: 160, p50: 170, p75: 180 });
    // One person's wish for 4-10-01-06 is not shown.
    expect(f.occupations.find((o) => o.occupation === '4-10-01-06')!.expected).toBeNull();
    expect(f.basis).toEqual({ hoursPerDay: 8, daysPerMonth: 21.75, daysPerWeek: 5 });
  });

  it('gives one band for a set of trades: every posting in them once, a single trade its own quartiles', () => {
    const f = engine.marketFigures([]);
    const cleaner = f.occupations.find((o) => o.occupation === '4-09-08-02')!;
    expect(engine.marketBand(['4-09-08-02'])).toEqual(cleaner.offered);
    const two = ['4-09-08-02', '4-10-01-06'];
    const n = f.occupations.filter((o) => two.includes(o.occupation)).reduce((a, o) => a + o.offered!.n, 0);
    expect(engine.marketBand(two)!.n).toBe(n);
    expect(engine.marketBand([...two].reverse())).toEqual(engine.marketBand(two));
    expect(engine.marketBand([])!.n).toBe(f.occupations.reduce((a, o) => a + (o.offered?.n ?? 0), 0));
    expect(f.band).toEqual(engine.marketBand([]));
    expect(engine.marketFigures([], two).band).toEqual(engine.marketBand(two));
    expect(engine.marketBand(['9-99-99-99'])).toBeNull();
  });
});

describe('CLI commands', () => {
  it('match and search return JSON-ready values with Chinese text, or an error value', () => {
    const m = matchCommand(engine, { age: 55, occupations: ['4-09-08-02'], home: { district: '南关区' } }, 3);
    expect(m.ok).toBe(true);
    if (m.ok) {
      expect(m.value.items).toHaveLength(3);
      expect(m.value.items[0]!.reasons[0]!.text).toBe('工种对口');
      expect(JSON.parse(JSON.stringify(m.value))).toEqual(m.value);
    }
    const bad = matchCommand(engine, { expectedDailyPay: -1 }, 5);
    expect(bad).toMatchObject({ ok: false });
    expect(matchCommand(engine, {}, 0)).toMatchObject({ ok: false, error: expect.stringMatching(/top/) });
    const s = searchCommand(engine, 'bj');
    expect(s.ok && s.value.items[0]!.title).toMatch(/保洁/);
    expect(searchCommand(engine, 'x'.repeat(5000))).toMatchObject({ ok: false });
  });
});
