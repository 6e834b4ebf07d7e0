import { afterEach, describe, expect, it } from 'vitest';
import type { Runtime } from '../../../../electron/runtime/runtime';
import { startPlatform, type RunningPlatform } from '../../../platform/platform';
import { cacheVersions, signedInDesk, startTerminal, versionsOf } from './helpers';

let platform: RunningPlatform;
let terminal: Runtime | undefined;
afterEach(async () => {
  await terminal?.close();
  terminal = undefined;
  await platform?.close();
});

describe('pull', () => {
  it('pages through the platform and reports status', async () => {
    platform = await startPlatform({ jobs: 1200 });
    terminal = await startTerminal(platform.url, platform.token, null, {});
    const status = await terminal.call(await signedInDesk(terminal), 'sync.now', {});
    expect(status.ok).toBe(true);
    expect(cacheVersions(terminal)).toEqual(versionsOf(platform.state.jobs()));
    if (!status.ok) return;
    expect(status.value.pull.lastError).toBeNull();
    expect(status.value.pull.lagMs).not.toBeNull();
    expect(status.value.upstream).toBe(platform.url);
  });
});

describe('pull under faults', () => {
  it('converges on the platform set through 5xx, resets, truncation, duplicate and reordered pages and expired cursors', async () => {
    platform = await startPlatform({
      jobs: 3000,
      faults: { error5xx: 0.3, reset: 0.05, truncate: 0.05, duplicate: 0.3, reorder: 0.3 },
    });
    terminal = await startTerminal(platform.url, platform.token);
    const sync = () => terminal!.context.sync.syncNow();
    const settle = async () => {
      for (let i = 0; i < 200; i++) {
        const s = await sync();
        if (s.pull.lastError === null && s.pull.lagMs !== null) return;
      }
      throw new Error('pull never succeeded');
    };
    await settle();
    expect(cacheVersions(terminal)).toEqual(versionsOf(platform.state.jobs()));

    // The platform changes: updates, deletions, new jobs; stale copies keep arriving out of order.
    const jobs = platform.state.jobs();
    const later = (t: string) => new Date(Date.parse(t) + 3_600_000).toISOString();
    for (const j of jobs.slice(0, 300))
      platform.state.upsert({ ...j, headcount: j.headcount + 1, updatedAt: later(j.updatedAt) });
    for (const j of jobs.slice(300, 500)) platform.state.remove(j.id);
    await settle();
    expect(cacheVersions(terminal)).toEqual(versionsOf(platform.state.jobs()));

    // An expired cursor: the terminal re-reads from scratch and sweeps what the platform no longer lists.
    platform.setFaults({ error5xx: 0, reset: 0, truncate: 0 });
    for (const j of jobs.slice(500, 600)) platform.state.remove(j.id);
    platform.state.compact();
    const before = platform.state.pulls.length;
    await settle();
    expect(platform.state.pulls.slice(before).map((p) => p.status)).toContain(410);
    expect(platform.state.pulls.slice(before).some((p) => p.cursor === null)).toBe(true);
    expect(cacheVersions(terminal)).toEqual(versionsOf(platform.state.jobs()));
  });

  it('answers an idle poll with 304 when nothing changed', async () => {
    platform = await startPlatform({ jobs: 50 });
    terminal = await startTerminal(platform.url, platform.token);
    await terminal.context.sync.syncNow();
    await terminal.context.sync.syncNow();
    await terminal.context.sync.syncNow();
    expect(platform.state.pulls.at(-1)?.status).toBe(304);
  });
});
