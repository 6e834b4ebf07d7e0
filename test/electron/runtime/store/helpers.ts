import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoreFileHandle, StoreFs } from '../../../../electron/runtime/store/fs-seam';
import { nodeFs } from '../../../../electron/runtime/store/fs-seam';
import type { Store } from '../../../../electron/runtime/store/store';

export function tempDir(prefix = 'store-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Never disables checkpoints by accident: tests say when they want one. */
export const manualCheckpoints = { idleMs: 0, intervalMs: 0, journalBytes: Number.MAX_SAFE_INTEGER };

export function addNote(store: Store, key: string, value = 'v'): Promise<void> {
  return store.write((db) => db.run('INSERT INTO meta (key, value) VALUES (?, ?)', [key, value]));
}

export function noteKeys(store: Store): string[] {
  return store.read((db) =>
    db.all<{ key: string }>("SELECT key FROM meta WHERE key LIKE 'n%' ORDER BY key").map((r) => r.key),
  );
}

export function errno(code: string, message = code): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/**
 * A file system that stops at a chosen mutating operation: once armed with `crashAt(n)`, the
 * n-th mutating operation from then on and every one after it throw, as if the process had died
 * there. Reads keep working so the test can look.
 */
export function crashingFs(code = 'EIO'): StoreFs & { ops: number; crashAt(n: number): void } {
  const state = { ops: 0, failAt: Number.POSITIVE_INFINITY };
  const step = () => {
    state.ops++;
    if (state.ops >= state.failAt) throw errno(code, 'injected');
  };
  const wrapHandle = (h: StoreFileHandle): StoreFileHandle => ({
    write: async (b, o, l, p) => (step(), h.write(b, o, l, p)),
    read: (b, o, l, p) => h.read(b, o, l, p),
    sync: async () => (step(), h.sync()),
    datasync: async () => (step(), h.datasync()),
    truncate: async (len) => (step(), h.truncate(len)),
    stat: () => h.stat(),
    close: () => h.close(),
  });
  const fs: StoreFs & { ops: number; crashAt(n: number): void } = {
    get ops() {
      return state.ops;
    },
    crashAt(n) {
      state.failAt = state.ops + n;
    },
    open: async (path, flags, mode) => {
      if (flags !== 'r') step();
      return wrapHandle(await nodeFs.open(path, flags, mode));
    },
    readFile: (p) => nodeFs.readFile(p),
    writeFile: async (p, d, o) => (step(), nodeFs.writeFile(p, d, o)),
    rename: async (a, b) => (step(), nodeFs.rename(a, b)),
    unlink: async (p) => (step(), nodeFs.unlink(p)),
    copyFile: async (a, b) => (step(), nodeFs.copyFile(a, b)),
    readdir: (p) => nodeFs.readdir(p),
    mkdir: async (p, o) => (step(), nodeFs.mkdir(p, o)),
    stat: (p) => nodeFs.stat(p),
    link: async (a, b) => (step(), nodeFs.link(a, b)),
    chmod: async (p, m) => (step(), nodeFs.chmod(p, m)),
  };
  return fs;
}

/** Real file system whose writes to paths matching `target` fail with ENOSPC while `full.on`. */
export function fillableFs(target: RegExp): StoreFs & { full: boolean } {
  const state = { full: false };
  return {
    get full() {
      return state.full;
    },
    set full(v: boolean) {
      state.full = v;
    },
    ...nodeFs,
    open: async (path, flags, mode) => {
      const h = await nodeFs.open(path, flags, mode);
      if (!target.test(path)) return h;
      return {
        write: async (b, o, l, p) => {
          if (!state.full) return h.write(b, o, l, p);
          // A full disk often takes part of the write before refusing the rest.
          const part = Math.floor((l ?? b.byteLength) / 2);
          if (part > 0) await h.write(b, o, part, p);
          throw errno('ENOSPC', 'no space left on device');
        },
        read: (b2, o2, l2, p2) => h.read(b2, o2, l2, p2),
        sync: () => h.sync(),
        datasync: () => h.datasync(),
        truncate: (len) => h.truncate(len),
        stat: () => h.stat(),
        close: () => h.close(),
      };
    },
  };
}
