import { spawn } from 'node:child_process';
import { existsSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../../electron/runtime/store/store';
import { tempDir } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/**
 * The real hub process, stopped with SIGTERM while the disk is full. The full disk is the kernel's
 * own: the checkpoint's temp file is a link to /dev/full, whose every write fails with ENOSPC.
 */
describe('the hub stopped while the disk is full', () => {
  it('exits cleanly with code 0, leaves no half-written snapshot, and every change opens at the next start', async () => {
    expect(existsSync('/dev/full')).toBe(true);
    const t = tempDir('hub-full-');
    cleanups.push(t.cleanup);
    const data = join(t.dir, 'data');
    const keyFile = join(t.dir, 'keys', 'station.kek');
    const config = join(t.dir, 'station.json');
    writeFileSync(config, JSON.stringify({ keyFile, readers: [] }));

    const hub = spawn(
      process.execPath,
      ['--import', 'tsx', 'electron/hub/cli.ts', '--config', config, '--data', data, '--port', '0'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    hub.stdout.on('data', (d: Buffer) => (out += d.toString()));
    hub.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise<number | null>((resolve) => hub.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 30_000;
    while (!/screen\s+http/.test(out)) {
      if (Date.now() > deadline || hub.exitCode !== null)
        throw new Error(`hub did not start:\n${out}\n${err}`);
      await new Promise((r) => setTimeout(r, 100));
    }

    // The embedded job feed was written after the first snapshot, so stopping must checkpoint.
    symlinkSync('/dev/full', join(data, 'station.db.tmp'));
    hub.kill('SIGTERM');
    const code = await exited;

    expect(err).not.toMatch(/ENOSPC|Unhandled|at .*\.ts:\d+/);
    expect(out).toContain('hub stopped (SIGTERM)');
    expect(code).toBe(0);
    expect(readdirSync(data).filter((f) => f.endsWith('.tmp') || f === 'station.lock')).toEqual([]);

    const store = await openStore({ dir: data, keyFile });
    expect(store.read((db) => db.get<{ n: number }>('SELECT count(*) AS n FROM jobs')?.n)).toBeGreaterThan(
      100,
    );
    expect(store.status().replayedRecords).toBeGreaterThan(0);
    await store.close();
  }, 60_000);
});
