import { errnoCode } from './errors';
import type { StoreFs } from './fs-seam';

/**
 * Rename, retrying while Windows reports the target busy: antivirus and indexers open fresh
 * files briefly, and rename then fails with EPERM/EACCES/EBUSY for a few hundred milliseconds.
 */
export async function renameRetry(fs: StoreFs, from: string, to: string, attempts = 10): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (err) {
      const code = errnoCode(err);
      if (i >= attempts || (code !== 'EPERM' && code !== 'EACCES' && code !== 'EBUSY')) throw err;
      await new Promise((r) => setTimeout(r, 20 * i));
    }
  }
}

/** Makes renames and new files in `dir` durable. Windows cannot open a directory for sync; NTFS journals names itself. */
export async function fsyncDir(fs: StoreFs, dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Write temp → fsync → rename over → fsync the directory: the file is either old or new, never half. */
export async function writeFileAtomic(
  fs: StoreFs,
  dir: string,
  path: string,
  data: Uint8Array,
  mode = 0o600,
): Promise<void> {
  const tmp = `${path}.tmp`;
  const handle = await fs.open(tmp, 'w', mode);
  try {
    await writeAll(handle, data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await renameRetry(fs, tmp, path);
  await fsyncDir(fs, dir);
}

export async function writeAll(
  handle: {
    write(b: Uint8Array, o?: number, l?: number, p?: number | null): Promise<{ bytesWritten: number }>;
  },
  data: Uint8Array,
): Promise<void> {
  let offset = 0;
  while (offset < data.byteLength) {
    const { bytesWritten } = await handle.write(data, offset, data.byteLength - offset, null);
    if (bytesWritten <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
    offset += bytesWritten;
  }
}

export async function exists(fs: StoreFs, path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return false;
    throw err;
  }
}

export async function removeIfPresent(fs: StoreFs, path: string): Promise<void> {
  try {
    await fs.unlink(path);
  } catch (err) {
    if (errnoCode(err) !== 'ENOENT') throw err;
  }
}
