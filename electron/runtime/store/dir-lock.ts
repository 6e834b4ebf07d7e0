import { join, resolve } from 'node:path';
import createDebug from 'debug';
import { StoreError, diskStoreError, errnoCode } from './errors';
import type { StoreFs } from './fs-seam';

const log = createDebug('station:store');

export const LOCK_FILE = 'station.lock';
const heldHere = new Set<string>();

/**
 * One process per data directory: two writers appending to one journal would corrupt it, and
 * `keys rotate` must not run under a live station. The lock file holds the owner's pid; a lock
 * left by a process that no longer runs (kill -9, power cut) is taken over.
 */
export async function lockDir(fs: StoreFs, dir: string): Promise<() => Promise<void>> {
  const key = resolve(dir);
  if (heldHere.has(key))
    throw new StoreError('locked', `the station data in ${dir} is already open in this process`, dir);
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFile(path, `${process.pid}\n`, { mode: 0o600, flag: 'wx' });
      heldHere.add(key);
      return async () => {
        heldHere.delete(key);
        await fs.unlink(path).catch(() => undefined);
      };
    } catch (err) {
      if (errnoCode(err) !== 'EEXIST') {
        const disk = diskStoreError(err, '驿站没有启动', dir, dir);
        if (disk) throw disk;
        throw new StoreError(
          'dir-unusable',
          `cannot write in the station data directory ${dir}: ${(err as Error).message}`,
          dir,
          { cause: err },
        );
      }
    }
    const owner = Number((await fs.readFile(path).catch(() => Buffer.from(''))).toString('utf8').trim());
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
      throw new StoreError(
        'locked',
        `the station data in ${dir} is in use by process ${owner}; stop that station first`,
        path,
      );
    }
    log('taking over a stale lock (owner %s is gone)', owner || 'unknown');
    try {
      await fs.unlink(path);
    } catch (err) {
      // A lock that cannot be removed is a directory that cannot be written, not a rival station.
      if (errnoCode(err) !== 'ENOENT') throw diskStoreError(err, '驿站没有启动', dir, dir) ?? err;
    }
  }
  throw new StoreError(
    'locked',
    `cannot lock the station data in ${dir}; another station may be starting`,
    path,
  );
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errnoCode(err) === 'EPERM';
  }
}
