/**
 * The wage figures are kept between calls (market.ts): whatever the jobs and the clock do, an
 * engine that has answered before answers as one built afresh at that moment.
 */
import { describe, expect, it } from 'vitest';
import { createMatchEngine } from '../../../../electron/runtime/match/engine';
import type { Job } from '../../../../electron/schema/job';
import { FIXTURE_NOW, fixtureJobs } from '../../../fixtures/match/jobs';

const DAY = 86_400_000;
const TRADES = ['4-09-08-02', '4-10-01-06'];

function answers(e: ReturnType<typeof createMatchEngine>) {
  const f = e.marketFigures([]);
  return { band: f.band, trades: e.marketBand(TRADES), occupations: f.occupations };
}

describe('kept wage figures', () => {
  it('follow every upsert and removal', () => {
    let jobs: Job[] = fixtureJobs.slice(0, 150);
    const e = createMatchEngine({ jobs, now: () => FIXTURE_NOW });
    const fresh = () => answers(createMatchEngine({ jobs, now: () => FIXTURE_NOW }));
    expect(answers(e)).toEqual(fresh());
    const cleaner = jobs.find((j) => j.occupation === '4-09-08-02')!;
    const richer = { ...cleaner, pay: { ...cleaner.pay, amount: cleaner.pay.amount * 3 } };
    e.upsert(richer);
    jobs = jobs.map((j) => (j.id === cleaner.id ? richer : j));
    expect(answers(e)).toEqual(fresh());
    e.upsert({ ...richer, status: 'filled' });
    jobs = jobs.map((j) => (j.id === cleaner.id ? { ...richer, status: 'filled' } : j));
    expect(answers(e)).toEqual(fresh());
    const gone = jobs[7]!;
    e.remove(gone.id);
    jobs = jobs.filter((j) => j.id !== gone.id);
    expect(answers(e)).toEqual(fresh());
    const added = fixtureJobs.slice(150, 180);
    e.upsertMany(added);
    jobs = [...jobs, ...added];
    expect(answers(e)).toEqual(fresh());
  });

  it('follow the clock: postings reaching their last day or going unconfirmed leave, and a clock set back brings them again', () => {
    const jobs = fixtureJobs.slice(0, 200);
    let t = FIXTURE_NOW.getTime();
    const e = createMatchEngine({ jobs, now: () => new Date(t), staleAfterDays: 10 });
    const seen = new Set<number>();
    for (const step of [0, 0.2, 1, 0.5, 3, 2, 4, -6, 7, 9, -15, 12, 20, 30]) {
      t += step * DAY;
      const at = t;
      const now = answers(e);
      seen.add(now.band?.n ?? 0);
      expect(now, `at ${new Date(at).toISOString()}`).toEqual(
        answers(createMatchEngine({ jobs, now: () => new Date(at), staleAfterDays: 10 })),
      );
    }
    // The walk saw the figures move, so the comparison was not between two unchanging answers.
    expect(seen.size).toBeGreaterThan(3);
  });
});
