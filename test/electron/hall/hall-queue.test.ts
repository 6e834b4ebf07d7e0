import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalledTicket, HallCall, Ticket, WaitingTicket } from '../../../electron/api';
import type { CallContext } from '../../../electron/dispatcher';
import { startHub, type RunningHub } from '../../../electron/hub/start-hub';
import { parseConfig } from '../../../electron/runtime/config';
import { createRuntime, type Runtime } from '../../../electron/runtime/runtime';
import type { EventResult } from '../../../electron/runtime/sync/protocol';
import { hallSecret, signedInDesk, terminalConfig, waitFor } from '../runtime/sync/helpers';
import { forwarder, type Link } from './link';

/**
 * One queue for the hall: a ticket taken at a kiosk PC is in the hub desk's queue within 2 s, with
 * what the person agreed to share; numbers are unique across terminals, offline too (each kiosk PC
 * numbers in its own series, 3-B001); staff call it to a window and the big screen says so.
 */
const kiosk: CallContext = { role: 'kiosk', terminal: 'local-kiosk' };
const screen: CallContext = { role: 'screen', terminal: 'hall-tv' };
const reader = { readers: [{ driver: 'simulator' as const, id: 'r1', serves: 'kiosk' as const }] };
const tokens = { pc3: 'token-for-kiosk-pc-3-0123456789', pc4: 'token-for-kiosk-pc-4-0123456789' };

let hub: RunningHub;
let pc3: Runtime;
let pc4: Runtime;
/** kiosk-pc-4 reaches the hub through this: closing it cuts kiosk-pc-4 off. */
let link: Link;
let desk: CallContext;

async function ok<T>(rt: Runtime, caller: CallContext, method: string, input: unknown): Promise<T> {
  const r = await rt.call(caller, method as never, input as never);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

async function walkIn(rt: Runtime, identity: number): Promise<{ workerId: string; session: string }> {
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
  return ok(rt, kiosk, 'workers.registerFromCard', {
    token,
    consent: { registration: true, shareWithEmployers: true },
  });
}

const waiting = () => ok<WaitingTicket[]>(hub.runtime, desk, 'queue.waiting', {});
const hubTickets = () =>
  hub.runtime.context.store.read((db) => db.all<{ ticket: string }>('SELECT ticket FROM queue_tickets'));

beforeAll(async () => {
  hub = await startHub({
    config: parseConfig({
      ...reader,
      hallSecret,
      hub: {
        terminals: [
          { id: 'kiosk-pc-3', name: '3号自助机', role: 'kiosk-station', token: tokens.pc3 },
          { id: 'kiosk-pc-4', name: '4号自助机', role: 'kiosk-station', token: tokens.pc4 },
        ],
      },
    }),
    dataDir: null,
    port: 0,
    host: '127.0.0.1',
    rendererDir: '/nonexistent',
  });
  const pcConfig = { ...reader, kiosk: { endOnCardRemoval: false } };
  pc3 = await createRuntime(terminalConfig(hub.url, tokens.pc3, pcConfig, { ticketTag: '3' }), {
    dataDir: null,
  });
  link = await forwarder(hub.url);
  pc4 = await createRuntime(terminalConfig(link.url, tokens.pc4, pcConfig, { ticketTag: '4' }), {
    dataDir: null,
  });
  desk = await signedInDesk(hub.runtime);
  await pc3.context.sync.syncNow();
});
afterAll(async () => {
  await pc3?.close();
  await pc4?.close();
  await link?.close();
  await hub?.close();
});

describe('one queue for the hall', () => {
  let her: { workerId: string; session: string };

  it('puts a kiosk PC’s ticket in the hub desk’s queue as it is taken, with what she agreed to share', async () => {
    her = await walkIn(pc3, 5);
    const job = pc3.context.data.read((tx) => tx.jobs.all()).find((j) => j.status === 'open')!;
    const t = await ok<Ticket>(pc3, kiosk, 'queue.take', {
      service: 'jobs',
      context: { consent: true, session: her.session, viewedJobs: [job.id] },
    });
    expect(t.ticket).toBe('3-B001');
    // Pushed when taken, not at the next poll (an hour away here); how fast is test/bench/hall.bench.ts's.
    await waitFor(
      async () => (await waiting()).some((w) => w.ticket === '3-B001'),
      10_000,
      'the ticket at the hub',
    );
    const [w] = await waiting();
    expect(w).toMatchObject({
      ticket: '3-B001',
      service: 'jobs',
      workerId: her.workerId,
      viewedJobs: [{ id: job.id, title: job.title }],
    });
  });

  it('numbers each terminal in its own series, so the hub’s own B001 and a cut-off kiosk PC’s never clash', async () => {
    // The hub's own kiosk: the station's series.
    expect((await ok<Ticket>(hub.runtime, kiosk, 'queue.take', { service: 'jobs' })).ticket).toBe('B001');
    // Kiosk PC 4, cut off from the hub, still hands out numbers; they reach the hub on reconnect.
    await link.close();
    const offline = [];
    for (let i = 0; i < 3; i++)
      offline.push((await ok<Ticket>(pc4, kiosk, 'queue.take', { service: 'jobs' })).ticket);
    expect(offline).toEqual(['4-B001', '4-B002', '4-B003']);
    await pc4.context.sync.syncNow();
    expect((await waiting()).map((w) => w.ticket)).toEqual(['3-B001', 'B001']);
    await link.open();
    await pc4.context.sync.syncNow();
    await waitFor(async () => (await waiting()).length === 5, 5_000, 'the offline tickets at the hub');
    // First come, first served across the hall: in the order taken.
    expect((await waiting()).map((w) => w.ticket)).toEqual(['3-B001', 'B001', '4-B001', '4-B002', '4-B003']);
    // An anonymous ticket names nobody at the hub either.
    expect((await waiting()).find((w) => w.ticket === '4-B001')!.workerId).toBeNull();
  });

  it('calls a kiosk PC’s ticket to a window, and the big screen says which', async () => {
    const called = await ok<CalledTicket>(hub.runtime, desk, 'queue.callNext', { window: '2' });
    expect([called.ticket, called.window, called.workerId]).toEqual(['3-B001', '2', her.workerId]);
    const calls = await ok<HallCall[]>(hub.runtime, screen, 'screen.calls', { limit: 8 });
    expect(calls[0]).toMatchObject({ kind: 'queue', label: '3-B001', place: '2' });
    // The hall's screen gets a number and a window, nothing about her.
    expect(JSON.stringify(calls)).not.toContain(her.workerId);
  });

  it('refuses, with the reason, a ticket about a person the sender never served, a label another terminal holds, or a malformed one', async () => {
    const before = hubTickets();
    const day = hub.runtime.context.clock.today();
    const at = new Date().toISOString();
    const ticket = (payload: Record<string, unknown>) => ({
      id: `ev-${randomUUID()}`,
      type: 'ticket.taken',
      at,
      payload: {
        ticket: '4-B009',
        service: 'jobs',
        series: '4',
        number: 9,
        day,
        takenAt: at,
        workerId: null,
        context: null,
        ...payload,
      },
    });
    const res = await fetch(`${hub.url}/v1/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.pc4}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        events: [
          ticket({ workerId: her.workerId }),
          ticket({ ticket: '3-B001', series: '3', number: 1 }),
          ticket({ ticket: 'B001; DROP TABLE queue_tickets' }),
          ticket({ context: { viewedJobs: [], note: '', phone: '13900000000' } }),
        ],
      }),
    });
    expect(res.status).toBe(200);
    const results = ((await res.json()) as { results: EventResult[] }).results;
    expect(results.map((r) => [r.status, r.reason])).toEqual([
      ['rejected', `kiosk-pc-4 has not registered or seen worker ${her.workerId}`],
      ['rejected', expect.stringContaining('ticket 3-B001 was already taken')],
      ['rejected', expect.stringContaining('invalid ticket.taken payload')],
      ['rejected', expect.stringContaining('invalid ticket.taken payload')],
    ]);
    expect(hubTickets()).toEqual(before);
  });
});
