import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateJobs } from '../../../../assets/jobs/generator';
import { DuplicateGroups } from '../../../../electron/runtime/match/dup-groups';
import { dupKeyOf } from '../../../../electron/runtime/match/indexed-job';
import { comparablePay } from '../../../../electron/runtime/match/wage';
import type { Job } from '../../../../electron/schema/job';

const NOW = new Date('2026-11-21T09:00:00+08:00');
const base = generateJobs({ count: 1, seed: 5, now: NOW, prefix: 'dup' })[0]!;

/** Postings that share or differ in exactly the parts a duplicate is judged by. */
const postings = fc.record({
  title: fc.constantFrom('保洁员', '保洁员（日结）', '保洁 员', '保洁员!', '搬运工', 'ab', 'a b'),
  occupation: fc.constantFrom('4-09-08-02', '4-02-01-02', '4-09-08-0'),
  address: fc.constantFrom(
    '南关区人民大街1号',
    '南关区 人民大街1号',
    '南关区人民大街\u30001号',
    '南关区人民大街11号',
    '南关区人民大街1 1号',
  ),
  amount: fc.constantFrom(150, 151, 155, 160, 8.5, 0),
  unit: fc.constantFrom('day', 'hour', 'piece') as fc.Arbitrary<Job['pay']['unit']>,
});
const toJob = (p: {
  title: string;
  occupation: string;
  address: string;
  amount: number;
  unit: Job['pay']['unit'];
}): Job => ({
  ...base,
  title: p.title,
  occupation: p.occupation,
  address: p.address,
  pay: { amount: p.amount, unit: p.unit },
});

describe('near-duplicate groups', () => {
  it('put two postings in one group exactly when their duplicate keys are equal', () => {
    fc.assert(
      fc.property(fc.array(postings, { minLength: 2, maxLength: 30 }), (ps) => {
        const groups = new DuplicateGroups();
        const jobs = ps.map(toJob);
        const ids = jobs.map((j) => groups.groupOf(j, comparablePay(j.pay)));
        const keys = jobs.map((j) => dupKeyOf(j, comparablePay(j.pay)));
        for (let a = 0; a < jobs.length; a++)
          for (let b = 0; b < jobs.length; b++) expect(ids[a] === ids[b]).toBe(keys[a] === keys[b]);
        expect(groups.size).toBe(new Set(keys).size);
      }),
    );
  });

  it('number every distinct posting of a large cache apart, through the table growing', () => {
    const jobs = generateJobs({ count: 20_000, seed: 9, now: NOW, prefix: 'dup', catalogue: 'full' });
    const groups = new DuplicateGroups();
    const byKey = new Map<string, number>();
    for (const j of jobs) {
      const daily = comparablePay(j.pay);
      const id = groups.groupOf(j, daily);
      const key = dupKeyOf(j, daily);
      expect(byKey.get(key) ?? id).toBe(id);
      byKey.set(key, id);
    }
    expect(groups.size).toBe(byKey.size);
    expect(new Set(byKey.values()).size).toBe(byKey.size);
  });
});
