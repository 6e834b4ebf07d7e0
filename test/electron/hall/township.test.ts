import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report, WaitingTicket } from '../../../electron/api';
import type { CallContext } from '../../../electron/dispatcher';
import { startHub, type RunningHub } from '../../../electron/hub/start-hub';
import { parseConfig } from '../../../electron/runtime/config';
import { createRuntime, type Runtime } from '../../../electron/runtime/runtime';
import type { Job } from '../../../electron/schema/job';
import { syntheticCards } from '../../../drivers/simulator/identities';
import { hallSecret, signedInDesk, terminalConfig, waitFor } from '../runtime/sync/helpers';
import { forwarder, type Link, type LineFaults } from './link';

/**
 * A township kiosk on a slow, intermittent line to the hall's hub: cut off, it keeps registering
 * people, taking their 报名 and handing out tickets; on reconnect over a line that delays every
 * chunk and loses answers, every event arrives once, in order per person (an application after
 * its registration, or the hub would refuse it), and the hub's figures equal what was done.
 */
const PEOPLE = Number(process.env.TOWNSHIP_PEOPLE ?? 500);
const kiosk: CallContext = { role: 'kiosk', terminal: 'local-kiosk' };
const reader = { readers: [{ driver: 'simulator' as const, id: 'r1', serves: 'kiosk' as const }] };
const token = 'token-for-the-township-kiosk-0123';

let hub: RunningHub;
let town: Runtime;
let link: Link & { faults: LineFaults };
let desk: CallContext;
let jobs: Job[];

async function ok<T>(rt: Runtime, caller: CallContext, method: string, input: unknown): Promise<T> {
  const r = await rt.call(caller, method as never, input as never);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

async function walkIn(identity: number): Promise<{ workerId: string; session: string }> {
  await ok(town, kiosk, 'simulator.placeCard', { identity });
  let card: string | undefined;
  await waitFor(
    async () => {
      const r = await town.call(kiosk, 'card.current', {});
      card = r.ok ? r.value?.token : undefined;
      return card !== undefined;
    },
    5_000,
    'the card',
  );
  return ok(town, kiosk, 'workers.registerFromCard', {
    token: card,
    consent: { registration: true, shareWithEmployers: true },
  });
}

const hubCount = (sql: string) => hub.runtime.context.store.read((db) => db.get<{ n: number }>(sql)!.n);

beforeAll(async () => {
  hub = await startHub({
    config: parseConfig({
      readers: [],
      hallSecret,
      hub: { terminals: [{ id: 'township-1', name: '东风镇自助机', role: 'kiosk-station', token }] },
    }),
    dataDir: null,
    port: 0,
    host: '127.0.0.1',
    rendererDir: '/nonexistent',
  });
  desk = await signedInDesk(hub.runtime);
  link = await forwarder(hub.url);
  town = await createRuntime(
    terminalConfig(
      link.url,
      token,
      { ...reader, kiosk: { endOnCardRemoval: false } },
      { ticketTag: 'T1', batchSize: 50 },
    ),
    { dataDir: null },
  );
  await town.context.sync.syncNow();
  jobs = town.context.data
    .read((tx) => tx.jobs.all())
    .filter((j) => j.status === 'open')
    .slice(0, 5);
  expect(jobs.length).toBe(5);
}, 60_000);
afterAll(async () => {
  await town?.close();
  await link?.close();
  await hub?.close();
});

describe('a township kiosk behind a slow, intermittent line', () => {
  it(`registers ${PEOPLE} people cut off, and on reconnect the hub has each event once, in order`, async () => {
    await link.close();
    for (let i = 0; i < PEOPLE; i++) {
      const her = await walkIn(syntheticCards.length + i);
      await ok(town, kiosk, 'kiosk.apply', { session: her.session, jobId: jobs[i % jobs.length]!.id });
      await ok(town, kiosk, 'queue.take', {
        service: 'jobs',
        context: { consent: true, session: her.session },
      });
      await ok(town, kiosk, 'simulator.removeCard', {});
    }
    const backlog = town.context.data.read((tx) => tx.outbox.counts());
    expect(backlog.pending).toBeGreaterThanOrEqual(PEOPLE * 3);
    await town.context.sync.syncNow();
    expect(hubCount('SELECT count(*) AS n FROM workers')).toBe(0);

    // Back, over a line that delays every chunk and loses every third answer.
    link.faults.latencyMs = 20;
    link.faults.loseEveryNthAnswer = 3;
    await link.open();
    await waitFor(
      async () => (await town.context.sync.syncNow()).push.pending === 0,
      240_000,
      'the backlog delivered',
    );
    expect(town.context.data.read((tx) => tx.outbox.counts())).toMatchObject({
      pending: 0,
      quarantined: 0,
      done: backlog.pending,
    });
    // Each once: a person, a referral and a ticket per walk-in; no event refused (none out of order).
    expect(hubCount('SELECT count(*) AS n FROM workers')).toBe(PEOPLE);
    expect(hubCount("SELECT count(*) AS n FROM outbox WHERE origin = 'township-1'")).toBe(backlog.pending);
    expect(hubCount("SELECT count(*) AS n FROM audit WHERE action = 'sync.event_rejected'")).toBe(0);
    const report = await ok<Report>(hub.runtime, desk, 'reports.summary', { period: 'today' });
    const figure = (key: string) => report.figures.find((f) => f.key === key)?.value;
    expect([figure('registrations'), figure('referrals')]).toEqual([PEOPLE, PEOPLE]);
    const waiting = await ok<WaitingTicket[]>(hub.runtime, desk, 'queue.waiting', {});
    expect(waiting.filter((w) => w.ticket.startsWith('T1-'))).toHaveLength(PEOPLE);
  }, 600_000);
});
