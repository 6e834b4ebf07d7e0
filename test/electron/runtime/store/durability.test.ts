import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Db } from '../../../../electron/runtime/store/db';
import { StoreError } from '../../../../electron/runtime/store/errors';
import { migrate } from '../../../../electron/runtime/store/migrate';
import { loadSqlJs } from '../../../../electron/runtime/store/sqljs';
import { openStore, type Store } from '../../../../electron/runtime/store/store';
import { addNote, crashingFs, manualCheckpoints, noteKeys, tempDir } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
function dir(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}
const open = (d: string) => openStore({ dir: d, checkpoint: manualCheckpoints });
const integrity = (s: Store) =>
  s.read((db) => db.get<{ integrity_check: string }>('PRAGMA integrity_check')?.integrity_check);

describe('store durability', () => {
  it('keeps everything in memory with dir: null', async () => {
    const s = await openStore({ dir: null });
    await addNote(s, 'n1');
    await s.checkpoint();
    expect(noteKeys(s)).toEqual(['n1']);
    expect(s.status().protection).toBe('none');
    await s.close();
  });

  it('replays the journal on start-up, one record per write', async () => {
    const d = dir();
    let s = await open(d);
    for (let i = 0; i < 20; i++) await addNote(s, `n${String(i).padStart(2, '0')}`);
    expect(s.status()).toMatchObject({ seq: 20, snapshotSeq: 0 });
    await s.close({ checkpoint: false });
    s = await open(d);
    expect(noteKeys(s)).toHaveLength(20);
    expect(s.status()).toMatchObject({ seq: 20, snapshotSeq: 0, recoveredFrom: 'snapshot' });
    await s.close();
    s = await open(d);
    expect(s.status()).toMatchObject({ seq: 20, snapshotSeq: 20, journalBytes: 0 });
    expect(noteKeys(s)).toHaveLength(20);
    await s.close();
  });

  it('journals only writes that change something, and returns the callback result', async () => {
    const d = dir();
    const s = await open(d);
    const count = await s.write((db) => db.get<{ n: number }>('SELECT count(*) AS n FROM meta')?.n);
    expect(count).toBe(0);
    expect(s.status().journalBytes).toBe(0);
    const id = await s.write(
      (db) =>
        db.get<{ key: string }>("INSERT INTO meta (key, value) VALUES ('n-ret', 'v') RETURNING key")?.key,
    );
    expect(id).toBe('n-ret');
    expect(s.status().seq).toBe(1);
    await expect(
      s.write(
        (db) => (
          db.run("INSERT INTO meta (key, value) VALUES ('n-x', 'v')"),
          db.run('INSERT INTO nope VALUES (1)')
        ),
      ),
    ).rejects.toThrow(/no such table/);
    expect(noteKeys(s)).toEqual(['n-ret']);
    expect(s.status().seq).toBe(1);
    await s.close({ checkpoint: false });
    const again = await open(d);
    expect(noteKeys(again)).toEqual(['n-ret']);
    await again.close();
  });

  it('refuses writes that bypass the journal and reads that write', async () => {
    const s = await open(dir());
    await expect(
      s.write((db) => db.raw.run("INSERT INTO meta (key, value) VALUES ('n1', 'v')")),
    ).rejects.toThrow(/outside Db.run/);
    expect(noteKeys(s)).toEqual([]);
    // A bypass hidden among journaled statements is refused too.
    await expect(
      s.write((db) => {
        db.run("INSERT INTO meta (key, value) VALUES ('n3', 'v')");
        db.raw.run("INSERT INTO meta (key, value) VALUES ('n4', 'v')");
      }),
    ).rejects.toThrow(/outside Db.run/);
    expect(noteKeys(s)).toEqual([]);
    await expect(s.write(async () => 1)).rejects.toThrow(/synchronous/);
    expect(() => s.read((db) => db.run("INSERT INTO meta (key, value) VALUES ('n2', 'v')"))).toThrow(
      /Store.write/,
    );
    await s.close();
  });

  it('journals a batch run through one prepared statement, and replays it', async () => {
    const d = dir();
    const s = await open(d);
    const rows = Array.from({ length: 300 }, (_, i) => [`b${String(i).padStart(3, '0')}`, `v${i}`]);
    await s.write((db) => db.runMany('INSERT INTO meta (key, value) VALUES (?, ?)', rows));
    await s.write((db) =>
      db.runMany('UPDATE meta SET value = ? WHERE key = ?', [
        ['changed', 'b000'],
        ['changed', 'b299'],
      ]),
    );
    expect(s.status().seq).toBe(2);
    await s.close({ checkpoint: false });
    const again = await open(d);
    expect(noteKeys(again)).toEqual([]);
    const values = again.read((db) =>
      db.all<{ key: string; value: string }>('SELECT key, value FROM meta ORDER BY key'),
    );
    expect(values).toHaveLength(300);
    expect(values[0]).toEqual({ key: 'b000', value: 'changed' });
    expect(values[1]).toEqual({ key: 'b001', value: 'v1' });
    expect(values[299]).toEqual({ key: 'b299', value: 'changed' });
    await again.close();
  });

  it('persists concurrent writes in call order', async () => {
    const d = dir();
    const s = await open(d);
    await Promise.all(Array.from({ length: 50 }, (_, i) => addNote(s, `n${String(i).padStart(2, '0')}`)));
    await s.close({ checkpoint: false });
    const again = await open(d);
    expect(noteKeys(again)).toEqual(Array.from({ length: 50 }, (_, i) => `n${String(i).padStart(2, '0')}`));
    await again.close();
  });

  it('never re-applies records the snapshot already holds (crash after rename, before the journal moved)', async () => {
    const d = dir();
    const s = await open(d);
    for (let i = 0; i < 5; i++) await addNote(s, `n${i}`);
    const journal = readFileSync(join(d, 'station.journal'));
    await s.checkpoint();
    await s.close({ checkpoint: false });
    // Put the pre-checkpoint journal back, as if the process died right after the rename.
    writeFileSync(join(d, 'station.journal'), journal);
    const again = await open(d);
    expect(noteKeys(again)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
    expect(again.status().seq).toBe(5);
    await addNote(again, 'n5');
    await again.close({ checkpoint: false });
    const third = await open(d);
    expect(noteKeys(third)).toHaveLength(6);
    await third.close();
  });

  it('recovers from a crash at every file operation of a checkpoint', async () => {
    for (const dropHistory of [false, true]) {
      let points = 0;
      for (let failAt = 1; ; failAt++) {
        points++;
        const d = dir();
        let s = await open(d);
        await addNote(s, 'n0');
        await s.checkpoint();
        await addNote(s, 'n1');
        await s.close({ checkpoint: false });
        const fs = crashingFs();
        s = await openStore({ dir: d, checkpoint: manualCheckpoints, fs });
        await addNote(s, 'n2');
        fs.crashAt(failAt);
        let completed = true;
        await s.checkpoint({ dropHistory }).catch(() => (completed = false));
        await s.close({ checkpoint: false }).catch(() => undefined);
        const again = await open(d);
        expect(noteKeys(again), `failAt ${failAt}`).toEqual(['n0', 'n1', 'n2']);
        expect(integrity(again)).toBe('ok');
        await addNote(again, 'n3');
        await again.close({ checkpoint: false });
        const third = await open(d);
        expect(noteKeys(third)).toEqual(['n0', 'n1', 'n2', 'n3']);
        await third.close({ checkpoint: false });
        if (completed) break;
        expect(failAt).toBeLessThan(40);
      }
      // Temp write, fsyncs, renames, journal move or history copy: each was a crash point.
      expect(points).toBeGreaterThan(dropHistory ? 12 : 8);
    }
  });

  it('drops a torn last journal record and keeps appending after the good ones', async () => {
    const d = dir();
    const s = await open(d);
    await addNote(s, 'n0');
    const goodLength = statSync(join(d, 'station.journal')).size;
    await addNote(s, 'n1');
    await s.close({ checkpoint: false });
    const journal = readFileSync(join(d, 'station.journal'));
    for (const cut of [goodLength + 3, goodLength + 20, journal.length - 1]) {
      writeFileSync(join(d, 'station.journal'), journal.subarray(0, cut));
      const again = await open(d);
      expect(noteKeys(again)).toEqual(['n0']);
      expect(again.status().tornTailDropped).toBe(true);
      expect(statSync(join(d, 'station.journal')).size).toBe(goodLength);
      await addNote(again, 'n2');
      await again.close({ checkpoint: false });
      const third = await open(d);
      expect(noteKeys(third)).toEqual(['n0', 'n2']);
      expect(third.status().tornTailDropped).toBe(false);
      await third.close({ checkpoint: false });
      writeFileSync(join(d, 'station.journal'), journal.subarray(0, goodLength));
    }
  });

  it('treats damage in the middle of the journal as unrecoverable, not as a torn tail', async () => {
    const d = dir();
    const s = await open(d);
    for (let i = 0; i < 3; i++) await addNote(s, `n${i}`);
    await s.close({ checkpoint: false });
    const journal = readFileSync(join(d, 'station.journal'));
    journal[20] = journal[20]! ^ 0xff;
    writeFileSync(join(d, 'station.journal'), journal);
    const err = await open(d).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('unrecoverable');
    expect((err as StoreError).message).toContain(join(d, 'station.journal'));
  });

  it('falls back to the previous snapshot plus the journal when the snapshot is bit-flipped', async () => {
    const d = dir();
    const s = await open(d);
    await addNote(s, 'n0');
    await s.checkpoint();
    await addNote(s, 'n1');
    await s.checkpoint();
    await addNote(s, 'n2');
    await s.close({ checkpoint: false });
    const snapshot = readFileSync(join(d, 'station.db'));
    snapshot[Math.floor(snapshot.length / 2)] = snapshot[Math.floor(snapshot.length / 2)]! ^ 0x01;
    writeFileSync(join(d, 'station.db'), snapshot);

    const again = await open(d);
    expect(noteKeys(again)).toEqual(['n0', 'n1', 'n2']);
    expect(integrity(again)).toBe('ok');
    const status = again.status();
    expect(status.recoveredFrom).toBe('previous');
    expect(status.damagedFiles).toHaveLength(1);
    expect(existsSync(status.damagedFiles[0]!)).toBe(true);
    await addNote(again, 'n3');
    await again.close({ checkpoint: false });
    const third = await open(d);
    expect(third.status().recoveredFrom).toBe('snapshot');
    expect(noteKeys(third)).toEqual(['n0', 'n1', 'n2', 'n3']);
    await third.close();
  });

  it('refuses to start, naming the directory, when no snapshot opens', async () => {
    const d = dir();
    const s = await open(d);
    await addNote(s, 'n0');
    await s.checkpoint();
    await addNote(s, 'n1');
    await s.close();
    for (const f of ['station.db', 'station.db.prev']) {
      const b = readFileSync(join(d, f));
      b[b.length - 5] = b[b.length - 5]! ^ 0x10;
      writeFileSync(join(d, f), b);
    }
    const listing = readdirSync(d).sort();
    const err = await open(d).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('unrecoverable');
    expect((err as StoreError).message).toMatch(/will not start empty over existing data/);
    expect((err as StoreError).message).toContain(d);
    expect(readdirSync(d).sort()).toEqual(listing);
  });

  it('refuses a journal whose snapshot is gone', async () => {
    const d = dir();
    const s = await open(d);
    await addNote(s, 'n0');
    await s.close({ checkpoint: false });
    rmSync(join(d, 'station.db'));
    rmSync(join(d, 'station.db.prev'));
    await expect(open(d)).rejects.toMatchObject({ code: 'unrecoverable' });
  });

  it('imports a plain SQLite file from the first store once, then keeps it sealed', async () => {
    const d = dir();
    // What the first store left behind: a plain SQLite file at schema 1.
    const SQL = await loadSqlJs();
    const legacy = new SQL.Database();
    migrate(new Db(legacy), 1);
    legacy.run("INSERT INTO meta VALUES ('n-old', 'v')");
    writeFileSync(join(d, 'station.db'), legacy.export());
    legacy.close();

    const s = await open(d);
    expect(noteKeys(s)).toEqual(['n-old']);
    expect(s.status().recoveredFrom).toBe('legacy');
    await s.close();
    for (const f of ['station.db', 'station.db.prev']) {
      expect(readFileSync(join(d, f)).subarray(0, 4).toString()).toBe('GSS1');
    }
  });
});

describe('store checkpoint policy', () => {
  it('checkpoints by itself once the journal passes its size threshold, after acknowledging the write', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const phases: string[] = [];
    const s = await openStore({
      dir: t.dir,
      checkpoint: { journalBytes: 1000, idleMs: 0, intervalMs: 0 },
      onEvent: (e) => e.type === 'checkpoint' && phases.push(e.phase),
    });
    phases.length = 0;
    for (let i = 0; i < 20; i++) await addNote(s, `n${String(i).padStart(2, '0')}`, 'x'.repeat(100));
    await s.checkpoint();
    expect(phases.filter((p) => p === 'done').length).toBeGreaterThanOrEqual(3);
    expect(s.status().journalBytes).toBe(0);
    await s.close();
  });

  it('checkpoints when idle', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const s = await openStore({
      dir: t.dir,
      checkpoint: { journalBytes: 1 << 30, idleMs: 50, intervalMs: 0 },
    });
    await addNote(s, 'n0');
    expect(s.status().snapshotSeq).toBe(0);
    await expect.poll(() => s.status().snapshotSeq, { timeout: 5_000 }).toBe(1);
    expect(s.status()).toMatchObject({ snapshotSeq: 1, journalBytes: 0 });
    expect(s.status().lastCheckpointAt).not.toBeNull();
    await s.close();
  });
});
