import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { protectionWords } from '../../../../electron/runtime/store/protection-words';
import { openStore } from '../../../../electron/runtime/store/store';
import { tempDir } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('`station info` says what protection means and what to do', () => {
  it('names the key file kept apart from the data, as JSON next to `protection`', () => {
    const t = tempDir('info-');
    cleanups.push(t.cleanup);
    const keyFile = join(t.dir, 'keys', 'station.kek');
    const config = join(t.dir, 'station.json');
    writeFileSync(config, JSON.stringify({ keyFile, readers: [] }));
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'electron/cli/station.ts',
        '--config',
        config,
        '--data',
        join(t.dir, 'data'),
        'info',
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const info = JSON.parse(r.stdout) as { protection: string; keyFile: string; protectionNote: string };
    expect(info).toMatchObject({ protection: 'weak', keyFile });
    expect(info.protectionNote).toMatch(
      new RegExp(`^数据已加密，密钥在 ${keyFile}（与数据分开保存；备份时把密钥和数据分开保存`),
    );
    expect(readdirSync(join(t.dir, 'data'))).not.toContain('station.kek');
  }, 60_000);

  it('warns when the key sits in the data directory', async () => {
    const t = tempDir('info-');
    cleanups.push(t.cleanup);
    const s = await openStore({ dir: t.dir });
    const words = protectionWords(s.status());
    await s.close();
    expect(words.warning).toBe(true);
    expect(words.note).toMatch(/^警告：数据虽已加密，但密钥 .*station\.kek 就在数据目录里/);
    expect(words.note).toContain('keyFile');
  });

  it('says an OS keystore needs nothing more, and warns when the keystore fell back to a fixed password', () => {
    const base = { keyFile: null, keyBesideData: false, keyMovedFrom: null };
    expect(protectionWords({ ...base, protection: 'os' })).toMatchObject({ warning: false });
    expect(protectionWords({ ...base, protection: 'os' }).note).toMatch(
      /^数据已加密，密钥由操作系统的钥匙串保管/,
    );
    const weak = protectionWords({ ...base, protection: 'weak' });
    expect(weak.warning).toBe(true);
    expect(weak.note).toMatch(/^警告：.*系统钥匙串不可用/);
  });

  it('after moving an old key out, says so and asks for a new data key', () => {
    const words = protectionWords({
      protection: 'weak',
      keyFile: '/etc/gig-station/station.kek',
      keyBesideData: false,
      keyMovedFrom: '/var/lib/gig-station/station.kek',
    });
    expect(words.warning).toBe(false);
    expect(words.note).toContain('已把密钥从数据目录（/var/lib/gig-station/station.kek）移出');
    expect(words.note).toContain('keys rotate');
  });
});
