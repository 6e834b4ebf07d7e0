import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardPresented, Role } from '../../../electron/api';
import { startHub, type RunningHub } from '../../../electron/hub/start-hub';
import { parseConfig } from '../../../electron/runtime/config';
import { syntheticFields } from '../../../drivers/simulator/identities';
import { browserFetch } from './browser-fetch';
import { collectEvents } from './sse-client';
import { CLEAR_ID_NUMBER } from '../../support/id-number-pattern';

let hub: RunningHub;
const token = (role: Role) => hub.terminals.byRole(role)!.token;
/** One browser per terminal, as in the hall. */
const browsers = new Map<Role | null, typeof fetch>();
const browserOf = (role: Role | null) => browsers.get(role) ?? browsers.set(role, browserFetch()).get(role)!;

async function call(role: Role | null, method: string, body: unknown, raw?: string) {
  const res = await browserOf(role)(`${hub.url}/api/${method}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(role ? { authorization: `Bearer ${token(role)}` } : {}),
    },
    body: raw ?? JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { ok: boolean; value?: any; error?: any } };
}

beforeAll(async () => {
  hub = await startHub({ config: parseConfig({}), dataDir: null, port: 0, rendererDir: '/nonexistent' });
  // Desk methods need a staff member signed in on the terminal: the demo station's account.
  expect((await call('desk', 'staff.signIn', { username: 'demo', pin: '000000' })).body.ok).toBe(true);
});
afterAll(() => hub.close());

describe('hub transport', () => {
  it('answers health checks', async () => {
    const res = await fetch(`${hub.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true });
  });

  it('refuses calls without a terminal token', async () => {
    const r = await call(null, 'jobs.list', {});
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('unauthenticated');
  });

  it('refuses a desk method to a kiosk and a booth', async () => {
    for (const role of ['kiosk', 'booth', 'screen'] as const) {
      const r = await call(role, 'workers.list', {});
      expect(r.status).toBe(403);
      expect(r.body).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('names an unknown method', async () => {
    const r = await call('desk', 'workers.dropAll', {});
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('unknown_method');
  });

  it('rejects malformed JSON and wrong fields with a clear error', async () => {
    const bad = await call('desk', 'jobs.list', null, '{"limit": ');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_input');
    const wrong = await call('desk', 'jobs.list', { limit: 'many' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.issues[0].path).toBe('limit');
    const extra = await call('desk', 'jobs.list', { dropTables: true });
    expect(extra.body.error.code).toBe('invalid_input');
  });

  it('rejects an oversized body and keeps serving', async () => {
    const r = await call('desk', 'jobs.list', { q: 'x'.repeat(200_000) });
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('too_large');
    expect((await call('desk', 'jobs.list', {})).status).toBe(200);
  });

  it('lists the embedded job feed', async () => {
    const r = await call('screen', 'jobs.list', { limit: 5 });
    expect(r.body.ok).toBe(true);
    expect(r.body.value.total).toBeGreaterThanOrEqual(300);
    expect(r.body.value.items).toHaveLength(5);
  });

  it('registers a walk-in from a card: kiosk sees a masked name, desk sees the worker live', async () => {
    const kioskEvents = collectEvents(`${hub.url}/api/events?token=${token('kiosk')}`);
    const deskEvents = collectEvents(`${hub.url}/api/events?token=${token('desk')}`);
    const screenEvents = collectEvents(`${hub.url}/api/events?token=${token('screen')}`);
    await Promise.all([kioskEvents.ready, deskEvents.ready, screenEvents.ready]);

    expect((await call('kiosk', 'simulator.placeCard', { identity: 0 })).body.ok).toBe(true);
    const card = (await kioskEvents.next('card.read')) as CardPresented;
    expect(card).toMatchObject({ maskedName: '王**', valid: true, returning: false });
    // Nothing the kiosk receives holds the ID number (the card's handle is random, not the person).
    const { token: _handle, ...shown } = card;
    expect(JSON.stringify(shown)).not.toMatch(CLEAR_ID_NUMBER);
    expect(JSON.stringify(card)).not.toContain(syntheticFields[0]!.idNumber);

    const reg = await call('kiosk', 'workers.registerFromCard', {
      token: card.token,
      consent: { registration: true, shareWithEmployers: false },
    });
    expect(reg.body.value).toMatchObject({ maskedName: '王**', returning: false });
    expect(await deskEvents.next('workers.changed')).toEqual({ total: 1 });
    expect(await screenEvents.next('stats.changed')).toMatchObject({ registrations: 1 });

    const list = await call('desk', 'workers.list', {});
    expect(list.body.value.items[0].name).toBe('王秀兰');
    expect(list.body.value.items[0].maskedIdNumber).toMatch(/^220104\*{8}\d{3}[\dX]$/);

    // Card events go to the terminal the reader serves, never to the hall's screen.
    expect(screenEvents.seen('card.read')).toBe(false);
    kioskEvents.close();
    deskEvents.close();
    screenEvents.close();
  });

  it('recognises the same card as a returning worker', async () => {
    const kioskEvents = collectEvents(`${hub.url}/api/events?token=${token('kiosk')}`);
    await kioskEvents.ready;
    await call('kiosk', 'simulator.placeCard', { identity: 0 });
    const card = (await kioskEvents.next('card.read')) as CardPresented;
    expect(card.returning).toBe(true);
    const reg = await call('kiosk', 'workers.registerFromCard', {
      token: card.token,
      consent: { registration: true, shareWithEmployers: false },
    });
    expect(reg.body.value.returning).toBe(true);
    expect((await call('desk', 'workers.list', {})).body.value.total).toBe(1);
    kioskEvents.close();
  });

  it('refuses a registration with a stale card token and changes nothing', async () => {
    const r = await call('kiosk', 'workers.registerFromCard', {
      token: 'not-a-card',
      consent: { registration: true, shareWithEmployers: false },
    });
    expect(r.body.error.code).toBe('not_found');
    expect((await call('desk', 'workers.list', {})).body.value.total).toBe(1);
  });

  it('sends security headers', async () => {
    const res = await fetch(`${hub.url}/healthz`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('answers 400 to a token given twice, and keeps serving', async () => {
    const t = encodeURIComponent(token('screen'));
    const res = await fetch(`${hub.url}/api/events?token=${t}&token=${t}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error).toMatchObject({ code: 'invalid_input' });
    expect((await fetch(`${hub.url}/healthz`)).status).toBe(200);
  });

  it('ties a staff session to the browser it was started in, not to the token alone', async () => {
    // The desk's token copied into another browser is not signed in there.
    const other = await fetch(`${hub.url}/api/workers.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token('desk')}` },
      body: '{}',
    });
    expect(other.status).toBe(401);
    expect((await call('desk', 'workers.list', {})).status).toBe(200);
  });

  it('counts only failed sign-ins towards the terminal’s limit', async () => {
    for (let i = 0; i < 25; i++)
      expect((await call('desk', 'staff.signIn', { username: 'demo', pin: '000000' })).status).toBe(200);
    expect((await call('desk', 'staff.signIn', { username: 'demo', pin: '999999' })).status).toBe(401);
  });

  // Last: it spends this terminal's sign-in attempts.
  it('stops one terminal guessing PINs across many accounts', async () => {
    const answers: number[] = [];
    for (let i = 0; i < 22; i++)
      answers.push((await call('desk', 'staff.signIn', { username: `guess${i}`, pin: '123456' })).status);
    // Each wrong account is refused on its own merits until the terminal's budget of 20 failures is
    // spent (the wrong demo PIN before this test was the first).
    expect(answers.indexOf(429)).toBe(19);
    expect(answers.slice(19).every((s) => s === 429)).toBe(true);
    const refused = await call('desk', 'staff.signIn', { username: 'demo', pin: '000000' });
    expect(refused.status).toBe(429);
    expect(refused.body.error.message).toMatch(/五分钟/);
    // Everything else this terminal does still works.
    expect((await call('desk', 'jobs.list', {})).status).toBe(200);
  });
});
