import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallContext } from '../../../../electron/dispatcher';
import { startHub, type RunningHub } from '../../../../electron/hub/start-hub';
import { parseConfig } from '../../../../electron/runtime/config';
import type { Runtime } from '../../../../electron/runtime/runtime';
import { startPlatform, type RunningPlatform } from '../../../platform/platform';
import { fastSync, hallSecret, signedInDesk, startTerminal, waitFor } from './helpers';
import { CLEAR_ID_NUMBER } from '../../../support/id-number-pattern';

const kiosk: CallContext = { role: 'kiosk', terminal: 'local-kiosk' };
const tokens = { a: 'token-for-kiosk-a-0123456789', b: 'token-for-kiosk-b-0123456789' };
const withReader = { readers: [{ driver: 'simulator' as const, id: 'r1', serves: 'kiosk' as const }] };

let platform: RunningPlatform;
let hub: RunningHub;
let a: Runtime;
let b: Runtime;

async function register(t: Runtime, identity: number) {
  await t.call(kiosk, 'simulator.placeCard', { identity });
  let token: string | undefined;
  await waitFor(
    async () => {
      const r = await t.call(kiosk, 'card.current', {});
      token = r.ok ? r.value?.token : undefined;
      return token !== undefined;
    },
    5_000,
    'the card',
  );
  const r = await t.call(kiosk, 'workers.registerFromCard', {
    token: token!,
    consent: { registration: true, shareWithEmployers: true },
  });
  await t.call(kiosk, 'simulator.removeCard', {});
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

beforeAll(async () => {
  platform = await startPlatform({ jobs: 10 });
  hub = await startHub({
    config: parseConfig({
      readers: [],
      hallSecret,
      upstream: { url: platform.url, token: platform.token, ...fastSync },
      hub: {
        terminals: [
          { name: 'kiosk-a', role: 'kiosk-station', token: tokens.a },
          { name: 'kiosk-b', role: 'kiosk-station', token: tokens.b },
        ],
      },
    }),
    dataDir: null,
    port: 0,
    host: '127.0.0.1',
    rendererDir: '/nonexistent',
  });
  a = await startTerminal(hub.url, tokens.a, null, withReader);
  b = await startTerminal(hub.url, tokens.b, null, withReader);
});
afterAll(async () => {
  await a.close();
  await b.close();
  await hub.close();
  await platform.close();
});

describe('registrations travel up; returning workers are recognised across the hall', () => {
  it('sends worker.registered with the registration, never the clear ID number', async () => {
    const first = await register(a, 0);
    expect(first.returning).toBe(false);
    await waitFor(() => platform.state.events.size === 1, 10_000, 'the registration to reach the platform');
    const { event } = [...platform.state.events.values()][0]!;
    expect(event.type).toBe('worker.registered');
    expect(event.payload).toMatchObject({
      workerId: first.workerId,
      maskedIdNumber: expect.stringMatching(/^\d{6}\*+\d{3}[\dX]$/),
    });
    expect(JSON.stringify(event)).not.toMatch(CLEAR_ID_NUMBER);
  });

  it('a second kiosk asks the hub and welcomes the same person back under the same worker id', async () => {
    const firstId = a.context.store.read((db) => db.get<{ id: string }>('SELECT id FROM workers'))!.id;
    const again = await register(b, 0);
    expect(again).toMatchObject({ returning: true, workerId: firstId });
    // Recognised, not registered again: the hub hears of the return (under the hall's id), and the
    // platform, which has the person, hears nothing new.
    await waitFor(() => b.context.sync.status().push.delivered === 1, 10_000, 'the return to reach the hub');
    expect(b.context.sync.status().push.pending).toBe(0);
    expect(hub.runtime.context.sync.status().push.pending).toBe(0);
    expect(platform.state.events.size).toBe(1);
  });

  it('with the hub unreachable, registers locally within the lookup timeout', async () => {
    const offline = await startTerminal('http://127.0.0.1:9', tokens.a, null, withReader);
    const started = Date.now();
    const r = await register(offline, 1);
    expect(r.returning).toBe(false);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(offline.context.sync.status().push.pending).toBe(1);
    await offline.close();
  });

  it('quarantines what the platform rejects and shows it to staff with the reason', async () => {
    platform.state.rejectWhen = (e) =>
      e.type === 'worker.registered' ? '该身份证号已在其他驿站登记' : undefined;
    await register(a, 2);
    await waitFor(() => hub.runtime.context.sync.status().push.quarantined === 1, 10_000, 'the quarantine');
    const q = await hub.runtime.call(await signedInDesk(hub.runtime), 'sync.quarantine', {});
    expect(q.ok && q.value.items[0]).toMatchObject({
      type: 'worker.registered',
      reason: '该身份证号已在其他驿站登记',
      origin: 'kiosk-a',
    });
    expect(JSON.stringify(q.ok && q.value)).not.toMatch(/王|\d{17}/);
    expect((await hub.runtime.call(kiosk, 'sync.quarantine', {})).ok).toBe(false);
    platform.state.rejectWhen = () => undefined;
  });
});
