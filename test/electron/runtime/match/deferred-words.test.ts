import { describe, expect, it } from 'vitest';
import { generateJobs } from '../../../../assets/jobs/generator';
import { createMatchEngine } from '../../../../electron/runtime/match/engine';
import { searchQuerySchema } from '../../../../electron/contract/match';
import { workerProfileSchema } from '../../../../electron/runtime/match/worker';
import { FIXTURE_NOW, fixtureJobs } from '../../../fixtures/match/jobs';

/**
 * A start-up build leaves the search words for later (deferText) so that matching answers sooner;
 * once `indexText` has run, in however many slices, the engine must be the one an eager build makes.
 */
const jobs = [
  ...fixtureJobs,
  // A district the engine does not know beforehand: its names are search words too.
  ...generateJobs({ count: 600, seed: 31, now: FIXTURE_NOW, prefix: 'dw' }).map((j, i) =>
    i % 50 === 0 ? { ...j, district: '莲花山区', address: `长春市莲花山区泉眼路${i}号` } : j,
  ),
];
const now = () => FIXTURE_NOW;
const queries = ['保洁', 'baojie', 'bj', '南关 日结', '莲花山 搬运', '叉车司机', 'cc', '物业'].map((text) =>
  searchQuerySchema.parse({ text, limit: 50 }),
);
const walkIn = workerProfileSchema.parse({
  age: 40,
  occupations: ['4-09-08-02'],
  home: { district: '二道区' },
  expectedDailyPay: 180,
});

describe('an engine whose search words are indexed after it is built', () => {
  it('matches at once, and searches as an eager build does once the words are in, slice by slice', () => {
    const eager = createMatchEngine({ jobs, now });
    const deferred = createMatchEngine({ jobs, now, deferText: true });
    expect(deferred.match(walkIn)).toEqual(eager.match(walkIn));
    expect(() => deferred.search(queries[0]!)).toThrow(/indexText/);

    let slices = 0;
    while (!deferred.indexText(0)) slices++;
    expect(slices).toBeGreaterThan(1);
    for (const q of queries) expect(deferred.search(q), q.text).toEqual(eager.search(q));
  });

  it('takes no update before the words are in: an update moves words it would not find', () => {
    const deferred = createMatchEngine({ jobs: jobs.slice(0, 50), now, deferText: true });
    expect(() => deferred.upsert({ ...jobs[0]!, title: '新标题' })).toThrow(/indexText/);
    expect(() => deferred.remove(jobs[0]!.id)).toThrow(/indexText/);
    expect(deferred.indexText()).toBe(true);
    deferred.upsert({ ...jobs[0]!, title: '新标题保洁' });
    expect(deferred.search(searchQuerySchema.parse({ text: '新标题' })).items[0]?.job.id).toBe(jobs[0]!.id);
  });
});
