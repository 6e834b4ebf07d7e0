/**
 * Variety in search and browse, by the rule recommendations keep (variety.ts): reposts of one job
 * are one result, and an employer is shown at most once among any five results in a row. In a list
 * one pages through nothing is dropped for it: an employer's next job waits until others have had
 * their turn, and only when no other employer has a job left does it follow sooner.
 */
import { describe, expect, it } from 'vitest';
import {
  searchQuerySchema,
  type SearchHit,
  type SearchQueryInput,
} from '../../../../electron/contract/match';
import { loadDefaultFeed } from '../../../../electron/runtime/jobs/default-feed';
import { createMatchEngine } from '../../../../electron/runtime/match/engine';
import { dupKeyOf } from '../../../../electron/runtime/match/indexed-job';
import { EMPLOYER_RUN } from '../../../../electron/runtime/match/variety';
import { comparablePay } from '../../../../electron/runtime/match/wage';
import type { Job } from '../../../../electron/schema/job';

const NOW = new Date('2026-12-02T09:00:00+08:00');
const { jobs: sample } = await loadDefaultFeed(NOW);
const engine = createMatchEngine({ jobs: sample, now: () => NOW });
/** What the kiosk's browse screen asks for (renderer/kiosk/jobs-store.ts). */
const KIOSK_PAGE = 12;
const search = (q: SearchQueryInput, e = engine) => e.search(searchQuerySchema.parse(q));
const employerOf = (h: SearchHit) => h.job.employer.id;

/** Every page of a query, KIOSK_PAGE at a time, with the total each page reported. */
function allPages(q: SearchQueryInput, e = engine, limit = KIOSK_PAGE) {
  const items: SearchHit[] = [];
  const totals = new Set<number>();
  for (let offset = 0; offset <= 2000; offset += limit) {
    const r = search({ ...q, limit, offset }, e);
    totals.add(r.total);
    items.push(...r.items);
    if (r.items.length < limit) break;
  }
  return { items, totals };
}

/**
 * The rule, checked on a whole list: a job whose employer was shown among the last four is there
 * only because every employer with a job still to come was shown among the last four too, and
 * of those its employer was shown longest ago. Every other job is the most relevant of those whose
 * employer may be shown.
 */
function expectVariety(items: SearchHit[]): void {
  items.forEach((h, i) => {
    const recent = items.slice(Math.max(0, i - (EMPLOYER_RUN - 1)), i).map(employerOf);
    const rest = items.slice(i);
    if (recent.includes(employerOf(h))) {
      const waiting = new Set(rest.map(employerOf));
      for (const e of waiting) expect(recent, `${h.job.title} at ${i}: ${e} had a job to show`).toContain(e);
      for (const e of waiting)
        expect(recent.lastIndexOf(employerOf(h)), `${h.job.title} at ${i}`).toBeLessThanOrEqual(
          recent.lastIndexOf(e),
        );
    } else
      for (const later of rest)
        if (!recent.includes(employerOf(later)))
          expect(h.relevance, `${h.job.title} at ${i}`).toBeGreaterThanOrEqual(later.relevance);
  });
}

const expectNoDuplicates = (items: SearchHit[]) => {
  const keys = items.map((h) => dupKeyOf(h.job, comparablePay(h.job.pay)));
  expect(new Set(keys).size).toBe(keys.length);
};

describe('search and browse show many employers, as recommendations do', () => {
  it('searching 保洁 does not let one cleaning company fill the first page', () => {
    const first = search({ text: '保洁', limit: KIOSK_PAGE });
    // The sample's cleaning jobs come from two companies (安居家政, 诚信保洁): they take turns.
    const perEmployer = new Map<string, number>();
    for (const h of first.items) perEmployer.set(employerOf(h), (perEmployer.get(employerOf(h)) ?? 0) + 1);
    expect(perEmployer.size).toBe(2);
    const [a, b] = [...perEmployer.values()];
    expect(Math.abs(a! - b!)).toBeLessThanOrEqual(1);
    for (let i = 1; i < first.items.length; i++)
      expect(employerOf(first.items[i]!), `${i}`).not.toBe(employerOf(first.items[i - 1]!));
    expectNoDuplicates(first.items);
  });

  it('an employer is shown at most once among five in a row when others have jobs', () => {
    // 50 employers post in the sample: browsing never needs to repeat one.
    for (const q of [{}, { dailySettlement: true }, { text: '工' }]) {
      const { items } = allPages(q);
      const head = items.slice(0, 3 * KIOSK_PAGE);
      for (let i = 0; i + EMPLOYER_RUN <= head.length; i++) {
        const run = head.slice(i, i + EMPLOYER_RUN).map(employerOf);
        expect(new Set(run).size, `${JSON.stringify(q)} at ${i}: ${run.join(' ')}`).toBe(EMPLOYER_RUN);
      }
    }
  });

  it('paging through 保洁, 日结 and the whole board shows each job once, and as many as 共N个 says', () => {
    for (const q of [
      { text: '保洁' },
      { text: '日结' },
      {},
      { text: 'bj' },
      { text: '保洁', district: '二道区' },
    ]) {
      const { items, totals } = allPages(q);
      const ids = items.map((h) => h.job.id);
      expect(new Set(ids).size, JSON.stringify(q)).toBe(ids.length);
      expect([...totals], JSON.stringify(q)).toEqual([ids.length]);
      expectNoDuplicates(items);
      expectVariety(items);
      // The same list whatever the page size.
      expect(allPages(q, engine, 5).items.map((h) => h.job.id)).toEqual(ids);
    }
  });

  it("moves an employer's next job down a few places, never out of the list, and folds a repost", () => {
    // One employer holds the six most recently vouched 保洁 jobs; three others hold one each, and
    // an agency reposts the first of the six.
    const base = sample.find((j) => j.title.includes('保洁'))!;
    const at = (hoursAgo: number) => new Date(NOW.getTime() - hoursAgo * 3_600_000).toISOString();
    const job = (id: string, employer: string, address: string, hoursAgo: number): Job => ({
      ...base,
      id,
      title: '保洁员',
      address,
      updatedAt: at(hoursAgo),
      postedAt: at(hoursAgo),
      confirmedAt: undefined,
      employer: { id: employer, name: `单位${employer}`, agency: employer === 'agency' },
    });
    const big = Array.from({ length: 6 }, (_, i) => job(`big-${i}`, 'big', `人民大街${i}号`, 1 + i));
    const others = ['x', 'y', 'z'].map((e, i) => job(`small-${e}`, e, `重庆路${i}号`, 10 + i));
    const repost = job('agency-0', 'agency', '人民大街0号', 30);
    const e = createMatchEngine({ jobs: [...big, ...others, repost], now: () => NOW });
    const { items, totals } = allPages({ text: '保洁' }, e);
    expect(items.map(employerOf)).toEqual(['big', 'x', 'y', 'z', 'big', 'big', 'big', 'big', 'big']);
    expect(items.map((h) => h.job.id)).toEqual([
      'big-0',
      'small-x',
      'small-y',
      'small-z',
      'big-1',
      'big-2',
      'big-3',
      'big-4',
      'big-5',
    ]);
    // 共9个: the repost is named on the job it copies, not counted again.
    expect([...totals]).toEqual([9]);
    expect(items[0]!.flags).toContainEqual({ code: 'duplicates', ids: ['agency-0'] });
    expectVariety(items);
  });
});
