import { describe, expect, it } from 'vitest';
import { createCertificateBook } from '../../../../electron/runtime/match/certificates';
import { createMatchEngine } from '../../../../electron/runtime/match/engine';
import { loadTaxonomy } from '../../../../electron/runtime/match/taxonomy';
import { workerProfileSchema } from '../../../../electron/runtime/match/worker';
import { FIXTURE_NOW, fixtureJobs } from '../../../fixtures/match/jobs';
import { labelledWorkers, neverShown } from '../../../fixtures/match/workers';

describe('labelled workers against the fixed job set', () => {
  const engine = createMatchEngine({ jobs: fixtureJobs, now: () => FIXTURE_NOW });
  const certs = createCertificateBook(loadTaxonomy().data.certificates);

  it('has at least 50 labelled profiles', () => {
    expect(labelledWorkers.length).toBeGreaterThanOrEqual(50);
    const ids = new Set(fixtureJobs.map((j) => j.id));
    for (const w of labelledWorkers)
      for (const id of [...w.mustInclude, ...w.mustExclude]) expect(ids.has(id), `${w.id}: ${id}`).toBe(true);
  });

  for (const w of labelledWorkers)
    it(`${w.id} ${w.note}`, () => {
      const result = engine.match(workerProfileSchema.parse(w.profile), 5);
      const shown = result.items.map((i) => i.job.id);
      for (const id of w.mustInclude) expect(shown, `${id} should be in the top 5`).toContain(id);
      for (const id of [...w.mustExclude, ...neverShown])
        expect(shown, `${id} must never be shown`).not.toContain(id);
      expect(new Set(result.items.map((i) => i.job.employer.id)).size).toBe(result.items.length);
      for (const [id, reasons] of Object.entries(w.reasons ?? {}))
        expect(result.items.find((i) => i.job.id === id)?.reasons, id).toEqual(
          expect.arrayContaining(reasons),
        );
      for (const [above, below] of w.ranksAbove ?? []) {
        expect(shown, `${above} should be shown`).toContain(above);
        const at = shown.indexOf(below);
        if (at !== -1) expect(shown.indexOf(above), `${above} above ${below}`).toBeLessThan(at);
      }
      for (const id of w.notFirst ?? []) expect(shown[0], `${id} must not top the list`).not.toBe(id);
      // Beyond her trades only the ones the taxonomy relates to them, each card saying how; the
      // headline (没有完全对口的工作) only when no card is in her trades.
      if (w.profile.occupations?.length) {
        for (const { job, reasons } of result.items)
          expect(
            reasons.some((r) => r.code.startsWith('occupation-')),
            `${job.id} is unrelated`,
          ).toBe(true);
        const inHerTrades = result.items.some((i) => i.reasons.some((r) => r.code === 'occupation-exact'));
        expect(result.warnings.some((x) => x.code === 'unrelated-fallback')).toBe(
          result.items.length > 0 && !inHerTrades,
        );
      }
      // What the law requires of a trade is required even when a posting leaves it out.
      const held = certs.holdings(w.profile.certificates ?? []);
      for (const { job } of result.items)
        for (const c of certs.requiredByLaw(job.occupation))
          expect(held.has(c), `${job.id} (${job.occupation}) needs ${c}`).toBe(true);
      const expected = w.profile.expectedDailyPay;
      for (const { job, reasons, wage } of result.items) {
        const pay = reasons.find((r) => r.code.startsWith('pay-'));
        if (expected === undefined || expected === 0 || wage.daily === null) continue;
        // A pay reason says what is true: 达到 only at or above the wish, else how much short.
        if (pay?.code === 'pay-meets' || pay?.code === 'pay-above')
          expect(wage.daily, `${job.id} said ${pay.code}`).toBeGreaterThanOrEqual(expected);
        if (pay?.code === 'pay-below') {
          expect(wage.daily, job.id).toBeLessThan(expected);
          expect(pay.amount, job.id).toBe(Math.max(1, Math.round(expected - wage.daily)));
        }
      }
    });
});
