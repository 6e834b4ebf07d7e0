import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/runtime/store/db';
import { openStore, type Store } from '../../../../electron/runtime/store/store';
import { repositoriesOf } from '../../../../electron/runtime/data/station-data';
import { onEventsCommitted } from '../../../../electron/runtime/sync/outbox-delivery';
import { fillableFs, manualCheckpoints, tempDir } from '../store/helpers';

const at = new Date('2026-11-21T10:00:00+08:00');
const service = { workerId: 'w-1', kind: 'referral' };

/** The change an event reports, standing in for a record: a row of its own. */
const recordChange = (db: Db, key: string) =>
  db.run('INSERT INTO meta (key, value) VALUES (?, ?)', [key, 'changed']);

const stateOf = (store: Store, key: string) =>
  store.read((db) => ({
    change: db.all('SELECT key FROM meta WHERE key = ?', [key]).length,
    events: Number(db.get<{ n: number }>('SELECT count(*) AS n FROM outbox')?.n ?? 0),
  }));

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

async function memoryStore(): Promise<{ store: Store; wakes: () => number }> {
  const store = await openStore({ dir: null });
  cleanups.push(() => store.close());
  let n = 0;
  store.read((db) => onEventsCommitted(db, () => n++));
  return { store, wakes: () => n };
}

describe('a change and the event that reports it are one transaction', () => {
  it('a write that throws after adding its event keeps neither, and wakes no delivery', async () => {
    const { store, wakes } = await memoryStore();
    await expect(
      store.write((db) => {
        recordChange(db, 'n1');
        repositoriesOf(db).outbox.add({ type: 'service.recorded', at, payload: service });
        throw new Error('a later step of the same change failed');
      }),
    ).rejects.toThrow('a later step');
    expect(stateOf(store, 'n1')).toEqual({ change: 0, events: 0 });
    expect(wakes()).toBe(0);
  });

  it('an event whose payload breaks the protocol takes its change back with it', async () => {
    const { store } = await memoryStore();
    await expect(
      store.write((db) => {
        recordChange(db, 'n1');
        repositoriesOf(db).outbox.add({ type: 'service.recorded', at, payload: { workerId: 42 } });
      }),
    ).rejects.toThrow('does not match the protocol');
    expect(stateOf(store, 'n1')).toEqual({ change: 0, events: 0 });
  });

  it('refuses an event outside a write, so none is written apart from its change', async () => {
    const { store } = await memoryStore();
    expect(() =>
      store.read((db) => repositoriesOf(db).outbox.add({ type: 'service.recorded', at, payload: service })),
    ).toThrow('inside the Store.write');
    expect(stateOf(store, 'n1')).toEqual({ change: 0, events: 0 });
  });

  it('a write that commits keeps both, and wakes delivery once, after the commit', async () => {
    const { store, wakes } = await memoryStore();
    let wakesInside = -1;
    await store.write((db) => {
      recordChange(db, 'n1');
      repositoriesOf(db).outbox.add({ type: 'service.recorded', at, payload: service });
      repositoriesOf(db).outbox.add({
        type: 'service.recorded',
        at,
        payload: { ...service, kind: 'counselling' },
      });
      wakesInside = wakes();
    });
    expect(wakesInside).toBe(0);
    expect(wakes()).toBe(1);
    expect(stateOf(store, 'n1')).toEqual({ change: 1, events: 2 });
  });

  it('on disk: a journal write that fails keeps neither across a restart; one that lands keeps both', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const fs = fillableFs(/station\.journal$/);
    const open = () => openStore({ dir: t.dir, fs, checkpoint: manualCheckpoints });
    let store = await open();
    fs.full = true;
    await expect(
      store.write((db) => {
        recordChange(db, 'n1');
        repositoriesOf(db).outbox.add({ type: 'service.recorded', at, payload: service });
      }),
    ).rejects.toMatchObject({ code: 'disk-full' });
    expect(stateOf(store, 'n1')).toEqual({ change: 0, events: 0 });
    fs.full = false;
    await store.write((db) => {
      recordChange(db, 'n2');
      repositoriesOf(db).outbox.add({ type: 'service.recorded', at, payload: service });
    });
    // Stopped without a checkpoint: what survives is what the journal holds.
    await store.close({ checkpoint: false });
    store = await open();
    cleanups.push(() => store.close());
    expect(stateOf(store, 'n1')).toEqual({ change: 0, events: 1 });
    expect(stateOf(store, 'n2')).toEqual({ change: 1, events: 1 });
  });
});
