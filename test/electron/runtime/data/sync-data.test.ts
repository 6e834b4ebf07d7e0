import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Repositories } from '../../../../electron/runtime/data/repositories';
import { CorruptRow } from '../../../../electron/runtime/data/rows';
import { stationData, type StationData } from '../../../../electron/runtime/data/station-data';
import type { Db } from '../../../../electron/runtime/store/db';
import { openStore, type Store } from '../../../../electron/runtime/store/store';
import { handJobs } from '../../../fixtures/match/jobs';
import { memoryData } from './memory-data';
import { applicationPayload } from '../sync/helpers';

let db: Db;
let tx: Repositories;
beforeEach(async () => {
  ({ db, tx } = await memoryData());
});

const [a, b] = handJobs as [(typeof handJobs)[0], (typeof handJobs)[0]];
const at = new Date('2026-11-21T02:00:00Z');

describe('the job cache', () => {
  it('serves each changed job once in its feed, at its latest position, and a deleted one as gone', () => {
    tx.jobs.upsertMany([a, b]);
    tx.jobs.upsert({ ...a, title: '商场保洁（周末）' });
    tx.jobs.remove(b.id);
    const feed = tx.jobs.feedAfter(0, 10);
    expect(feed.map((e) => [e.jobId, e.document === null])).toEqual([
      [a.id, false],
      [b.id, true],
    ]);
    expect(JSON.parse(feed[0]!.document!)).toMatchObject({ title: '商场保洁（周末）' });
    expect(tx.jobs.feedTop()).toBe(feed[1]!.seq);
    expect(tx.jobs.feedAfter(feed[1]!.seq, 10)).toEqual([]);
  });

  it('reads the documents of many ids at once, past the bound parameters of one query, leaving out those not cached', () => {
    const many = Array.from({ length: 1_200 }, (_, i) => ({ ...a, id: `many-${i}` }));
    tx.jobs.upsertMany(many);
    const ids = [...many.map((j) => j.id).reverse(), 'never-cached'];
    const found = tx.jobs.byIds(ids);
    expect(found.size).toBe(many.length);
    expect(found.get('many-1199')).toEqual(many[1199]);
    expect(found.has('never-cached')).toBe(false);
  });

  it('keeps the later of two deletions, so a stale copy cannot come back', () => {
    tx.jobs.bury(a.id, '2026-11-20T00:00:00.000Z');
    tx.jobs.bury(a.id, '2026-11-19T00:00:00.000Z');
    expect(tx.jobs.buriedAt([a.id, b.id])).toEqual(new Map([[a.id, '2026-11-20T00:00:00.000Z']]));
    tx.jobs.unbury(a.id);
    expect(tx.jobs.buriedAt([a.id]).size).toBe(0);
  });

  it('names the table and column of a damaged document instead of building the engine on it', () => {
    tx.jobs.upsert(a);
    db.run("UPDATE jobs SET data = '{not json' WHERE id = ?", [a.id]);
    expect(() => tx.jobs.all()).toThrow(CorruptRow);
    expect(() => tx.jobs.all()).toThrow('jobs.data');
  });
});

describe('the outbox', () => {
  const application = { type: 'application.created' as const, at, payload: applicationPayload('w1', a, at) };
  const hers = { ...application, payload: applicationPayload('w2', a, at) };
  // Events are stored only inside a write (sync/outbox-delivery): a real store, in memory.
  let store: Store;
  let data: StationData;
  beforeEach(async () => {
    store = await openStore({ dir: null });
    data = stationData(store);
  });
  afterEach(() => store.close());

  it('refuses an event whose payload breaks the protocol, and stores nothing', async () => {
    await expect(
      data.write((tx) => tx.outbox.add({ type: 'application.created', at, payload: { workerId: 'w1' } })),
    ).rejects.toThrow(/does not match the protocol/);
    expect(data.read((tx) => tx.outbox.counts())).toEqual({ pending: 0, quarantined: 0, done: 0 });
  });

  it('hands pending events out oldest first and settles each one', async () => {
    const [first, second] = await data.write((tx) => [tx.outbox.add(application), tx.outbox.add(hers)]);
    expect(data.read((tx) => tx.outbox.pending(10).map((e) => e.id))).toEqual([first, second]);
    await data.write((tx) => {
      tx.outbox.delivered(first!, at);
      tx.outbox.quarantine(second!, 'unknown job', at);
    });
    expect(data.read((tx) => tx.outbox.counts())).toEqual({ pending: 0, quarantined: 1, done: 1 });
    expect(data.read((tx) => tx.outbox.quarantined(10, 0))).toEqual({
      total: 1,
      items: [
        expect.objectContaining({
          id: second,
          reason: 'unknown job',
          workerId: 'w2',
          jobId: a.id,
          attempts: 1,
        }),
      ],
    });
  });

  it('forgets a worker: undelivered events go, delivered ones keep their id but lose what they said', async () => {
    const sent = await data.write((tx) => {
      const id = tx.outbox.add(application);
      tx.outbox.delivered(id, at);
      tx.outbox.add({ ...application, type: 'application.updated' });
      tx.outbox.add(hers);
      return id;
    });
    expect(await data.write((tx) => tx.outbox.forgetWorker('w1'))).toBe(true);
    expect(data.read((tx) => tx.outbox.byId(sent))).toMatchObject({ state: 'done' });
    const left = store.read((raw) => raw.all<{ payload: string }>('SELECT payload FROM outbox ORDER BY seq'));
    expect(left.map((r) => JSON.parse(r.payload))).toEqual([{ erased: 1 }, hers.payload]);
    expect(await data.write((tx) => tx.outbox.forgetWorker('w3'))).toBe(false);
  });
});

describe('paired terminals', () => {
  const terminal = {
    id: 't1',
    name: 'kiosk-1',
    role: 'kiosk' as const,
    booth: null,
    tokenHash: 'h1',
    pairedBy: '王芳',
    createdAt: at.toISOString(),
  };

  it('find a terminal by its token until it is revoked', () => {
    tx.terminals.insert(terminal);
    expect(tx.terminals.byTokenHash('h1')).toMatchObject({ id: 't1', role: 'kiosk', revokedAt: null });
    tx.terminals.revoke('t1', at.toISOString());
    expect(tx.terminals.byTokenHash('h1')).toBeUndefined();
    expect(tx.terminals.list()).toEqual([expect.objectContaining({ id: 't1', revokedAt: at.toISOString() })]);
  });

  it('refuse a stored role the station does not know', () => {
    tx.terminals.insert(terminal);
    db.run("UPDATE terminals SET role = 'root' WHERE id = 't1'");
    expect(() => tx.terminals.byId('t1')).toThrow('terminals.role');
  });
});
