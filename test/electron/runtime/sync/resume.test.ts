import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createRuntime } from '../../../../electron/runtime/runtime';
import { startPlatform, type RunningPlatform } from '../../../platform/platform';
import { cacheVersions, terminalConfig, versionsOf, waitFor } from './helpers';

const child = fileURLToPath(new URL('./fixtures/terminal-child.ts', import.meta.url));
let platform: RunningPlatform;
let dir: string;
afterAll(async () => {
  await platform?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a terminal killed mid-sync', () => {
  it('resumes from its stored cursor: no page applied twice, none skipped', async () => {
    platform = await startPlatform({ jobs: 4000, faults: { latencyMs: 30 } });
    dir = await mkdtemp(join(tmpdir(), 'sync-resume-'));
    const proc = spawn(process.execPath, ['--import', 'tsx', child], {
      env: { ...process.env, UPSTREAM: platform.url, TOKEN: platform.token, DATA: dir },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let applied = 0;
    proc.stdout.on('data', (b: Buffer) => (applied += (b.toString().match(/^applied/gm) ?? []).length));
    await waitFor(() => applied >= 8, 30_000, 'the child to apply some pages');
    proc.kill('SIGKILL');
    await new Promise((r) => proc.once('exit', r));
    // The child asks for the next page while storing one: once its connections are closed and the
    // platform has answered what was in flight, those requests count as the dead child's.
    await waitFor(() => platform.idle(), 5_000, 'the platform to answer what the dead child asked');
    const servedBeforeKill = platform.state.pulls.length;
    expect(servedBeforeKill).toBeLessThan(40); // killed well before the end (4000 jobs = 40 pages)

    const runtime = await createRuntime(terminalConfig(platform.url, platform.token, {}, { pageSize: 100 }), {
      dataDir: dir,
      startSync: false,
    });
    const stored = runtime.context.data.read((tx) => tx.syncState.cursor(platform.url));
    const cachedAtKill = cacheVersions(runtime).size;
    // The stored cursor is the one that came with the last page stored: cache and cursor agree.
    expect(stored.cursor).toMatch(/^p1\.1\.\d+$/);
    expect(cachedAtKill).toBe(Number(stored.cursor!.split('.')[2]));

    runtime.context.sync.start();
    await waitFor(
      () => runtime.context.sync.status().pull.lagMs !== null,
      30_000,
      'the resumed pull to catch up',
    );
    const resumed = platform.state.pulls.slice(servedBeforeKill);
    expect(resumed[0]!.cursor).toBe(stored.cursor);
    expect(resumed.every((p) => p.cursor !== null)).toBe(true);
    // Each remaining page asked for once (one the dead child had asked for may be asked again).
    expect(new Set(resumed.map((p) => p.cursor)).size).toBe(Math.ceil((4000 - cachedAtKill) / 100));
    expect(resumed.length).toBeLessThanOrEqual(Math.ceil((4000 - cachedAtKill) / 100) + 1);
    expect(cacheVersions(runtime)).toEqual(versionsOf(platform.state.jobs()));
    await runtime.close();
  });
});
