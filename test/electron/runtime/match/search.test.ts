import { describe, expect, it } from 'vitest';
import { generateJobs } from '../../../../assets/jobs/generator';
import { createMatchEngine } from '../../../../electron/runtime/match/engine';
import {
  searchQuerySchema,
  type SearchHit,
  type SearchQueryInput,
} from '../../../../electron/contract/match';
import { EMPLOYER_RUN } from '../../../../electron/runtime/match/variety';
import { FIXTURE_NOW, fixtureJobs } from '../../../fixtures/match/jobs';

const engine = createMatchEngine({ jobs: fixtureJobs, now: () => FIXTURE_NOW });
const search = (q: SearchQueryInput) => engine.search(searchQuerySchema.parse(q));
const occupationsOf = (q: SearchQueryInput) =>
  new Set(search({ limit: 100, ...q }).items.map((i) => i.job.occupation));

/**
 * Items in rank order (`outranks`), except where an employer's next job waited its turn
 * (variety.ts): a job shown after one it outranks was held back there, its employer having been
 * shown among the places just before.
 */
function expectRankedUnlessWaiting<T extends { job: { employer: { id: string }; title: string } }>(
  items: T[],
  outranks: (a: T, b: T) => boolean,
): void {
  for (let i = 1; i < items.length; i++)
    if (outranks(items[i]!, items[i - 1]!))
      expect(
        items.slice(Math.max(0, i - EMPLOYER_RUN), i - 1).map((h) => h.job.employer.id),
        `${items[i]!.job.title} at ${i}`,
      ).toContain(items[i]!.job.employer.id);
}

describe('search', () => {
  it('finds 保洁 by Chinese, full pinyin and initials', () => {
    for (const text of ['保洁', 'baojie', 'bj', 'bjy', 'baoj']) {
      const r = search({ text });
      expect(r.total, text).toBeGreaterThan(0);
      expect(r.items[0]!.job.title, text).toMatch(/保洁/);
    }
  });

  it('reads two letters as the initials of a trade, not as a city name every address holds', () => {
    // Every posting is in 长春 (cc); the forklift driver typing cc means 叉车.
    const cc = search({ text: 'cc', limit: 100 });
    expect(cc.interpreted.clauses[0]!.matched).toContain('叉车');
    expect(cc.interpreted.clauses[0]!.matched).not.toContain('长春');
    expect(cc.total).toBeLessThan(fixtureJobs.length / 3);
    expect(cc.items[0]!.job.title).toMatch(/叉车/);
    // ba spells 保安 by initials before it is the start of 保, 办, 包 …
    const ba = search({ text: 'ba', limit: 100 });
    expect(ba.interpreted.clauses[0]!.matched[0]).toBe('保安');
    // The security trades, and nothing else.
    expect(ba.items.length).toBeGreaterThan(5);
    expect(ba.items.every((i) => i.job.occupation.startsWith('4-07-0'))).toBe(true);
    // One syllable typed in full still means every word it begins.
    expect(search({ text: 'bao' }).interpreted.clauses[0]!.matched).toContain('保');
  });

  it('finds 家政服务员 postings by the synonym 钟点工, typed or in pinyin', () => {
    for (const text of ['钟点工', 'zhongdiangong', 'zdg']) {
      const r = search({ text, limit: 100 });
      expect(
        r.items.map((i) => i.job.id),
        text,
      ).toContain('fx-hourly-housekeeper');
      expect(
        r.items.every((i) => i.job.occupation === '4-10-01-06' || /钟点/.test(i.job.title)),
        text,
      ).toBe(true);
    }
    // 住家保姆 has no 钟点工 in its title but is the same trade.
    expect(search({ text: '钟点工', limit: 100 }).items.some((i) => !i.job.title.includes('钟点工'))).toBe(
      true,
    );
  });

  it('reads a spoken sentence and district words', () => {
    const r = search({ text: '我想找个保洁的工作' });
    expect(r.interpreted.clauses.map((c) => c.input)).toEqual(['保洁']);
    const nanguan = search({ text: '南关 保洁', limit: 100 });
    expect(nanguan.total).toBeGreaterThan(0);
    expect(nanguan.items.every((i) => i.job.district === '南关区')).toBe(true);
  });

  it('finds a single character inside words', () => {
    expect(search({ text: '焊' }).items.some((i) => i.job.occupation === '6-18-02-04')).toBe(true);
  });

  it('reads 日结 as a kind of job, alone or narrowing another word', () => {
    const daily = (j: { settlement: string; schedule: string; title: string; description: string }) =>
      j.settlement === 'daily' || j.schedule === 'day' || `${j.title}${j.description}`.includes('日结');
    const alone = [0, 100, 200, 300, 400, 500].flatMap((offset) =>
      search({ text: '日结', limit: 100, offset }).items.map((i) => i.job),
    );
    expect(alone.length).toBeGreaterThan(0);
    expect(alone.every(daily)).toBe(true);
    // Found for how it pays, not only for the word in its text.
    expect(alone.some((j) => !`${j.title}${j.description}`.includes('日结'))).toBe(true);
    const cleaning = search({ text: '保洁', limit: 100 });
    expect(cleaning.total).toBeLessThan(100);
    const narrowed = search({ text: '保洁日结', limit: 100 }).items;
    // Reposts fold into whichever copy ranks first, so compare postings with their folded copies.
    const withCopies = (items: typeof narrowed) =>
      new Set(
        items.flatMap((i) => [i.job.id, ...i.flags.flatMap((f) => (f.code === 'duplicates' ? f.ids : []))]),
      );
    expect(narrowed.every((i) => daily(i.job))).toBe(true);
    expect(withCopies(narrowed)).toEqual(withCopies(cleaning.items.filter((i) => daily(i.job))));
  });

  it('filters by district, 日结, minimum daily pay and group', () => {
    const r = search({
      text: '保洁',
      district: '宽城区',
      dailySettlement: true,
      minDailyPay: 170,
      limit: 100,
    });
    expect(r.total).toBeGreaterThan(0);
    for (const i of r.items) {
      expect(i.job.district).toBe('宽城区');
      expect(i.job.settlement).toBe('daily');
      expect(i.wage.daily).not.toBeNull();
    }
    expect([...occupationsOf({ group: 'catering' })].every((c) => c.startsWith('4-03-02'))).toBe(true);
  });

  it('never lists closed, expired, filled or stale postings', () => {
    const ids = search({ text: '保洁', limit: 100, offset: 0 }).items.map((i) => i.job.id);
    const all = [...ids, ...search({ text: '保洁', limit: 100, offset: 100 }).items.map((i) => i.job.id)];
    for (const id of ['fx-clean-expired', 'fx-clean-full', 'fx-clean-closed', 'fx-clean-stale'])
      expect(all).not.toContain(id);
  });

  it('ranks by relevance, then by how recently a posting was vouched for', () => {
    const r = search({ text: '保洁', limit: 50 });
    expectRankedUnlessWaiting(r.items, (a, b) => a.relevance > b.relevance);
    const vouched = (i: SearchHit) =>
      Math.max(Date.parse(i.job.confirmedAt ?? i.job.updatedAt), Date.parse(i.job.updatedAt));
    expectRankedUnlessWaiting(search({ limit: 30 }).items, (a, b) => vouched(a) > vouched(b));
  });

  it('folds a repost of the same job into one result and marks agencies', () => {
    const r = search({ text: '物业保洁', limit: 100 });
    const ids = r.items.map((i) => i.job.id);
    expect(ids.filter((id) => id === 'fx-dup-a' || id === 'fx-dup-b')).toHaveLength(1);
    const kept = r.items.find((i) => i.job.id === 'fx-dup-a' || i.job.id === 'fx-dup-b')!;
    expect(kept.flags.find((f) => f.code === 'duplicates')).toBeDefined();
    const agency = search({ text: '夜班分拣员', limit: 100 }).items.find(
      (i) => i.job.id === 'fx-sorter-agency',
    )!;
    expect(agency.flags).toContainEqual({ code: 'agency' });
  });

  it('orders postings vouched for at the same moment by id, page after page', () => {
    // Hundreds share the first place (all updated in the same sync): the page is cut from among them.
    const tied = generateJobs({ count: 800, seed: 31, now: FIXTURE_NOW, prefix: 'tie' }).map((j, i) => ({
      ...j,
      title: `${j.title}${i}`,
      updatedAt: FIXTURE_NOW.toISOString(),
      confirmedAt: undefined,
    }));
    const e = createMatchEngine({ jobs: tied, now: () => FIXTURE_NOW });
    const ids: string[] = [];
    for (let offset = 0; offset < 200; offset += 20)
      ids.push(...e.search(searchQuerySchema.parse({ limit: 20, offset })).items.map((i) => i.job.id));
    expect(ids).toHaveLength(200);
    expect(new Set(ids).size).toBe(200);
    const pages = ids.map((id) => tied.find((j) => j.id === id)!);
    expectRankedUnlessWaiting(
      pages.map((job) => ({ job })),
      (a, b) => a.job.id < b.job.id,
    );
    const all = e.search(searchQuerySchema.parse({ limit: 100 })).items.map((i) => i.job.id);
    expect(ids.slice(0, 100)).toEqual(all);
  });

  it('pages without overlap', () => {
    const a = search({ text: '保洁', limit: 5, offset: 0 }).items.map((i) => i.job.id);
    const b = search({ text: '保洁', limit: 5, offset: 5 }).items.map((i) => i.job.id);
    expect(a.filter((x) => b.includes(x))).toEqual([]);
  });

  describe('bad input', () => {
    it('rejects a 5,000-character query with a clear message', () => {
      const r = searchQuerySchema.safeParse({ text: '保'.repeat(5000) });
      expect(r.success).toBe(false);
      expect(r.error!.issues[0]!.message).toMatch(/too long/);
    });

    it('survives emoji, punctuation, Latin noise and long pinyin-like strings quickly', () => {
      for (const text of [
        '😀😀🔥',
        '！！？？',
        '   ',
        'a',
        'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz',
        'x'.repeat(100),
        '保洁😀bj',
        '𠀀𠀁',
      ]) {
        const t = performance.now();
        const r = search({ text });
        expect(performance.now() - t, text).toBeLessThan(1000);
        expect(r.total).toBeGreaterThanOrEqual(0);
      }
    });

    it('rejects unknown fields and nonsense filters by name', () => {
      expect(searchQuerySchema.safeParse({ text: '保洁', sex: 'female' }).success).toBe(false);
      const r = searchQuerySchema.safeParse({ minDailyPay: -5 });
      expect(r.error!.issues[0]!.message).toMatch(/minDailyPay/);
    });
  });
});
