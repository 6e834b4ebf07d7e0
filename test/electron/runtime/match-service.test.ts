import { afterEach, describe, expect, it } from 'vitest';
import { generateJobs } from '../../../assets/jobs/generator';
import { stationData } from '../../../electron/runtime/data/station-data';
import { createMatchService } from '../../../electron/runtime/match-service';
import { createMatchEngine } from '../../../electron/runtime/match/engine';
import { searchQuerySchema } from '../../../electron/contract/match';
import { workerProfileSchema } from '../../../electron/runtime/match/worker';
import { openStore, type Store } from '../../../electron/runtime/store/store';
import { FIXTURE_NOW } from '../../fixtures/match/jobs';

/**
 * The runtime's engine is built in the background once the hub listens. A call that needs it
 * earlier waits for the rest of the build, and a change to the cache made meanwhile is not lost.
 */
const now = () => FIXTURE_NOW;
const jobs = generateJobs({ count: 6_000, seed: 77, now: FIXTURE_NOW, prefix: 'ms' });
const cleaning = searchQuerySchema.parse({ text: '保洁', limit: 20 });
const walkIn = workerProfileSchema.parse({
  age: 35,
  occupations: ['4-09-08-02'],
  home: { district: '朝阳区' },
  expectedDailyPay: 200,
});
let store: Store | undefined;
afterEach(() => store?.close());

async function storeWith(list: typeof jobs): Promise<Store> {
  store = await openStore({ dir: null });
  await stationData(store).write((tx) => tx.jobs.upsertMany(list));
  return store;
}

describe("the runtime's matching engine at start-up", () => {
  it('answers a call made during the background build from the whole cache', async () => {
    const service = createMatchService(await storeWith(jobs), now);
    let built = false;
    const ready = service.ready().then(() => (built = true));
    const recommended = service.engine.match(walkIn);
    const found = service.engine.search(cleaning);
    expect(built).toBe(false);
    const eager = createMatchEngine({ jobs, now });
    expect(recommended).toEqual(eager.match(walkIn));
    expect(found).toEqual(eager.search(cleaning));
    await ready;
    expect(service.engine.size).toBe(jobs.length);
  });

  it('keeps a change the cache took while the build was under way', async () => {
    const s = await storeWith(jobs);
    const service = createMatchService(s, now);
    const ready = service.ready();
    // One slice in: the first rows are read. They change now, after the build has read them.
    await new Promise((resolve) => setImmediate(resolve));
    const renamed = { ...jobs[0]!, title: '写字楼夜班保洁', updatedAt: FIXTURE_NOW.toISOString() };
    const gone = jobs[1]!.id;
    await stationData(s).write((tx) => {
      tx.jobs.upsert(renamed);
      tx.jobs.remove(gone);
    });
    service.refresh([renamed], [gone]);
    await ready;
    expect(service.engine.get(renamed.id)?.title).toBe('写字楼夜班保洁');
    expect(service.engine.get(gone)).toBeUndefined();
    expect(service.engine.size).toBe(jobs.length - 1);
  });

  it('finds the keywords of a match asked for before the search words are in, and shows the stored postings', async () => {
    const service = createMatchService(await storeWith(jobs), now);
    const withWords = { ...walkIn, keywords: ['商场'] };
    const recommended = service.engine.match(withWords);
    const eager = createMatchEngine({ jobs, now });
    expect(recommended).toEqual(eager.match(withWords));
    expect(recommended.items.some((i) => i.reasons.some((r) => r.code === 'keyword'))).toBe(true);
    // A list filtered by its words waits for them too.
    const where = (j: { title: string }) => j.title.includes('保洁');
    expect(service.engine.visiblePage('last-vouched', 10, 0, where)).toEqual(
      eager.visiblePage('last-vouched', 10, 0, where),
    );
  });
});
