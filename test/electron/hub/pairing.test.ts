import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../electron/api';
import { startHub, type RunningHub } from '../../../electron/hub/start-hub';
import { parseConfig } from '../../../electron/runtime/config';
import { pairingRequestsOf } from '../../../electron/runtime/terminals/requests';
import { DeskBrowser, pairDevice, postFrom, type Answer } from './pair-helpers';
import { collectEvents } from './sse-client';

/**
 * Pairing as the hall does it: a new device shows a code, a signed-in staff member types it at the
 * desk. Nothing a stranger sends without a token can decide a pairing, so a flood can neither guess
 * a code nor lock anyone out; it can only make requests, which are few per address and expire.
 *
 * The odds of a stranger pairing: only by holding the secret of an approved request (256 bits, so
 * 2^-256 a guess, and a guess decides nothing before staff approve) or by staff typing a code that
 * lands on one of the stranger's waiting requests instead of the device's: at most 4,096 waiting
 * codes of 32^8 = 2^40, so at most 1 in 268 million per mistyped code, and a staff session stops
 * after ten wrong codes.
 */
let hub: RunningHub;
let desk: DeskBrowser;
let clockShift = 0;

const tokenOf = (role: Role) => hub.terminals.byRole(role)!.token;
const asToken = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
const post = (path: string, body: unknown, options: Parameters<typeof postFrom>[3] = {}) =>
  postFrom(hub.url, path, body, options);
/** Address number i of the flood, all of them loopback: 127.0.1.1, 127.0.1.2, … */
const stranger = (i: number) => `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`;
const CODE = /^[0-9A-HJKMNP-TV-Z]{8}$/;
/** A code in the right shape that no device was shown (with odds 2^-40 per pending request). */
const someCode = () => Array.from(randomBytes(8), (b) => '0123456789ABCDEFGHJKMNPQRSTVWXYZ'[b & 31]).join('');

beforeAll(async () => {
  hub = await startHub({
    config: parseConfig({}),
    dataDir: null,
    port: 0,
    rendererDir: '/nonexistent',
    now: () => new Date(Date.now() + clockShift),
  });
  // Pairing is a staff action: someone is signed in at the hub's own desk page.
  desk = new DeskBrowser(hub.url, tokenOf('desk'));
  await desk.signIn();
});
afterAll(() => hub.close());

/** Runs `jobs` with at most `width` in flight. */
async function inFlight<T>(jobs: (() => Promise<T>)[], width: number): Promise<T[]> {
  const out: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < jobs.length) {
        const i = next++;
        out[i] = await jobs[i]!();
      }
    }),
  );
  return out;
}

describe('pairing a device with the code it shows', () => {
  it('pairs the device staff typed in while 1,030 strangers flood requests, junk and wrong codes', async () => {
    // The device asks first and shows its code; its secret never leaves it.
    const device = await post('/pair/request', {}, { from: '127.0.0.2' });
    expect(device.status).toBe(200);
    expect(device.body.value.code).toMatch(CODE);
    expect(device.body.value.secret.length).toBeGreaterThanOrEqual(43);

    // Each stranger asks four times, all an address may hold: 4,120 requests, more than the 4,096 the
    // hub holds in all, so it drops some, always the oldest of the busiest address. Every tenth asks a
    // fifth time (dropping its own first) and polls with a made-up secret; some send junk or try the
    // old route where a code typed on the device decided the pairing.
    const flood: (() => Promise<Answer>)[] = [];
    for (let i = 0; i < 1030; i++) {
      const from = stranger(i);
      for (let n = 0; n < (i % 10 === 0 ? 5 : 4); n++) flood.push(() => post('/pair/request', {}, { from }));
      if (i % 10 === 0)
        flood.push(() => post('/pair/status', { secret: randomBytes(32).toString('base64url') }, { from }));
      if (i % 50 === 0) {
        flood.push(() => post('/pair/status', '{"secret": [1,2', { from }));
        flood.push(() => post('/pair', { code: '123456' }, { from }));
      }
    }
    const flooding = inFlight(flood, 24);
    // Staff mistype while the flood runs: each is the staff member's own error, nobody else's.
    for (let i = 0; i < 3; i++) {
      const wrong = await desk.call('terminals.approve', { code: someCode(), role: 'booth', booth: 3 });
      expect(wrong.body.error).toMatchObject({ code: 'not_found', message: expect.stringContaining('设备') });
    }
    const answers = await flooding;
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    expect(answers.filter((a) => a.status === 429)).toEqual([]);
    const made = answers.filter((a) => a.body?.value?.code);
    expect(made.length).toBe(1030 * 4 + 103);
    expect(pairingRequestsOf(hub.runtime.context).size).toBe(4096);
    // The stranger's first request was dropped for their fifth.
    const firstSecret = made[0]!.body.value.secret as string;
    expect((await post('/pair/status', { secret: firstSecret }, { from: stranger(0) })).status).toBe(404);
    // The made-up secrets got nothing but "unknown".
    expect(answers.filter((a) => a.body?.value?.state === 'paired')).toEqual([]);
    // The old route, where a code decided the pairing, is gone.
    expect(answers.filter((a) => a.status === 200 && a.body?.value?.token)).toEqual([]);

    // The device is still waiting with the code it showed, and staff pair it.
    const waiting = await post('/pair/status', { secret: device.body.value.secret }, { from: '127.0.0.2' });
    expect(waiting.body.value).toMatchObject({ state: 'waiting' });
    expect(waiting.body.value.token).toBeUndefined();
    const approved = await desk.call('terminals.approve', {
      code: device.body.value.code.toLowerCase().replace(/(....)/, '$1 '),
      role: 'booth',
      booth: 3,
      name: '3号摊位平板',
    });
    expect(approved.body.value).toMatchObject({ role: 'booth', booth: 3, name: '3号摊位平板' });
    const paired = await post('/pair/status', { secret: device.body.value.secret }, { from: '127.0.0.2' });
    expect(paired.body.value).toMatchObject({
      state: 'paired',
      terminal: { id: approved.body.value.id, role: 'booth', booth: 3, name: '3号摊位平板' },
    });
    const token = paired.body.value.token as string;
    expect(token).toMatch(/^[\w-]{43}$/);
    expect((await post('/api/booth.session', {}, asToken(token))).body.value).toMatchObject({ booth: 3 });
    expect((await post('/api/workers.list', {}, asToken(token))).body.error.code).toBe('forbidden');

    // A device that arrives now, with the hub full of strangers' requests, still gets a code and is paired.
    const late = await pairDevice(hub.url, desk, { role: 'screen' }, '127.0.0.3');
    expect((await post('/api/station.info', {}, asToken(late.token))).body.value).toMatchObject({
      role: 'screen',
      booth: null,
    });
  }, 90_000);

  it('gives an unapproved secret nothing, and delivers a token exactly once', async () => {
    const made = await post('/pair/request', {}, { from: '127.0.0.4' });
    const { code, secret } = made.body.value;
    const early = await post('/pair/status', { secret });
    expect(early.body.value).toEqual({ state: 'waiting', expiresAt: made.body.value.expiresAt });
    expect(
      (await post('/pair/status', { secret: randomBytes(32).toString('base64url') })).body.error,
    ).toMatchObject({ code: 'not_found' });
    expect((await desk.call('terminals.approve', { code, role: 'screen', booth: 4 })).body.ok).toBe(true);
    // Approving the same code twice pairs nothing twice.
    expect((await desk.call('terminals.approve', { code, role: 'desk' })).body.error.code).toBe('not_found');
    const [a, b] = await Promise.all([post('/pair/status', { secret }), post('/pair/status', { secret })]);
    const delivered = [a, b].filter((r) => r.body.value?.token);
    expect(delivered).toHaveLength(1);
    expect([a, b].map((r) => r.status).sort()).toEqual([200, 404]);
    expect((await post('/pair/status', { secret })).status).toBe(404);
    const list = (await desk.call('terminals.list', {})).body.value as { id: string; booth: number | null }[];
    expect(list.filter((t) => t.booth === 4)).toHaveLength(1);
  });

  it('lets an expired request and an approval nobody collected pair nothing', async () => {
    const stale = await post('/pair/request', {}, { from: '127.0.0.5' });
    const uncollected = await post('/pair/request', {}, { from: '127.0.0.6' });
    expect(
      (await desk.call('terminals.approve', { code: uncollected.body.value.code, role: 'booth', booth: 9 }))
        .body.ok,
    ).toBe(true);
    const before = (await desk.call('terminals.list', {})).body.value.length as number;
    clockShift += 5 * 60_000 + 1000;
    try {
      expect((await post('/pair/status', { secret: stale.body.value.secret })).status).toBe(404);
      expect(
        (await desk.call('terminals.approve', { code: stale.body.value.code, role: 'screen' })).body.error
          .code,
      ).toBe('not_found');
      expect((await post('/pair/status', { secret: uncollected.body.value.secret })).status).toBe(404);
      expect((await desk.call('terminals.list', {})).body.value).toHaveLength(before);
    } finally {
      clockShift -= 5 * 60_000 + 1000;
    }
  });

  it('needs a signed-in staff member, audits who approved, and a booth device needs its booth', async () => {
    const made = await post('/pair/request', {}, { from: '127.0.0.7' });
    const code = made.body.value.code as string;
    const notSignedIn = new DeskBrowser(hub.url, tokenOf('desk'));
    expect((await notSignedIn.call('terminals.approve', { code, role: 'screen' })).body.error.code).toBe(
      'unauthenticated',
    );
    const kiosk = await post('/api/terminals.approve', { code, role: 'screen' }, asToken(tokenOf('kiosk')));
    expect(kiosk.status).toBe(403);
    const noBooth = await desk.call('terminals.approve', { code, role: 'booth' });
    expect(noBooth.body.error.issues[0]).toMatchObject({
      path: 'booth',
      message: '招聘摊位的设备要填写摊位号',
    });
    const badCode = await desk.call('terminals.approve', { code: '12ab56', role: 'screen' });
    expect(badCode.body.error.issues[0]).toMatchObject({
      path: 'code',
      message: expect.stringContaining('8位'),
    });
    const badName = await desk.call('terminals.approve', { code, role: 'screen', name: '大屏\u202e' });
    expect(badName.body.error.issues[0].path).toBe('name');
    // None of that used the code up.
    const ok = await desk.call('terminals.approve', { code, role: 'booth', booth: 7 });
    expect(ok.body.ok).toBe(true);
    const audit = (await desk.call('audit.list', { action: 'terminals.approve' })).body;
    expect(audit.value.items[0]).toMatchObject({
      actorName: '演示管理员',
      subject: 'booth',
      detail: JSON.stringify({ id: ok.body.value.id, booth: 7 }),
    });
  });

  it('counts wrong codes per staff session: a session that mistypes too often is stopped, nobody else', async () => {
    const clumsy = new DeskBrowser(hub.url, tokenOf('desk'));
    await clumsy.signIn();
    const misses = (await desk.call('audit.list', { action: 'terminals.approve_unknown' })).body;
    const missedBefore = misses.value.total as number;
    const answers: Answer[] = [];
    for (let i = 0; i < 12; i++)
      answers.push(await clumsy.call('terminals.approve', { code: someCode(), role: 'screen' }));
    expect(answers.slice(0, 10).map((a) => a.body.error.code)).toEqual(Array(10).fill('not_found'));
    expect(answers[10]!.body.error).toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining('输错'),
    });
    const after = (await desk.call('audit.list', { action: 'terminals.approve_unknown' })).body;
    expect(after.value.total).toBe(missedBefore + 10);
    // Another staff session on another browser pairs as usual, and so does the device.
    const other = await pairDevice(hub.url, desk, { role: 'screen', name: '大厅电视' }, '127.0.0.8');
    expect(other.terminal.name).toBe('大厅电视');
  });

  it('renames a device: names are labels, two devices may share one, ids tell them apart', async () => {
    const a = await pairDevice(hub.url, desk, { role: 'booth', booth: 11, name: '平板' });
    const b = await pairDevice(hub.url, desk, { role: 'booth', booth: 12, name: '平板' });
    expect(a.terminal.id).not.toBe(b.terminal.id);
    const renamed = await desk.call('terminals.rename', { id: b.terminal.id, name: ' 12号摊位平板 ' });
    expect(renamed.body.value).toMatchObject({ id: b.terminal.id, name: '12号摊位平板', booth: 12 });
    // The device keeps working under its new name; the other keeps its own.
    expect((await post('/api/booth.session', {}, asToken(b.token))).body.value).toMatchObject({ booth: 12 });
    const list = (await desk.call('terminals.list', {})).body.value as { id: string; name: string }[];
    expect(list.find((t) => t.id === a.terminal.id)!.name).toBe('平板');
    expect(list.find((t) => t.id === b.terminal.id)!.name).toBe('12号摊位平板');
    const audit = (await desk.call('audit.list', { action: 'terminals.rename' })).body;
    expect(audit.value.items[0]).toMatchObject({ actorName: '演示管理员', subject: b.terminal.id });

    expect(
      (await desk.call('terminals.rename', { id: b.terminal.id, name: '\u202e板平' })).body.error.code,
    ).toBe('invalid_input');
    expect((await desk.call('terminals.rename', { id: b.terminal.id, name: '  ' })).body.error.code).toBe(
      'invalid_input',
    );
    const unknown = await desk.call('terminals.rename', {
      id: '00000000-0000-4000-8000-000000000000',
      name: 'x',
    });
    expect(unknown.body.error).toMatchObject({ code: 'not_found', message: '没有这台设备' });
    const stranger = new DeskBrowser(hub.url, tokenOf('desk'));
    expect((await stranger.call('terminals.rename', { id: a.terminal.id, name: 'x' })).body.error.code).toBe(
      'unauthenticated',
    );
    const still = (await desk.call('terminals.list', {})).body.value as { id: string; name: string }[];
    expect(still.find((t) => t.id === b.terminal.id)!.name).toBe('12号摊位平板');
  });

  it('refuses a revoked token at once, on calls and on its open event stream, and ends its staff session', async () => {
    const paired = await pairDevice(hub.url, desk, { role: 'desk', name: '二号前台' });
    const deskTwo = new DeskBrowser(hub.url, paired.token);
    await deskTwo.signIn();
    const onIt = { role: 'desk' as const, terminal: paired.terminal.id, client: deskTwo.client! };
    expect((await hub.runtime.call(onIt, 'staff.session', {})).ok).toBe(true);
    expect(((await hub.runtime.call(onIt, 'staff.session', {})) as any).value.session).not.toBeNull();
    const stream = collectEvents(`${hub.url}/api/events?token=${paired.token}`);
    await stream.ready;
    await desk.call('terminals.revoke', { id: paired.terminal.id });
    expect((await post('/api/jobs.list', {}, asToken(paired.token))).status).toBe(401);
    await expect.poll(() => stream.ended(), { timeout: 2000 }).toBe(true);
    expect((await fetch(`${hub.url}/api/events?token=${paired.token}`)).status).toBe(401);
    expect(((await hub.runtime.call(onIt, 'staff.session', {})) as any).value.session).toBeNull();
  });

  it('refuses pairing requests and API calls from another origin', async () => {
    const evil = { headers: { origin: 'http://evil.example' } };
    expect((await post('/pair/request', {}, evil)).status).toBe(403);
    const r = await post(
      '/api/jobs.list',
      {},
      { headers: { ...asToken(tokenOf('desk')).headers, ...evil.headers } },
    );
    expect(r.status).toBe(403);
  });
});
