import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '../../../../electron/hub/start-hub';
import { parseConfig } from '../../../../electron/runtime/config';
import type { Runtime } from '../../../../electron/runtime/runtime';
import { startPlatform, type RunningPlatform } from '../../../platform/platform';
import {
  cacheVersions,
  fastSync,
  hallSecret,
  registrationPayload,
  startTerminal,
  versionsOf,
  waitFor,
} from './helpers';

const EVENTS = 10_000;
const names = ['kiosk-1', 'kiosk-2', 'desk-1'];
const tokenOf = (name: string) => `token-for-${name}-0123456789`;

let platform: RunningPlatform;
let hub: RunningHub;
let terminals: Runtime[] = [];

beforeAll(async () => {
  platform = await startPlatform({
    jobs: 2000,
    faults: { error5xx: 0.3, reset: 0.05, truncate: 0.05, duplicate: 0.2, reorder: 0.2 },
  });
  hub = await startHub({
    config: parseConfig({
      readers: [],
      hallSecret,
      upstream: { url: platform.url, token: platform.token, ...fastSync },
      hub: {
        terminals: names.map((name) => ({
          name,
          role: name.startsWith('desk') ? 'desk-station' : 'kiosk-station',
          token: tokenOf(name),
        })),
      },
    }),
    dataDir: null,
    port: 0,
    host: '127.0.0.1',
    rendererDir: '/nonexistent',
  });
  terminals = await Promise.all(names.map((n) => startTerminal(hub.url, tokenOf(n))));
});

afterAll(async () => {
  await Promise.all(terminals.map((t) => t.close()));
  await hub?.close();
  await platform?.close();
});

describe('three terminals → hub → platform, with faults between hub and platform', () => {
  it('delivers 10,000 events, each accepted exactly once, and every cache converges on the platform', async () => {
    // Events are written on the terminals as features would write them: in store transactions.
    const at = new Date('2026-11-21T10:00:00+08:00');
    await Promise.all(
      terminals.map((t, k) =>
        t.context.data.write((tx) => {
          for (let i = k; i < EVENTS; i += terminals.length) {
            // Services are the desk's to record; every terminal registers people.
            const service = i % 10 === 0 && names[k]!.startsWith('desk');
            tx.outbox.add({
              type: service ? 'service.recorded' : 'worker.registered',
              at,
              payload: service ? { workerId: `w-${i % 500}`, kind: 'referral' } : registrationPayload(i, at),
            });
          }
        }),
      ),
    );
    for (const t of terminals) t.context.sync.outboxChanged();

    // The platform keeps changing while events flow.
    const jobs = platform.state.jobs();
    for (const j of jobs.slice(0, 200)) {
      platform.state.upsert({
        ...j,
        filled: 0,
        updatedAt: new Date(Date.parse(j.updatedAt) + 60_000).toISOString(),
      });
    }
    for (const j of jobs.slice(200, 300)) platform.state.remove(j.id);

    await waitFor(
      () => platform.state.acceptedCount.size === EVENTS,
      120_000,
      'the platform to accept every event',
    );
    await waitFor(
      () =>
        [hub.runtime, ...terminals].every(
          (r) => r.context.data.read((tx) => tx.outbox.counts()).pending === 0,
        ),
      30_000,
      'every outbox to drain',
    );
    expect([...platform.state.acceptedCount.values()].every((n) => n === 1)).toBe(true);
    expect(platform.state.rejected).toBe(0);
    // Faults after processing made the hub retry: the platform saw those as duplicates, never twice as new.
    expect(platform.state.duplicates).toBeGreaterThan(0);
    expect(hub.runtime.context.data.read((tx) => tx.outbox.counts())).toMatchObject({
      done: EVENTS,
      quarantined: 0,
    });

    // Jobs: the hub pulls through the faults, the terminals pull from the hub.
    const caughtUp = async (r: Runtime) => {
      for (let i = 0; i < 200; i++) {
        const s = await r.context.sync.syncNow();
        if (s.pull.lastError === null) return;
      }
    };
    await caughtUp(hub.runtime);
    expect(cacheVersions(hub.runtime)).toEqual(versionsOf(platform.state.jobs()));
    await Promise.all(terminals.map(caughtUp));
    for (const t of terminals) expect(cacheVersions(t)).toEqual(versionsOf(platform.state.jobs()));
    // A soak: 8 s on an idle 2-core machine, three times that beside the rest of the suite. Its own
    // deadlines above (120 s + 30 s) say when it has failed, not the suite's 20 s default.
  }, 180_000);
});
