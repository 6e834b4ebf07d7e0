import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateJobs } from '../../assets/jobs/generator';
import { loadTaxonomy } from '../../electron/runtime/match/taxonomy';
import { jobSchema } from '../../electron/schema/job';

const now = new Date('2026-11-21T09:00:00+08:00');

describe('job generator', () => {
  it('reproduces the committed sample feed', () => {
    const feed = JSON.parse(
      readFileSync(new URL('../../assets/jobs/sample-feed.json', import.meta.url), 'utf8'),
    ) as { jobs: unknown[] };
    expect(generateJobs({ count: 320, seed: 20261121, now, prefix: 'cc' })).toEqual(feed.jobs);
  });

  it('full catalogue: valid jobs, known codes, the newer trades present, common trades commoner', () => {
    const jobs = generateJobs({ count: 3000, seed: 5, now, prefix: 't', catalogue: 'full' });
    const tax = loadTaxonomy();
    const count = new Map<string, number>();
    for (const j of jobs) {
      expect(jobSchema.safeParse(j).success).toBe(true);
      expect(tax.occupation(j.occupation), j.occupation).toBeDefined();
      count.set(j.occupation, (count.get(j.occupation) ?? 0) + 1);
    }
    expect(count.size).toBeGreaterThanOrEqual(60);
    expect(count.get('4-09-08-02')!).toBeGreaterThan(count.get('4-10-03-02')! * 5); // 保洁员 vs 美容师
  });

  it('about one posting in eight comes through an agency, as in a real hall', () => {
    const jobs = generateJobs({ count: 3000, seed: 11, now, catalogue: 'full' });
    const share = jobs.filter((j) => j.employer.agency).length / jobs.length;
    expect(share).toBeGreaterThan(0.06);
    expect(share).toBeLessThan(0.2);
  });

  it('is deterministic per seed', () => {
    const a = generateJobs({ count: 50, seed: 9, now, catalogue: 'full' });
    expect(generateJobs({ count: 50, seed: 9, now, catalogue: 'full' })).toEqual(a);
  });
});
