import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-file';
import { KEY_BYTES, newKey } from './crypto-box';
import { SUPPORT_HINT, StoreError, errnoCode } from './errors';
import type { StoreFs } from './fs-seam';
import type { KeyProtector } from './key-protector';

/**
 * The key file: the data keys that seal snapshots and journal records, each wrapped by the
 * KeyProtector. Usually one key; two only in the middle of a rotation. Ids are random so a
 * key file from another station is recognised as "not this data's key" rather than misread.
 */
export const KEY_FILE = 'station.key';

export interface DataKey {
  id: number;
  key: Buffer;
}

const keyFileSchema = z.object({
  format: z.literal(1),
  protector: z.string(),
  current: z.number().int().nonnegative(),
  keys: z.record(z.string().regex(/^\d+$/), z.string()),
});

export class Keyring {
  constructor(
    readonly current: DataKey,
    private readonly keys: ReadonlyMap<number, Buffer>,
  ) {}

  get(id: number): Buffer | undefined {
    return this.keys.get(id);
  }

  ids(): number[] {
    return [...this.keys.keys()];
  }

  all(): DataKey[] {
    return [...this.keys].map(([id, key]) => ({ id, key }));
  }
}

/** The key file's keys, or null when there is no key file. */
export async function loadKeyring(
  fs: StoreFs,
  dir: string,
  protector: KeyProtector,
): Promise<Keyring | null> {
  const path = join(dir, KEY_FILE);
  let text: string;
  try {
    text = (await fs.readFile(path)).toString('utf8');
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return null;
    throw new StoreError(
      'dir-unusable',
      `cannot read the key file ${path}: ${(err as Error).message}`,
      path,
      { cause: err },
    );
  }
  let parsed: z.infer<typeof keyFileSchema>;
  try {
    parsed = keyFileSchema.parse(JSON.parse(text));
  } catch (err) {
    throw new StoreError('key-wrong', `the key file ${path} is damaged. ${SUPPORT_HINT}`, path, {
      cause: err,
    });
  }
  if (parsed.protector !== protector.kind) {
    throw new StoreError(
      'key-wrong',
      `the key file ${path} was protected by '${parsed.protector}' but the station opened it with '${protector.kind}'. ` +
        `Start the station the way it was set up, or contact support.`,
      path,
    );
  }
  const keys = new Map<number, Buffer>();
  for (const [id, wrapped] of Object.entries(parsed.keys)) {
    const key = await protector.unwrap(Buffer.from(wrapped, 'base64'));
    if (key.length !== KEY_BYTES)
      throw new StoreError('key-wrong', `the key file ${path} holds a malformed key. ${SUPPORT_HINT}`, path);
    keys.set(Number(id), key);
  }
  const current = keys.get(parsed.current);
  if (!current)
    throw new StoreError(
      'key-wrong',
      `the key file ${path} names a current key it does not hold. ${SUPPORT_HINT}`,
      path,
    );
  return new Keyring({ id: parsed.current, key: current }, keys);
}

export async function saveKeyring(
  fs: StoreFs,
  dir: string,
  protector: KeyProtector,
  keys: DataKey[],
  currentId: number,
): Promise<Keyring> {
  const wrapped: Record<string, string> = {};
  for (const k of keys) wrapped[String(k.id)] = (await protector.wrap(k.key)).toString('base64');
  const body = { format: 1, protector: protector.kind, current: currentId, keys: wrapped };
  await writeFileAtomic(
    fs,
    dir,
    join(dir, KEY_FILE),
    Buffer.from(`${JSON.stringify(body, null, 2)}\n`),
    0o600,
  );
  const current = keys.find((k) => k.id === currentId);
  if (!current) throw new Error('saveKeyring: current key not among the keys');
  return new Keyring(current, new Map(keys.map((k) => [k.id, k.key])));
}

export function newDataKey(taken: number[] = []): DataKey {
  let id: number;
  do id = randomInt(1, 2 ** 32 - 1);
  while (taken.includes(id));
  return { id, key: newKey() };
}
