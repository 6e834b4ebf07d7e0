/**
 * The engine kept current as sync delivers changes: after upserts, updates, removals and batches it
 * must answer exactly as an engine built afresh from the jobs it holds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatchEngine } from '../../../../electron/runtime/match/engine';
import { workerProfileSchema, type WorkerProfileInput } from '../../../../electron/runtime/match/worker';
import { FIXTURE_NOW, fixtureJobs, handJobs } from '../../../fixtures/match/jobs';

const match = (p: WorkerProfileInput, top: number, e: ReturnType<typeof createMatchEngine>) =>
  e.match(workerProfileSchema.parse(p), top);
const byId = (id: string) => handJobs.find((j) => j.id === id)!;

describe('incremental updates', () => {
  it('upsert replaces, remove forgets, search and match follow', () => {
    const e = createMatchEngine({
      jobs: fixtureJobs.filter((j) => j.id !== 'fx-welder').slice(0, 100),
      now: () => FIXTURE_NOW,
    });
    const welder = { ...byId('fx-welder') };
    e.upsert(welder);
    const p = {
      age: 38,
      occupations: ['6-18-02-04'],
      certificates: ['焊工证'],
      home: { district: '经开区' },
    };
    expect(match(p, 5, e).items[0]!.job.id).toBe('fx-welder');
    e.upsert({ ...welder, title: '钢结构焊工（夜班）', status: 'filled' });
    expect(match(p, 5, e).items.map((i) => i.job.id)).not.toContain('fx-welder');
    expect(e.get('fx-welder')!.title).toBe('钢结构焊工（夜班）');
    e.upsert({ ...welder, title: '钢结构焊工（夜班）' });
    expect(e.search({ text: '夜班焊工', limit: 5, offset: 0 }).items[0]!.job.id).toBe('fx-welder');
    expect(e.remove('fx-welder')).toBe(true);
    expect(e.remove('fx-welder')).toBe(false);
    expect(e.search({ text: '钢结构焊工', limit: 5, offset: 0 }).items.map((i) => i.job.id)).not.toContain(
      'fx-welder',
    );
    expect(e.size).toBe(100);
  });

  it('keeps the last copy of a job a batch repeats, and holds nothing of a batch that fails midway', () => {
    const jobs = fixtureJobs.slice(0, 40);
    const e = createMatchEngine({ jobs: jobs.slice(0, 20), now: () => FIXTURE_NOW });
    const newer = { ...jobs[25]!, title: '夜班保安队长' };
    e.upsertMany([jobs[25]!, { ...jobs[3]!, title: '旧标题' }, newer, jobs[3]!]);
    expect(e.get(jobs[25]!.id)!.title).toBe('夜班保安队长');
    expect(e.get(jobs[3]!.id)).toBe(jobs[3]);
    expect(e.size).toBe(21);
    function* failing() {
      yield jobs[30]!;
      yield jobs[31]!;
      throw new Error('page lost');
    }
    expect(() => e.upsertMany(failing())).toThrow('page lost');
    expect(e.size).toBe(21);
    expect(e.get(jobs[30]!.id)).toBeUndefined();
    e.upsert(jobs[30]!);
    expect(e.get(jobs[30]!.id)).toBe(jobs[30]);
    expect(e.search({ text: jobs[30]!.title, limit: 50, offset: 0 }).items.map((i) => i.job.id)).toContain(
      jobs[30]!.id,
    );
  });

  it('after any mix of upserts, updates and removals, answers as an engine built from the survivors', () => {
    type Op = ['add' | 'remove' | 'update' | 'retitle' | 'batch', number, number];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('add', 'remove', 'update', 'retitle', 'batch'),
            fc.integer({ min: 0, max: 79 }),
            fc.integer({ min: 0, max: 3 }),
          ) as fc.Arbitrary<Op>,
          { maxLength: 60 },
        ),
        (ops) => {
          const pool = fixtureJobs.slice(0, 80);
          const e = createMatchEngine({ now: () => FIXTURE_NOW });
          const live = new Map<string, (typeof pool)[number]>();
          for (const [op, i, v] of ops) {
            const j = pool[i]!;
            if (op === 'remove') {
              e.remove(j.id);
              live.delete(j.id);
              continue;
            }
            // An update keeps the words and changes what sync usually changes: places, pay, trade.
            // A retitle takes another posting's words: the text index must lose the old ones.
            const other = pool[(i + v + 1) % 80]!;
            const next =
              op === 'update' && live.has(j.id)
                ? {
                    ...live.get(j.id)!,
                    filled: Math.min(j.headcount, v),
                    pay: { ...j.pay, amount: j.pay.amount + v * 10 },
                    occupation: v === 3 ? '4-09-08-02' : j.occupation,
                  }
                : op === 'retitle'
                  ? { ...(live.get(j.id) ?? j), title: other.title, description: other.description }
                  : j;
            if (op === 'batch') e.upsertMany([next, pool[(i + 1) % 80]!]);
            else e.upsert(next);
            live.set(next.id, next);
            if (op === 'batch') live.set(pool[(i + 1) % 80]!.id, pool[(i + 1) % 80]!);
          }
          const fresh = createMatchEngine({ jobs: [...live.values()], now: () => FIXTURE_NOW });
          const ids = (r: ReturnType<typeof e.search>) => r.items.map((i) => i.job.id).sort();
          for (const text of ['保洁', 'bj', '洁', ...new Set(pool.map((j) => j.title.slice(0, 6)))])
            expect(ids(e.search({ text, limit: 100, offset: 0 }))).toEqual(
              ids(fresh.search({ text, limit: 100, offset: 0 })),
            );
          // Browsing a trade reads its buckets directly: a job that changed trade is in the new one only.
          for (const occupation of new Set(pool.map((j) => j.occupation))) {
            const browse = { text: '', occupation, limit: 100, offset: 0 };
            expect(ids(e.search(browse))).toEqual(ids(fresh.search(browse)));
          }
          const worker = workerProfileSchema.parse({
            occupations: ['4-09-08-02'],
            expectedDailyPay: 160,
            home: { district: '南关区' },
          });
          const scores = (r: ReturnType<typeof e.match>) => r.items.map((i) => [i.job.id, i.score]);
          expect(scores(e.match(worker, 5))).toEqual(scores(fresh.match(worker, 5)));
          expect(e.size).toBe(live.size);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('batches into a large bucket', () => {
  it('a page of new, better-paid jobs in a crowded trade is matched as a fresh engine would', () => {
    // 300 cleaning jobs in one district; a sync page then adds a few, some paid more than any.
    const base = fixtureJobs.find((j) => j.occupation === '4-10-01-06' && j.pay.unit === 'day')!;
    const crowd = Array.from({ length: 300 }, (_, i) => ({
      ...base,
      certificates: [],
      id: `crowd-${i}`,
      title: `保洁员${i}`,
      address: `人民大街${i}号`,
      employer: { ...base.employer, id: `emp-${i}`, name: `物业公司${i}` },
      pay: { amount: 120 + (i % 40), unit: 'day' as const },
    }));
    const page = [0, 1, 2, 3, 4, 5].map((k) => ({
      ...crowd[k]!,
      id: `page-${k}`,
      title: `保洁员新${k}`,
      address: `新民大街${k}号`,
      employer: { ...base.employer, id: `new-emp-${k}`, name: `新物业${k}` },
      pay: { amount: [300, 125, 260, 159, 300, 90][k]!, unit: 'day' as const },
    }));
    const e = createMatchEngine({ jobs: crowd, now: () => FIXTURE_NOW });
    e.upsertMany(page);
    e.upsertMany([{ ...crowd[7]!, pay: { amount: 280, unit: 'day' } }]);
    const fresh = createMatchEngine({
      jobs: [
        ...crowd.map((j, i) => (i === 7 ? { ...j, pay: { amount: 280, unit: 'day' as const } } : j)),
        ...page,
      ],
      now: () => FIXTURE_NOW,
    });
    const worker = { occupations: ['4-10-01-06'], expectedDailyPay: 250, home: { district: base.district } };
    const shown = (x: typeof e) => match(worker, 5, x).items.map((i) => [i.job.id, i.score]);
    expect(shown(e)).toEqual(shown(fresh));
    expect(shown(e).map(([id]) => id)).toEqual(
      expect.arrayContaining(['page-0', 'page-4', 'crowd-7', 'page-2']),
    );
  });
});
