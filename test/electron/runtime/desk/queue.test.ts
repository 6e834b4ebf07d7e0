import { afterEach, describe, expect, it } from 'vitest';
import type { Emitted } from '../../../../electron/runtime/event-bus';
import type { Runtime } from '../../../../electron/runtime/runtime';
import { desk1, ok, registerByHand, signInDemo, testStation } from './helpers';

let rt: Runtime | undefined;
afterEach(async () => {
  await rt?.close();
  rt = undefined;
});

const kiosk = { role: 'kiosk' as const, terminal: 'local-kiosk' };

describe('the queue', () => {
  it('numbers tickets per service letter, restarts each day, and calls in order', async () => {
    const s = await testStation();
    rt = s.runtime;
    await signInDemo(rt);
    const seen: Emitted[] = [];
    rt.bus.subscribe((e) => seen.push(e));
    const { workerId } = await registerByHand(rt, '何平');
    const job = (await ok(rt, kiosk, 'jobs.list', { limit: 1 })).items[0]!;

    // The desk may name the worker a ticket is for; a kiosk names its person only by its session.
    expect(
      await ok(rt, desk1, 'queue.take', {
        service: 'jobs',
        context: { consent: true, workerId, viewedJobs: [job.id] },
      }),
    ).toMatchObject({ ticket: 'B001', ahead: 0 });
    s.advance(1000);
    expect(await ok(rt, kiosk, 'queue.take', { service: 'register' })).toMatchObject({
      ticket: 'A001',
      ahead: 1,
    });
    s.advance(1000);
    expect(await ok(rt, kiosk, 'queue.take', { service: 'jobs' })).toMatchObject({
      ticket: 'B002',
      ahead: 2,
    });

    const first = await ok(rt, desk1, 'queue.callNext', { window: '2' });
    expect(first).toMatchObject({
      ticket: 'B001',
      workerId,
      viewedJobs: [{ id: job.id, title: job.title }],
      window: '2',
    });
    const second = await ok(rt, desk1, 'queue.callNext', { window: '2', service: 'register' });
    expect(second).toMatchObject({ ticket: 'A001', workerId: null, viewedJobs: [] });
    expect((await ok(rt, desk1, 'queue.waiting', {})).map((t) => t.ticket)).toEqual(['B002']);

    const called = seen.filter((e) => e.event === 'queue.called');
    // The hall hears a number and a window, never who.
    expect(called.map((e) => e.payload)).toEqual([
      { ticket: 'B001', window: '2' },
      { ticket: 'A001', window: '2' },
    ]);

    s.advance(86_400_000);
    await signInDemo(rt);
    expect(await ok(rt, kiosk, 'queue.take', { service: 'jobs' })).toMatchObject({
      ticket: 'B001',
      ahead: 0,
    });
    expect((await ok(rt, desk1, 'queue.waiting', {})).map((t) => t.ticket)).toEqual(['B001']);
    expect(await ok(rt, desk1, 'queue.callNext', { window: '1', service: 'policy' })).toBeNull();
  });

  it('keeps no context without consent', async () => {
    const s = await testStation();
    rt = s.runtime;
    await signInDemo(rt);
    const r = await rt.call(kiosk, 'queue.take', {
      service: 'jobs',
      context: { consent: false as true, viewedJobs: ['x'] },
    });
    expect(r.ok).toBe(false);
    await ok(rt, kiosk, 'queue.take', { service: 'policy' });
    const stored = rt.context.store.read((db) =>
      db.all<{ context: string | null }>('SELECT context FROM queue_tickets'),
    );
    expect(stored).toEqual([{ context: null }]);
  });

  it("names the kiosk's person by its session, and only that kiosk's live session", async () => {
    const s = await testStation();
    rt = s.runtime;
    await signInDemo(rt);
    await ok(rt, kiosk, 'simulator.placeCard', { identity: 2 });
    let card = await ok(rt, kiosk, 'card.current', {});
    while (!card) {
      await new Promise((r) => setTimeout(r, 20));
      card = await ok(rt, kiosk, 'card.current', {});
    }
    const reg = await ok(rt, kiosk, 'workers.registerFromCard', {
      token: card.token,
      consent: { registration: true, shareWithEmployers: false },
    });
    const job = (await ok(rt, kiosk, 'jobs.list', { limit: 1 })).items[0]!;
    await ok(rt, kiosk, 'queue.take', {
      service: 'jobs',
      context: { consent: true, session: reg.session!, viewedJobs: [job.id] },
    });
    // Another kiosk cannot borrow the session: its ticket stays anonymous.
    await ok(rt, { role: 'kiosk', terminal: 'kiosk-2' }, 'queue.take', {
      service: 'jobs',
      context: { consent: true, session: reg.session!, viewedJobs: [] },
    });
    const first = await ok(rt, desk1, 'queue.callNext', { window: '3' });
    expect(first).toMatchObject({ ticket: 'B001', workerId: reg.workerId, viewedJobs: [{ id: job.id }] });
    expect(await ok(rt, desk1, 'queue.callNext', { window: '3' })).toMatchObject({
      ticket: 'B002',
      workerId: null,
    });
  });
});
