import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../../electron/runtime/store/store';
import { fillableFs, manualCheckpoints, tempDir } from './helpers';

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

const note = (key: string) => [key, 'v'];

describe('what a write asks to follow its commit', () => {
  it('runs once the write is done, once per function, never for a write that rolled back', async () => {
    const store = await openStore({ dir: null });
    cleanups.push(() => store.close());
    const ran: string[] = [];
    const hook = () => ran.push('hook');
    await store.write((db) => {
      db.run('INSERT INTO meta (key, value) VALUES (?, ?)', note('n1'));
      db.afterCommit(hook);
      db.afterCommit(hook);
      expect(db.inWrite).toBe(true);
      expect(ran).toEqual([]);
    });
    expect(ran).toEqual(['hook']);
    await expect(
      store.write((db) => {
        db.afterCommit(() => ran.push('rolled back'));
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    await store.write(() => undefined);
    expect(ran).toEqual(['hook']);
  });

  it('is refused outside a write, and a hook that throws leaves the write done', async () => {
    const store = await openStore({ dir: null });
    cleanups.push(() => store.close());
    store.read((db) => {
      expect(db.inWrite).toBe(false);
      expect(() => db.afterCommit(() => undefined)).toThrow('outside Store.write');
    });
    await store.write((db) => {
      db.run('INSERT INTO meta (key, value) VALUES (?, ?)', note('n1'));
      db.afterCommit(() => {
        throw new Error('a listener broke');
      });
    });
    expect(store.read((db) => db.all("SELECT key FROM meta WHERE key = 'n1'"))).toHaveLength(1);
  });

  it('on disk, runs only once the journal holds the write', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const fs = fillableFs(/station\.journal$/);
    const store: Store = await openStore({ dir: t.dir, fs, checkpoint: manualCheckpoints });
    cleanups.push(() => store.close());
    const ran: string[] = [];
    fs.full = true;
    await expect(
      store.write((db) => {
        db.run('INSERT INTO meta (key, value) VALUES (?, ?)', note('n1'));
        db.afterCommit(() => ran.push('n1'));
      }),
    ).rejects.toMatchObject({ code: 'disk-full' });
    fs.full = false;
    await store.write((db) => {
      db.run('INSERT INTO meta (key, value) VALUES (?, ?)', note('n2'));
      db.afterCommit(() => ran.push(`n2 at change ${store.status().seq}`));
    });
    expect(ran).toEqual([`n2 at change ${store.status().seq}`]);
  });
});
