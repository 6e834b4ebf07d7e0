import { join } from 'node:path';
import { z } from 'zod';
import { fsyncDir, renameRetry } from './atomic-file';
import { BOX_OVERHEAD, IV_BYTES, StreamOpener, StreamSealer, TAG_BYTES } from './crypto-box';
import { errnoCode } from './errors';
import type { StoreFileHandle, StoreFs } from './fs-seam';

/**
 * Snapshot file layout:
 *
 *   "GSS1" | u32 LE header length H | header JSON (H bytes) | AES-256-GCM box of the SQLite image
 *   AAD of the box = everything before it (magic, length, header), so the header is authenticated
 *
 * The header names the data key and the last journal sequence number the image contains.
 */
export const SNAPSHOT_FILE = 'station.db';
export const PREVIOUS_FILE = 'station.db.prev';
const MAGIC = Buffer.from('GSS1');
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0');
const CHUNK = 4 << 20;

const headerSchema = z.object({
  format: z.literal(1),
  keyId: z.number().int().nonnegative(),
  seq: z.number().int().nonnegative(),
  at: z.string(),
  schema: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});
export type SnapshotHeader = z.infer<typeof headerSchema>;

export type SnapshotRead =
  | { kind: 'missing' }
  | { kind: 'sealed'; header: SnapshotHeader; image: Buffer; fileBytes: number }
  /** An unencrypted SQLite file from the first, naive store: imported once, then sealed. */
  | { kind: 'legacy'; image: Buffer; fileBytes: number }
  | { kind: 'unknown-key'; header: SnapshotHeader }
  | { kind: 'damaged'; reason: string };

/**
 * Reads and opens a snapshot piece by piece into one buffer the size of the image: a station with
 * 100k jobs would otherwise hold the file and its plaintext at once (2 × 100 MB) at every start.
 */
export async function readSnapshot(
  fs: StoreFs,
  path: string,
  keyFor: (id: number) => Buffer | undefined,
): Promise<SnapshotRead> {
  let handle: StoreFileHandle;
  try {
    handle = await fs.open(path, 'r');
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return { kind: 'missing' };
    throw err;
  }
  try {
    const fileBytes = (await handle.stat()).size;
    const at = async (position: number, length: number) => {
      const buf = Buffer.alloc(Math.max(0, Math.min(length, fileBytes - position)));
      let got = 0;
      while (got < buf.length) {
        const { bytesRead } = await handle.read(buf, got, buf.length - got, position + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return buf.subarray(0, got);
    };
    const head = await at(0, SQLITE_MAGIC.length);
    if (head.equals(SQLITE_MAGIC)) return { kind: 'legacy', image: await at(0, fileBytes), fileBytes };
    if (fileBytes < 8 || !head.subarray(0, 4).equals(MAGIC))
      return { kind: 'damaged', reason: 'not a station snapshot' };
    const headerLength = head.readUInt32LE(4);
    if (8 + headerLength > fileBytes) return { kind: 'damaged', reason: 'truncated header' };
    const aad = await at(0, 8 + headerLength);
    let header: SnapshotHeader;
    try {
      header = headerSchema.parse(JSON.parse(aad.subarray(8).toString('utf8')));
    } catch {
      return { kind: 'damaged', reason: 'unreadable header' };
    }
    const key = keyFor(header.keyId);
    if (!key) return { kind: 'unknown-key', header };
    const boxAt = aad.length;
    const imageBytes = fileBytes - boxAt - BOX_OVERHEAD;
    if (imageBytes < 0) return { kind: 'damaged', reason: 'failed authentication (corrupted or altered)' };
    const iv = await at(boxAt, IV_BYTES);
    const tag = await at(fileBytes - TAG_BYTES, TAG_BYTES);
    const opener = new StreamOpener(key, iv, tag, aad);
    const image = Buffer.allocUnsafe(imageBytes);
    const piece = Buffer.allocUnsafe(Math.min(CHUNK, imageBytes));
    for (let off = 0; off < imageBytes;) {
      const n = Math.min(piece.length, imageBytes - off);
      const { bytesRead } = await handle.read(piece, 0, n, boxAt + IV_BYTES + off);
      if (bytesRead === 0) return { kind: 'damaged', reason: 'failed authentication (corrupted or altered)' };
      opener.chunk(piece.subarray(0, bytesRead)).copy(image, off);
      off += bytesRead;
    }
    if (!opener.finish()) return { kind: 'damaged', reason: 'failed authentication (corrupted or altered)' };
    return { kind: 'sealed', header, image, fileBytes };
  } finally {
    await handle.close();
  }
}

/** Seals `image` into `<path>.tmp` and fsyncs it. The caller renames it into place. Returns the temp path and size. */
export async function writeSnapshotTemp(
  fs: StoreFs,
  path: string,
  image: Uint8Array,
  header: SnapshotHeader,
  key: Buffer,
): Promise<{ tmp: string; bytes: number }> {
  const tmp = `${path}.tmp`;
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(8);
  MAGIC.copy(prefix, 0);
  prefix.writeUInt32LE(json.length, 4);
  const aad = Buffer.concat([prefix, json]);
  const sealer = new StreamSealer(key, aad);
  const handle = await fs.open(tmp, 'w', 0o600);
  let written = 0;
  const put = async (buf: Uint8Array) => {
    let off = 0;
    while (off < buf.byteLength) {
      const { bytesWritten } = await handle.write(buf, off, buf.byteLength - off, null);
      if (bytesWritten <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
      off += bytesWritten;
    }
    written += buf.byteLength;
  };
  try {
    await put(aad);
    await put(sealer.start());
    // Chunked so the ciphertext never exists as a second full-size copy of the database.
    for (let off = 0; off < image.byteLength; off += CHUNK) {
      await put(sealer.chunk(image.subarray(off, Math.min(off + CHUNK, image.byteLength))));
    }
    await put(sealer.finish());
    await handle.sync();
  } catch (err) {
    await handle.close().catch(() => undefined);
    await fs.unlink(tmp).catch(() => undefined);
    throw err;
  }
  await handle.close();
  return { tmp, bytes: written };
}

/** A second, independent copy of the current snapshot as the previous one (after erasure or recovery). */
export async function copySnapshot(fs: StoreFs, dir: string, from: string, to: string): Promise<void> {
  const tmp = `${to}.tmp`;
  await fs.copyFile(from, tmp);
  const handle = await fs.open(tmp, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  await renameRetry(fs, tmp, to);
  await fsyncDir(fs, dir);
}

export async function isPlainSqlite(fs: StoreFs, path: string): Promise<boolean> {
  const handle = await fs.open(path, 'r');
  try {
    const head = Buffer.alloc(SQLITE_MAGIC.length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return bytesRead === head.length && head.equals(SQLITE_MAGIC);
  } finally {
    await handle.close();
  }
}

export function snapshotPaths(dir: string): { current: string; previous: string } {
  return { current: join(dir, SNAPSHOT_FILE), previous: join(dir, PREVIOUS_FILE) };
}
