import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../../../electron/runtime/store/errors';
import type { KeyProtector } from '../../../../electron/runtime/store/key-protector';
import { rotateKeys } from '../../../../electron/runtime/store/rotate-keys';
import { openStore } from '../../../../electron/runtime/store/store';
import { addNote, manualCheckpoints, noteKeys, tempDir } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
function dir(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

async function stationWithData(d: string, checkpoint = true): Promise<void> {
  const s = await openStore({ dir: d, checkpoint: manualCheckpoints });
  await addNote(s, 'n0', '王秀兰 110101199001011234');
  if (checkpoint) await s.checkpoint();
  await addNote(s, 'n1', 'second');
  await s.close({ checkpoint: false });
}

async function refusal(d: string, keys?: KeyProtector): Promise<StoreError> {
  const err = await openStore({ dir: d, keys }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(StoreError);
  return err as StoreError;
}

/** Stands in for the shell's safeStorage protector. */
function osProtector(secret = randomBytes(32)): KeyProtector {
  const xor = (b: Buffer) => Buffer.from(b.map((x, i) => x ^ secret[i % secret.length]!));
  return { kind: 'test-os', strength: () => 'os', wrap: async (k) => xor(k), unwrap: async (w) => xor(w) };
}

describe('store encryption at rest', () => {
  it('never writes personal data in clear, and keeps key files private', async () => {
    const d = dir();
    await stationWithData(d);
    for (const f of ['station.db', 'station.db.prev', 'station.journal', 'station.journal.prev']) {
      const bytes = readFileSync(join(d, f));
      expect(bytes.includes(Buffer.from('110101199001011234')), f).toBe(false);
      expect(bytes.includes(Buffer.from('王秀兰')), f).toBe(false);
      expect(bytes.includes(Buffer.from('SQLite format 3')), f).toBe(false);
    }
    if (process.platform !== 'win32') {
      for (const f of ['station.key', 'station.kek', 'station.db', 'station.journal']) {
        expect(statSync(join(d, f)).mode & 0o077, f).toBe(0);
      }
    }
  });

  it("reports the default key file as weak protection and an OS keystore as 'os'", async () => {
    const a = await openStore({ dir: dir() });
    expect(a.status()).toMatchObject({ protection: 'weak', protector: 'file' });
    await a.close();
    const b = await openStore({ dir: dir(), keys: osProtector() });
    expect(b.status()).toMatchObject({ protection: 'os', protector: 'test-os' });
    await b.close();
  });

  it('refuses to start when the key file is missing, and creates nothing', async () => {
    const d = dir();
    await stationWithData(d);
    rmSync(join(d, 'station.key'));
    const err = await refusal(d);
    expect(err.code).toBe('key-missing');
    expect(err.message).toContain(join(d, 'station.key'));
    expect(err.message).toMatch(/Restore station.key from the backup/);
    expect(() => statSync(join(d, 'station.key'))).toThrow();
  });

  it('refuses to start when the key-encryption key file is missing, and never makes a new one', async () => {
    const d = dir();
    await stationWithData(d, false);
    rmSync(join(d, 'station.kek'));
    const err = await refusal(d);
    expect(err.code).toBe('key-missing');
    expect(err.message).toContain(join(d, 'station.kek'));
    expect(() => statSync(join(d, 'station.kek'))).toThrow();
  });

  it('refuses a wrong key-encryption key', async () => {
    const d = dir();
    await stationWithData(d);
    writeFileSync(join(d, 'station.kek'), `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
    const err = await refusal(d);
    expect(err.code).toBe('key-wrong');
  });

  it("refuses another station's key files", async () => {
    const d = dir();
    const other = dir();
    await stationWithData(d);
    await stationWithData(other);
    for (const f of ['station.key', 'station.kek']) writeFileSync(join(d, f), readFileSync(join(other, f)));
    const err = await refusal(d);
    expect(err.code).toBe('key-wrong');
    expect(err.message).toContain('station.db');
  });

  it('refuses a key file wrapped by a different protector than the one given', async () => {
    const d = dir();
    await stationWithData(d);
    const err = await refusal(d, osProtector());
    expect(err.code).toBe('key-wrong');
    expect(err.message).toMatch(/protected by 'file'/);
  });

  it('rotates the data key: old snapshots and journals are gone, data intact', async () => {
    const d = dir();
    await stationWithData(d);
    const before = JSON.parse(readFileSync(join(d, 'station.key'), 'utf8')) as { current: number };
    const oldSnapshot = readFileSync(join(d, 'station.db'));
    const result = await rotateKeys(d);
    expect(result.retired).toEqual([before.current]);
    expect(result.keyId).not.toBe(before.current);
    expect(result.protection).toBe('weak');
    const after = JSON.parse(readFileSync(join(d, 'station.key'), 'utf8')) as {
      current: number;
      keys: Record<string, string>;
    };
    expect(Object.keys(after.keys)).toEqual([String(result.keyId)]);
    expect(() => statSync(join(d, 'station.journal.prev'))).toThrow();
    expect(statSync(join(d, 'station.journal')).size).toBe(0);
    // The old snapshot no longer opens with the key file now on disk.
    const s = await openStore({ dir: d });
    expect(noteKeys(s)).toEqual(['n0', 'n1']);
    await s.close();
    writeFileSync(join(d, 'station.db'), oldSnapshot);
    writeFileSync(join(d, 'station.db.prev'), oldSnapshot);
    expect((await refusal(d)).code).toBe('key-wrong');
  });

  it('moves a station from the key file to an OS keystore protector', async () => {
    const d = dir();
    await stationWithData(d);
    const os = osProtector();
    const result = await rotateKeys(d, { newKeys: os });
    expect(result.protection).toBe('os');
    const s = await openStore({ dir: d, keys: os });
    expect(noteKeys(s)).toEqual(['n0', 'n1']);
    expect(s.status().protection).toBe('os');
    await s.close();
  });

  it('will not rotate under a running station', async () => {
    const d = dir();
    const s = await openStore({ dir: d });
    await expect(rotateKeys(d)).rejects.toMatchObject({ code: 'locked' });
    await s.close();
  });
});
