/**
 * The attacks of the hostile review, replayed against a live hub over HTTP on loopback. Each attack
 * says what it tried and whether the hub refused it; `replayAttacks` runs them all. The hub must
 * refuse every one, change nothing of the hall's data and stay up (test/security/replay.test.ts).
 */
import { connect, type Socket } from 'node:net';
import type { CardPresented } from '../../electron/api';
import type { RunningHub } from '../../electron/hub/start-hub';
import { ConfigError, parseConfig } from '../../electron/runtime/config';
import { collectEvents } from '../electron/hub/sse-client';
import { DeskBrowser, pairDevice, postFrom } from '../electron/hub/pair-helpers';

export interface Outcome {
  attack: string;
  refused: boolean;
  detail: string;
}

export interface Target {
  hub: RunningHub;
  /** Configured tokens: a booth tablet, the two kiosk pages, a kiosk PC, the hub's desk page. */
  tokens: { booth: string; kioskA: string; kioskB: string; kioskPc: string; desk: string };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
let seq = 0;
const event = (type: string, payload: Record<string, unknown>) => ({
  id: `replay-${Date.now().toString(36)}-${(seq++).toString(36).padStart(4, '0')}`,
  type,
  at: new Date().toISOString(),
  payload,
});

async function push(t: Target, token: string, events: unknown[]) {
  return postFrom(t.hub.url, '/v1/events', { events }, { headers: bearer(token) });
}

function someJob(t: Target): Record<string, unknown> {
  const row = t.hub.runtime.context.store.read((db) =>
    db.get<{ data: string }>('SELECT data FROM jobs ORDER BY id LIMIT 1'),
  )!;
  return JSON.parse(row.data) as Record<string, unknown>;
}

const forged = (t: Target, i: number) => ({
  ...someJob(t),
  id: `forged-gov-${i}`,
  title: '长春市人力资源和社会保障局 · 900元/天',
  verified: true,
  pay: { amount: 900, unit: 'day' },
});

type Attack = (t: Target) => Promise<Outcome>;

const attacks: Attack[] = [
  async (t) => {
    const r = await push(t, t.tokens.booth, [event('job.posted', forged(t, 0))]);
    return {
      attack: 'booth token posts a forged government job',
      refused: r.status === 403,
      detail: `${r.status}`,
    };
  },
  async (t) => {
    const r = await push(t, t.tokens.booth, [
      event('job.updated', { ...someJob(t), pay: { amount: 1, unit: 'day' } }),
    ]);
    return {
      attack: "booth token rewrites another employer's job to 1 元/天",
      refused: r.status === 403,
      detail: `${r.status}`,
    };
  },
  async (t) => {
    const statuses = new Set<number>();
    for (let b = 0; b < 5; b++) {
      const events = Array.from({ length: 500 }, (_, i) => event('job.posted', forged(t, b * 500 + i + 1)));
      statuses.add((await push(t, t.tokens.booth, events)).status);
    }
    return {
      attack: 'booth token floods 2,500 jobs',
      refused: [...statuses].every((s) => s === 403),
      detail: [...statuses].join(','),
    };
  },
  async (t) => {
    const events = Array.from({ length: 100 }, (_, i) =>
      i % 2
        ? event('placement.recorded', { workerId: `w-${i}`, jobId: null })
        : event('service.recorded', { workerId: `w-${i}`, kind: 'referral' }),
    );
    const statuses = new Set([
      (await push(t, t.tokens.kioskA, events)).status,
      (await push(t, t.tokens.desk, events)).status,
    ]);
    return {
      attack: '100 forged placement events from kiosk and desk page tokens',
      refused: [...statuses].every((s) => s === 403),
      detail: [...statuses].join(','),
    };
  },
  async (t) => {
    const r = await push(t, t.tokens.kioskPc, [
      event('job.posted', forged(t, 9999)),
      event('placement.recorded', { workerId: 'w', jobId: null }),
    ]);
    const all = (r.body.results as { status: string; reason?: string }[]) ?? [];
    return {
      attack: 'a kiosk PC sends a job and a placement',
      refused: r.status === 200 && all.length === 2 && all.every((x) => x.status === 'rejected'),
      detail: all.map((x) => x.reason).join(' | '),
    };
  },
  async (t) => {
    const desk = new DeskBrowser(t.hub.url, t.tokens.desk);
    await desk.signIn();
    const paired = await pairDevice(t.hub.url, desk, { role: 'desk', name: 'local-desk' });
    const device = new DeskBrowser(t.hub.url, paired.token);
    const r = await device.call('workers.list', {});
    // Signed in on the device, then revoked: the session must go with the device, not wait for the
    // next one paired under its name.
    await device.signIn();
    await desk.call('terminals.revoke', { id: paired.terminal.id });
    const revoked = await device.call('workers.list', {});
    const again = await pairDevice(t.hub.url, desk, { role: 'desk', name: 'local-desk' });
    const r2 = await new DeskBrowser(t.hub.url, again.token).call('workers.list', {});
    await desk.call('terminals.revoke', { id: again.terminal.id });
    await desk.call('staff.signOut', {});
    const codes = [r, revoked, r2].map((x) => x.body.error?.code);
    return {
      attack:
        'a desk device paired as local-desk (and again after a signed-in one is revoked) acts as the signed-in admin',
      refused: codes.every((c) => c === 'unauthenticated'),
      detail: codes.join(', '),
    };
  },
  async (t) => {
    const { port } = new URL(t.hub.url);
    const sockets: Socket[] = [];
    for (let i = 0; i < 1_500; i++)
      sockets.push(
        connect({ host: '127.0.0.1', port: Number(port), localAddress: `127.0.8.${1 + (i % 6)}` }).on(
          'error',
          () => {},
        ),
      );
    // Every socket connected (or refused) before the hub is asked for anything.
    await Promise.all(
      sockets.map(
        (s) => new Promise((r) => (s.connecting ? s.once('connect', r).once('close', r) : r(null))),
      ),
    );
    const answers: number[] = [];
    for (let i = 0; i < 10; i++) {
      answers.push((await fetch(`${t.hub.url}/healthz`, { signal: AbortSignal.timeout(5_000) })).status);
      answers.push(
        (await postFrom(t.hub.url, '/api/jobs.list', { limit: 1 }, { headers: bearer(t.tokens.kioskA) }))
          .status,
      );
    }
    for (const s of sockets) s.destroy();
    return {
      attack: '1,500 half-open sockets starve legitimate calls',
      refused: answers.every((s) => s === 200),
      detail: answers.join(','),
    };
  },
  async (t) => {
    const desk = new DeskBrowser(t.hub.url, t.tokens.desk);
    await desk.signIn();
    const flood = Array.from({ length: 300 }, (_, i) =>
      postFrom(t.hub.url, i % 2 ? '/pair/request' : '/pair/status', i % 2 ? {} : { secret: 'x'.repeat(43) }, {
        from: `127.0.9.${1 + (i % 60)}`,
      }).catch(() => undefined),
    );
    const paired = await pairDevice(t.hub.url, desk, { role: 'screen', name: '大屏' }, '127.0.9.200').catch(
      (e: Error) => e,
    );
    await Promise.all(flood);
    const ok = !(paired instanceof Error);
    if (ok) await desk.call('terminals.revoke', { id: paired.terminal.id });
    await desk.call('staff.signOut', {});
    return {
      attack: 'a pairing flood from 60 addresses locks staff out of pairing a device',
      refused: ok,
      detail: ok ? 'paired' : paired.message,
    };
  },
  async (t) => {
    const desk = new DeskBrowser(t.hub.url, t.tokens.desk);
    const unknown = await desk.call('staff.signIn', { username: 'nobody-here', pin: '123456' });
    const wrong = await desk.call('staff.signIn', { username: 'demo', pin: '999999' });
    return {
      attack: 'unknown usernames and wrong PINs answer differently',
      refused: unknown.status === wrong.status && unknown.body.error?.message === wrong.body.error?.message,
      detail: `${unknown.body.error?.message} / ${wrong.body.error?.message}`,
    };
  },
  async (t) => {
    // Staff signing in and out all day must not spend the desk's budget of failures.
    const desk = new DeskBrowser(t.hub.url, t.tokens.desk);
    const statuses = new Set<number>();
    for (let i = 0; i < 25; i++) {
      statuses.add((await desk.call('staff.signIn', { username: 'demo', pin: '000000' })).status);
      await desk.call('staff.signOut', {});
    }
    const wrong = await desk.call('staff.signIn', { username: 'demo', pin: '999999' });
    return {
      attack: 'successful sign-ins count toward the terminal’s sign-in limit',
      refused: [...statuses].join() === '200' && wrong.status === 401,
      detail: `successes ${[...statuses].join(',')}, then a wrong PIN ${wrong.status}`,
    };
  },
  async (t) => {
    const q = encodeURIComponent(t.tokens.kioskA);
    const res = await fetch(`${t.hub.url}/api/events?token=${q}&token=${q}`);
    await res.arrayBuffer();
    return { attack: '?token=A&token=A', refused: res.status === 400, detail: `${res.status}` };
  },
  async (t) => {
    const r = await postFrom(
      t.hub.url,
      '/api/queue.take',
      { service: 'jobs', context: { consent: true, workerId: 'someone-else' } },
      { headers: bearer(t.tokens.kioskA) },
    );
    return {
      attack: 'queue.take from a kiosk names any workerId',
      refused: r.body.ok === false,
      detail: r.body.error?.code ?? 'ticket',
    };
  },
  async (t) => {
    const desk = new DeskBrowser(t.hub.url, t.tokens.desk);
    await desk.signIn();
    const consent = { registration: true, shareWithEmployers: false };
    const tries = [
      { name: '王秀兰', idNumber: '11010519491231002X', phone: '=1+1', consent },
      { name: '王\u202e兰', idNumber: '11010519491231002X', consent },
      { name: '王\ud800兰', idNumber: '11010519491231002X', consent },
    ];
    const codes = [];
    for (const input of tries)
      codes.push((await desk.call('workers.registerManual', input)).body.error?.code);
    await desk.call('staff.signOut', {});
    return {
      attack: 'a phone "=1+1", a name with U+202E or a lone surrogate',
      refused: codes.every((c) => c === 'invalid_input'),
      detail: codes.join(','),
    };
  },
  async (t) => {
    const a = collectEvents(`${t.hub.url}/api/events?token=${t.tokens.kioskA}`);
    const b = collectEvents(`${t.hub.url}/api/events?token=${t.tokens.kioskB}`);
    await Promise.all([a.ready, b.ready]);
    await postFrom(
      t.hub.url,
      '/api/simulator.placeCard',
      { identity: 4 },
      { headers: bearer(t.tokens.kioskA) },
    );
    const card = (await a.next('card.read')) as CardPresented;
    const used = await postFrom(
      t.hub.url,
      '/api/workers.registerFromCard',
      { token: card.token, consent: { registration: true, shareWithEmployers: false } },
      { headers: bearer(t.tokens.kioskB) },
    );
    await postFrom(t.hub.url, '/api/simulator.removeCard', {}, { headers: bearer(t.tokens.kioskA) });
    // B's stream delivers in order: if the first card B hears is at its own reader, it heard nothing of A's.
    await postFrom(
      t.hub.url,
      '/api/simulator.placeCard',
      { identity: 5 },
      { headers: bearer(t.tokens.kioskB) },
    );
    const heard = ((await b.next('card.read')) as CardPresented).reader !== 'reader-b';
    await postFrom(t.hub.url, '/api/simulator.removeCard', {}, { headers: bearer(t.tokens.kioskB) });
    a.close();
    b.close();
    return {
      attack: 'a card at kiosk A is heard and registered by kiosk B',
      refused: !heard && used.body.ok === false,
      detail: `heard: ${heard}, register: ${used.body.error?.code}`,
    };
  },
  async () => {
    let message = '';
    try {
      parseConfig({ readers: [{ driver: 'serial', paht: '/dev/ttyUSB0' }], hub: { prot: 1 } });
    } catch (err) {
      if (err instanceof ConfigError) message = err.message;
    }
    return {
      attack: 'a nested config typo parses silently',
      refused: /readers\.0/.test(message) && /hub/.test(message),
      detail: message.replace(/\s+/g, ' ').slice(0, 160),
    };
  },
];

export async function replayAttacks(t: Target): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const attack of attacks) out.push(await attack(t));
  return out;
}
