import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreError, apiErrorOf } from '../../../../electron/runtime/store/errors';
import { nodeFs, type StoreFs } from '../../../../electron/runtime/store/fs-seam';
import { openStore } from '../../../../electron/runtime/store/store';
import { addNote, errno, fillableFs, manualCheckpoints, noteKeys, tempDir } from './helpers';

const here = dirname(fileURLToPath(import.meta.url));
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
function dir(): string {
  const t = tempDir('disk-');
  cleanups.push(() => {
    chmodDeep(t.dir);
    t.cleanup();
  });
  return t.dir;
}
function chmodDeep(d: string): void {
  try {
    chmodSync(d, 0o755);
    for (const e of readdirSync(d, { withFileTypes: true })) if (e.isDirectory()) chmodDeep(join(d, e.name));
  } catch {
    // already gone
  }
}

/** Writes to files matching `target` fail with `code` while `on` (a disk that went read-only, a quota). */
function failingWrites(target: RegExp, code: string): StoreFs & { on: boolean } {
  const state = { on: false };
  return {
    ...nodeFs,
    get on() {
      return state.on;
    },
    set on(v: boolean) {
      state.on = v;
    },
    open: async (path, flags, mode) => {
      const h = await nodeFs.open(path, flags, mode);
      if (!target.test(path)) return h;
      return {
        ...h,
        write: async (b, o, l, p) => {
          if (state.on) throw errno(code, `${code}, write '${path}'`);
          return h.write(b, o, l, p);
        },
        read: (b, o, l, p) => h.read(b, o, l, p),
        sync: () => h.sync(),
        datasync: () => h.datasync(),
        truncate: (len) => h.truncate(len),
        stat: () => h.stat(),
        close: () => h.close(),
      };
    },
  };
}

function listing(d: string): Record<string, string> {
  return Object.fromEntries(readdirSync(d).map((f) => [f, readFileSync(join(d, f)).toString('base64')]));
}

/** A pid that no process has now: a lock left behind by a station that died. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('a full disk', () => {
  it.each(['ENOSPC', 'EDQUOT'])(
    'refuses the change with 磁盘已满 (%s), keeps the journal byte-identical and staff get a message they understand',
    async (code) => {
      const d = dir();
      const fs =
        code === 'ENOSPC' ? fillableFs(/station\.journal$/) : failingWrites(/station\.journal$/, code);
      const s = await openStore({ dir: d, fs, checkpoint: manualCheckpoints });
      await addNote(s, 'n0');
      const before = readFileSync(join(d, 'station.journal'));
      if ('full' in fs) fs.full = true;
      else fs.on = true;
      const err = await addNote(s, 'n1').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as StoreError).code).toBe('disk-full');
      expect((err as StoreError).message).toMatch(
        /^磁盘已满：这次的记录没有保存，之前保存的数据都完好。请清理 /,
      );
      expect((err as StoreError).message).toContain(d);
      expect(readFileSync(join(d, 'station.journal')).equals(before)).toBe(true);
      expect(noteKeys(s)).toEqual(['n0']);

      const api = apiErrorOf(err);
      expect(api).toEqual({
        code: 'unavailable',
        message:
          '磁盘已满，这次的记录没有保存（之前的数据都完好）。请通知管理员清理驿站电脑的磁盘空间后再试。',
      });
      expect(api!.message).not.toContain(d);
      await s.close({ checkpoint: false });
    },
  );

  it('fails a checkpoint as disk-full and leaves no half-written snapshot', async () => {
    const d = dir();
    const fs = fillableFs(/station\.db\.tmp$/);
    const s = await openStore({ dir: d, fs, checkpoint: manualCheckpoints });
    await addNote(s, 'n0');
    const snapshot = readFileSync(join(d, 'station.db'));
    fs.full = true;
    const err = await s.checkpoint().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'disk-full' });
    expect((err as Error).message).toMatch(
      /^磁盘已满：数据快照没有写成（每条已保存的记录仍在日志里，没有丢失）/,
    );
    expect(apiErrorOf(err)?.message).toMatch(/^磁盘已满/);
    expect(readdirSync(d).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readFileSync(join(d, 'station.db')).equals(snapshot)).toBe(true);
    await s.close({ checkpoint: false });
  });

  it('stops cleanly on a full disk: close resolves, the lock is released, nothing is half-written or lost', async () => {
    const d = dir();
    const fs = fillableFs(/station\.db\.tmp$/);
    const s = await openStore({ dir: d, fs, checkpoint: manualCheckpoints });
    await addNote(s, 'n0');
    await addNote(s, 'n1');
    const snapshot = readFileSync(join(d, 'station.db'));
    fs.full = true;
    await expect(s.close()).resolves.toBeUndefined();
    expect(readdirSync(d).filter((f) => f.endsWith('.tmp') || f === 'station.lock')).toEqual([]);
    expect(readFileSync(join(d, 'station.db')).equals(snapshot)).toBe(true);
    const again = await openStore({ dir: d, checkpoint: manualCheckpoints });
    expect(noteKeys(again)).toEqual(['n0', 'n1']);
    await again.close();
  });
});

describe('a read-only data directory', () => {
  it('refuses a write with 数据目录只读 and changes nothing', async () => {
    const d = dir();
    const fs = failingWrites(/station\.journal$/, 'EROFS');
    const s = await openStore({ dir: d, fs, checkpoint: manualCheckpoints });
    await addNote(s, 'n0');
    const before = listing(d);
    fs.on = true;
    const err = await addNote(s, 'n1').catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'read-only' });
    expect((err as Error).message).toMatch(
      new RegExp(`^数据目录只读：驿站不能写入 ${d}，这次的记录没有保存。`),
    );
    expect(apiErrorOf(err)?.message).toBe(
      '数据目录只读，这次的记录没有保存（之前的数据都完好）。请通知管理员检查驿站电脑的磁盘和权限后重启驿站。',
    );
    expect(listing(d)).toEqual(before);
    await s.close({ checkpoint: false });
  });

  it.each([
    ['a fresh directory', false],
    ['a stale lock left by a station that died', true],
  ])(
    'says so at start-up, not "another station may be starting" (%s, through the fs seam)',
    async (_what, stale) => {
      const d = dir();
      if (stale) writeFileSync(join(d, 'station.lock'), `${deadPid()}\n`);
      const readOnly = (p: string) => Promise.reject(errno('EROFS', `read-only file system, '${p}'`));
      const fs: StoreFs = {
        ...nodeFs,
        writeFile: readOnly,
        unlink: readOnly,
        open: readOnly,
        rename: readOnly,
      };
      const before = listing(d);
      const err = await openStore({ dir: d, fs }).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'read-only' });
      expect((err as Error).message).toMatch(new RegExp(`^数据目录只读：驿站不能写入 ${d}，驿站没有启动。`));
      expect(listing(d)).toEqual(before);
    },
  );

  it.each([
    ['a fresh directory', false],
    ['a stale lock left by a station that died', true],
  ])(
    'says so at start-up on a directory the station user may not write (%s, real permissions)',
    (_what, stale) => {
      const root = dir();
      chmodSync(root, 0o755);
      const d = join(root, 'data');
      mkdirSync(d);
      if (stale) writeFileSync(join(d, 'station.lock'), `${deadPid()}\n`, { mode: 0o644 });
      chmodSync(d, 0o555);
      const before = listing(d);
      // Root writes through any mode bits, so the station runs as an unprivileged user then.
      const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'open-child.ts'), d], {
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, HOME: root },
        ...asUser,
      });
      expect(r.stderr).toBe('');
      const outcome = JSON.parse(r.stdout) as { opened: boolean; code?: string; message?: string };
      expect(outcome).toMatchObject({ opened: false, code: 'read-only' });
      expect(outcome.message).toMatch(new RegExp(`^数据目录只读：驿站不能写入 ${d}，驿站没有启动。`));
      expect(listing(d)).toEqual(before);
    },
  );
});

describe('apiErrorOf', () => {
  it('answers only for a disk that failed; every other error stays a bug', () => {
    expect(apiErrorOf(new Error('boom'))).toBeUndefined();
    expect(apiErrorOf(new StoreError('key-wrong', 'x'))).toBeUndefined();
    expect(apiErrorOf(errno('EACCES'))).toBeUndefined();
    expect(apiErrorOf('ENOSPC')).toBeUndefined();
    // A report export that filled the disk is a full disk too.
    expect(apiErrorOf(errno('ENOSPC'))?.message).toMatch(/^磁盘已满/);
    expect(apiErrorOf(errno('EROFS'))?.message).toMatch(/^数据目录只读/);
    expect(apiErrorOf(new StoreError('unavailable', 'the store is closed'))?.code).toBe('unavailable');
  });
});
