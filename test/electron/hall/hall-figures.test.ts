import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report, TodayStats } from '../../../electron/api';
import type { CallContext } from '../../../electron/dispatcher';
import { startHub, type RunningHub } from '../../../electron/hub/start-hub';
import { parseConfig } from '../../../electron/runtime/config';
import type { Runtime } from '../../../electron/runtime/runtime';
import { hallSecret, signedInDesk, startTerminal, waitFor } from '../runtime/sync/helpers';

/**
 * One set of figures for the hall: people registered at kiosk PCs and at the hub, their returns at
 * the kiosk PC that registered them or another one, and their 报名, counted once each at the hub;
 * the big screen's figures equal the desk's report for the same day.
 */
const kiosk: CallContext = { role: 'kiosk', terminal: 'local-kiosk' };
const screen: CallContext = { role: 'screen', terminal: 'hall-tv' };
const reader = { readers: [{ driver: 'simulator' as const, id: 'r1', serves: 'kiosk' as const }] };
const tokens = { a: 'token-for-kiosk-pc-a-0123456789', b: 'token-for-kiosk-pc-b-0123456789' };

let hub: RunningHub;
let pcA: Runtime;
let pcB: Runtime;
let desk: CallContext;

async function ok<T>(rt: Runtime, caller: CallContext, method: string, input: unknown): Promise<T> {
  const r = await rt.call(caller, method as never, input as never);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

/** Her card on a kiosk: registered there (with consent) unless that kiosk or the hall knows her. */
async function cardAt(rt: Runtime, identity: number): Promise<{ workerId: string; session?: string }> {
  await ok(rt, kiosk, 'simulator.placeCard', { identity });
  let token: string | undefined;
  await waitFor(
    async () => {
      const r = await rt.call(kiosk, 'card.current', {});
      token = r.ok ? r.value?.token : undefined;
      return token !== undefined;
    },
    5_000,
    'the card',
  );
  const reg = await ok<{ workerId: string; session?: string }>(rt, kiosk, 'workers.registerFromCard', {
    token,
    consent: { registration: true, shareWithEmployers: true },
  });
  await ok(rt, kiosk, 'simulator.removeCard', {});
  return reg;
}

const figures = async () => {
  const report = await ok<Report>(hub.runtime, desk, 'reports.summary', { period: 'today' });
  return Object.fromEntries(report.figures.map((f) => [f.key, f.value]));
};
const settled = (rt: Runtime) => rt.context.data.read((tx) => tx.outbox.counts().pending === 0);

beforeAll(async () => {
  hub = await startHub({
    config: parseConfig({
      ...reader,
      hallSecret,
      hub: {
        terminals: [
          { id: 'kiosk-pc-a', name: '1号自助机', role: 'kiosk-station', token: tokens.a },
          { id: 'kiosk-pc-b', name: '2号自助机', role: 'kiosk-station', token: tokens.b },
        ],
      },
    }),
    dataDir: null,
    port: 0,
    host: '127.0.0.1',
    rendererDir: '/nonexistent',
  });
  const pc = { ...reader, kiosk: { endOnCardRemoval: false } };
  pcA = await startTerminal(hub.url, tokens.a, null, pc);
  pcB = await startTerminal(hub.url, tokens.b, null, pc);
  desk = await signedInDesk(hub.runtime);
  await pcA.context.sync.syncNow();
});
afterAll(async () => {
  await pcA?.close();
  await pcB?.close();
  await hub?.close();
});

describe('one set of figures for the hall', () => {
  it('counts each registration, return and 报名 once across the terminals, and the big screen agrees with the report', async () => {
    const one = await cardAt(pcA, 1); // registered at kiosk PC A
    await cardAt(pcA, 2); // registered at kiosk PC A
    await cardAt(hub.runtime, 3); // registered at the hub's own kiosk
    const back = await cardAt(pcA, 1); // back at kiosk PC A, which knows her
    expect(back.workerId).toBe(one.workerId);
    await cardAt(pcB, 2); // at kiosk PC B, which asks the hall
    const job = pcA.context.data.read((tx) => tx.jobs.all()).find((j) => j.status === 'open')!;
    await ok(pcA, kiosk, 'kiosk.apply', { session: back.session, jobId: job.id });
    for (const rt of [pcA, pcB]) await rt.context.sync.syncNow();
    await waitFor(() => settled(pcA) && settled(pcB), 10_000, 'both kiosk PCs delivered');

    // Both returns are in the hall's record, each from its terminal (A knew her, B asked the hall)...
    const returns = hub.runtime.context.store.read((db) =>
      db.all<{ worker_id: string; terminal: string }>(
        "SELECT worker_id, terminal FROM visits WHERE kind = 'returned' ORDER BY terminal",
      ),
    );
    expect(returns.map((v) => v.terminal)).toEqual(['kiosk-pc-a', 'kiosk-pc-b']);
    expect(returns[0]!.worker_id).toBe(one.workerId);
    // ...and, made on the day they registered, count as no 再次来访 (the report's definition).
    const report = await figures();
    expect([report.registrations, report.returningVisits, report.referrals]).toEqual([3, 0, 1]);
    const stats = await ok<TodayStats>(hub.runtime, screen, 'stats.today', {});
    expect([stats.registrations, stats.returningVisits, stats.placements, stats.completions1131]).toEqual([
      report.registrations,
      report.returningVisits,
      report.placements,
      report.complete1131,
    ]);
  });

  it('refuses a return about a person the sender never served, changing no figure', async () => {
    const before = await figures();
    const at = new Date().toISOString();
    const someone = hub.runtime.context.store.read((db) =>
      db.get<{ id: string }>('SELECT id FROM workers LIMIT 1'),
    );
    const res = await fetch(`${hub.url}/v1/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.b}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        events: [
          {
            id: `ev-visit-unknown-1`,
            type: 'worker.visited',
            at,
            payload: { workerId: 'no-such-worker', at },
          },
          {
            id: `ev-visit-extra-1`,
            type: 'worker.visited',
            at,
            payload: { workerId: someone!.id, at, name: 'x' },
          },
        ],
      }),
    });
    const { results } = (await res.json()) as { results: { status: string; reason?: string }[] };
    expect(results.map((r) => [r.status, r.reason])).toEqual([
      ['rejected', 'worker no-such-worker is not known at the hub'],
      ['rejected', expect.stringContaining('invalid worker.visited payload')],
    ]);
    expect(await figures()).toEqual(before);
  });
});
