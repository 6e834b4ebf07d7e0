import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../../../electron/runtime/store/errors';
import { defaultKeyFile } from '../../../../electron/runtime/store/key-file-location';
import { rotateKeys } from '../../../../electron/runtime/store/rotate-keys';
import { openStore, type StoreOptions } from '../../../../electron/runtime/store/store';
import { addNote, crashingFs, manualCheckpoints, noteKeys, tempDir } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
function dir(): string {
  const t = tempDir('keyfile-');
  cleanups.push(t.cleanup);
  return t.dir;
}

const ID = '110101199001011234';
const posix = process.platform !== 'win32';

/** A hall's hub layout: data in one place, the key-encryption key in another. */
function layout(): { data: string; keyFile: string; root: string } {
  const root = dir();
  return { root, data: join(root, 'data'), keyFile: join(root, 'etc', 'gig-station', 'station.kek') };
}

async function hubWithData(data: string, keyFile: string | undefined): Promise<void> {
  const s = await openStore({ dir: data, checkpoint: manualCheckpoints, ...(keyFile ? { keyFile } : {}) });
  await addNote(s, 'n0', `王秀兰 ${ID}`);
  await s.checkpoint();
  await addNote(s, 'n1', `李建国 ${ID.replace('1234', '5678')}`);
  await s.close({ checkpoint: false });
}

async function refusal(options: StoreOptions): Promise<StoreError> {
  const err = await openStore(options).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(StoreError);
  return err as StoreError;
}

function filesUnder(d: string): string[] {
  return readdirSync(d, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

describe('the key-encryption key lives apart from the data', () => {
  it('a copy of the data directory alone opens nothing; the station with its key file opens it', async () => {
    const { root, data, keyFile } = layout();
    await hubWithData(data, keyFile);
    const copy = join(root, 'stolen-copy');
    cpSync(data, copy, { recursive: true });

    // Nothing in the copy is the key or readable data.
    expect(readdirSync(copy)).not.toContain('station.kek');
    const kek = readFileSync(keyFile, 'utf8').trim();
    for (const f of filesUnder(copy)) {
      const bytes = readFileSync(f);
      expect(bytes.includes(Buffer.from(ID.slice(0, 14))), f).toBe(false);
      expect(bytes.includes(Buffer.from(kek)), f).toBe(false);
      expect(bytes.includes(Buffer.from(kek, 'hex')), f).toBe(false);
    }

    // Opened somewhere else, without the key: a clear refusal, and no key is invented.
    const bare = await refusal({ dir: copy });
    expect(bare.code).toBe('key-missing');
    expect(bare.message).toMatch(/key-encryption key/);
    expect(bare.message).toMatch(/keyFile/);
    const elsewhere = join(root, 'other-machine', 'station.kek');
    const fresh = await refusal({ dir: copy, keyFile: elsewhere });
    expect(fresh.code).toBe('key-missing');
    expect(fresh.message).toContain(elsewhere);
    expect(existsSync(elsewhere)).toBe(false);
    expect(readdirSync(copy)).not.toContain('station.kek');

    // The station's own key file opens the copy.
    const s = await openStore({ dir: copy, keyFile, checkpoint: manualCheckpoints });
    expect(noteKeys(s)).toEqual(['n0', 'n1']);
    expect(s.status()).toMatchObject({ keyFile, keyBesideData: false, protector: 'file' });
    await s.close();
  });

  it.runIf(posix)('creates the key file 0600 in a 0700 directory of its own', async () => {
    const { data, keyFile } = layout();
    await hubWithData(data, keyFile);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(statSync(join(keyFile, '..')).mode & 0o777).toBe(0o700);
    expect(readdirSync(join(keyFile, '..'))).toEqual(['station.kek']);
  });

  it.runIf(posix)('tightens a key file restored with loose permissions back to 0600', async () => {
    const { data, keyFile } = layout();
    await hubWithData(data, keyFile);
    const { chmodSync } = await import('node:fs');
    chmodSync(keyFile, 0o644);
    const s = await openStore({ dir: data, keyFile });
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    await s.close();
  });

  it('refuses a key file inside the data directory, directly or through a link, and creates nothing', async () => {
    const { root, data } = layout();
    for (const keyFile of [
      join(data, 'station.kek'),
      join(data, 'keys', 'k'),
      join(data, '..', 'data', 'x.kek'),
    ]) {
      const err = await refusal({ dir: data, keyFile });
      expect(err.code).toBe('key-misplaced');
      expect(err.message).toContain('keyFile');
      expect(err.message).toContain(data);
    }
    expect(existsSync(data)).toBe(false);
    if (posix) {
      mkdirSync(data);
      symlinkSync(data, join(root, 'alias'));
      const err = await refusal({ dir: data, keyFile: join(root, 'alias', 'station.kek') });
      expect(err.code).toBe('key-misplaced');
      expect(readdirSync(data)).toEqual([]);
    }
  });

  it('moves the key an older version left beside the data out to the key file, and says so', async () => {
    const { root, data, keyFile } = layout();
    await hubWithData(data, undefined);
    expect(readdirSync(data)).toContain('station.kek');
    const legacyKek = readFileSync(join(data, 'station.kek'));

    const s = await openStore({ dir: data, keyFile, checkpoint: manualCheckpoints });
    expect(noteKeys(s)).toEqual(['n0', 'n1']);
    expect(s.status()).toMatchObject({
      keyFile,
      keyBesideData: false,
      keyMovedFrom: join(data, 'station.kek'),
    });
    await addNote(s, 'n2');
    await s.close();
    expect(readdirSync(data)).not.toContain('station.kek');
    expect(existsSync(keyFile)).toBe(true);

    // The old key no longer opens the data directory: a copy with the old key put back is refused.
    const copy = join(root, 'copy');
    cpSync(data, copy, { recursive: true });
    writeFileSync(join(copy, 'station.kek'), legacyKek, { mode: 0o600 });
    expect((await refusal({ dir: copy })).code).toBe('key-wrong');

    const again = await openStore({ dir: data, keyFile });
    expect(noteKeys(again)).toEqual(['n0', 'n1', 'n2']);
    expect(again.status().keyMovedFrom).toBeNull();
    await again.close();
  });

  it('finishes the move after a crash at any step of it, never losing the key', async () => {
    let points = 0;
    for (let failAt = 1; ; failAt++) {
      points++;
      const { data, keyFile } = layout();
      await hubWithData(data, undefined);
      const fs = crashingFs();
      fs.crashAt(failAt);
      let completed = true;
      await openStore({ dir: data, keyFile, fs })
        .then((s) => s.close({ checkpoint: false }))
        .catch(() => (completed = false));
      const again = await openStore({ dir: data, keyFile });
      expect(noteKeys(again), `failAt ${failAt}`).toEqual(['n0', 'n1']);
      await again.close({ checkpoint: false });
      expect(readdirSync(data), `failAt ${failAt}`).not.toContain('station.kek');
      if (completed) break;
      expect(failAt).toBeLessThan(40);
    }
    expect(points).toBeGreaterThan(3);
  });

  it('lets two stations created at once share one new key file', async () => {
    const { root, keyFile } = layout();
    const dirs = [join(root, 'a'), join(root, 'b'), join(root, 'c')];
    const stores = await Promise.all(dirs.map((d) => openStore({ dir: d, keyFile })));
    await Promise.all(stores.map((s, i) => addNote(s, `n${i}`)));
    await Promise.all(stores.map((s) => s.close()));
    expect(readdirSync(join(keyFile, '..'))).toEqual(['station.kek']);
    for (const [i, d] of dirs.entries()) {
      const s = await openStore({ dir: d, keyFile });
      expect(noteKeys(s)).toEqual([`n${i}`]);
      await s.close();
    }
  });

  it('rotates the data key of a station whose key file is elsewhere', async () => {
    const { data, keyFile } = layout();
    await hubWithData(data, keyFile);
    const r = await rotateKeys(data, { keyFile });
    expect(r.retired).toHaveLength(1);
    expect(readdirSync(data)).not.toContain('station.kek');
    const s = await openStore({ dir: data, keyFile });
    expect(noteKeys(s)).toEqual(['n0', 'n1']);
    await s.close();
  });
});

describe('the default key file, per OS', () => {
  it('is /etc/gig-station for a root service and the XDG config folder for a user on Linux', () => {
    expect(defaultKeyFile({ platform: 'linux', uid: 0, home: '/root', env: {} })).toBe(
      '/etc/gig-station/station.kek',
    );
    expect(defaultKeyFile({ platform: 'linux', uid: 1000, home: '/home/zhang', env: {} })).toBe(
      '/home/zhang/.config/gig-station/station.kek',
    );
    expect(
      defaultKeyFile({
        platform: 'linux',
        uid: 1000,
        home: '/home/zhang',
        env: { XDG_CONFIG_HOME: '/srv/cfg' },
      }),
    ).toBe('/srv/cfg/gig-station/station.kek');
    // The XDG spec ignores a relative XDG_CONFIG_HOME.
    expect(
      defaultKeyFile({ platform: 'linux', uid: 1000, home: '/home/zhang', env: { XDG_CONFIG_HOME: 'cfg' } }),
    ).toBe('/home/zhang/.config/gig-station/station.kek');
  });

  it('is Application Support on macOS and the local (non-roaming) AppData on Windows', () => {
    expect(defaultKeyFile({ platform: 'darwin', uid: 501, home: '/Users/zhang', env: {} })).toBe(
      '/Users/zhang/Library/Application Support/gig-station/station.kek',
    );
    expect(
      defaultKeyFile({
        platform: 'win32',
        home: 'C:\\Users\\zhang',
        env: {
          LOCALAPPDATA: 'C:\\Users\\zhang\\AppData\\Local',
          APPDATA: 'C:\\Users\\zhang\\AppData\\Roaming',
        },
      }),
    ).toBe('C:\\Users\\zhang\\AppData\\Local\\gig-station\\station.kek');
    expect(defaultKeyFile({ platform: 'win32', home: 'C:\\Users\\zhang', env: {} })).toBe(
      'C:\\Users\\zhang\\AppData\\Local\\gig-station\\station.kek',
    );
  });
});
