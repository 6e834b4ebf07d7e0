import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../../../electron/runtime/store/errors';
import { latestVersion } from '../../../../electron/runtime/store/migrations';
import { openStore } from '../../../../electron/runtime/store/store';
import { nodeFs } from '../../../../electron/runtime/store/fs-seam';
import { addNote, errno, fillableFs, manualCheckpoints, noteKeys, tempDir } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
function dir(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('store bad input', () => {
  it('refuses a database from a newer app version, naming both versions, and changes nothing', async () => {
    const d = dir();
    const s = await openStore({ dir: d, checkpoint: manualCheckpoints });
    await s.write((db) => db.run(`PRAGMA user_version = ${latestVersion + 5}`));
    await s.close();
    const snapshot = readFileSync(join(d, 'station.db'));
    const err = await openStore({ dir: d }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('schema-newer');
    expect((err as StoreError).message).toMatch(
      new RegExp(
        `schema version ${latestVersion + 5}, newer than this app understands \\(${latestVersion}\\)`,
      ),
    );
    expect(readFileSync(join(d, 'station.db')).equals(snapshot)).toBe(true);
    // The lock was released: a fixed app could open it.
    await expect(openStore({ dir: d })).rejects.toMatchObject({ code: 'schema-newer' });
  });

  it('refuses a directory the station user may not read (through the fs seam, so it also runs as root)', async () => {
    const d = dir();
    const fs = {
      ...nodeFs,
      readdir: async () => Promise.reject(errno('EACCES', `permission denied, scandir '${d}'`)),
    };
    const err = await openStore({ dir: d, fs }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('dir-unusable');
    expect((err as StoreError).message).toBe(
      `cannot use the station data directory ${d} (EACCES); check that it exists and that this user may read and write it`,
    );
  });

  it('refuses a data directory path that is a file', async () => {
    const d = dir();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(d, 'file'), 'x');
    await expect(openStore({ dir: join(d, 'file') })).rejects.toMatchObject({ code: 'dir-unusable' });
  });

  it('rejects a write on a full disk, rolls it back, and keeps acknowledged data', async () => {
    const d = dir();
    const fs = fillableFs(/station\.journal$/);
    const s = await openStore({ dir: d, fs, checkpoint: manualCheckpoints });
    await addNote(s, 'n0');
    await addNote(s, 'n1');
    fs.full = true;
    const err = await addNote(s, 'n2').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('disk-full');
    expect((err as StoreError).message).toMatch(/^磁盘已满：这次的记录没有保存/);
    expect((err as StoreError).message).toContain(join(d, 'station.journal'));
    expect(noteKeys(s)).toEqual(['n0', 'n1']);
    expect(s.status().seq).toBe(2);
    fs.full = false;
    await addNote(s, 'n3');
    await s.close({ checkpoint: false });
    const again = await openStore({ dir: d, checkpoint: manualCheckpoints });
    expect(noteKeys(again)).toEqual(['n0', 'n1', 'n3']);
    expect(again.status().tornTailDropped).toBe(false);
    await again.close();
  });

  it('keeps writing when a checkpoint hits a full disk', async () => {
    const d = dir();
    const fs = fillableFs(/station\.db\.tmp$/);
    const s = await openStore({ dir: d, fs, checkpoint: manualCheckpoints });
    await addNote(s, 'n0');
    fs.full = true;
    await expect(s.checkpoint()).rejects.toMatchObject({ code: 'disk-full' });
    await addNote(s, 'n1');
    fs.full = false;
    await s.close();
    const again = await openStore({ dir: d });
    expect(noteKeys(again)).toEqual(['n0', 'n1']);
    await again.close();
  });

  it('refuses a second store on the same directory', async () => {
    const d = dir();
    const s = await openStore({ dir: d });
    await expect(openStore({ dir: d })).rejects.toMatchObject({ code: 'locked' });
    await s.close();
    await expect(addNote(s, 'late')).rejects.toMatchObject({ code: 'unavailable' });
  });
});
