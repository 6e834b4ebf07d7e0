import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../electron/api';
import { startHub, type RunningHub } from '../../../electron/hub/start-hub';
import { parseConfig } from '../../../electron/runtime/config';
import { collectEvents } from './sse-client';

let hub: RunningHub;

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${hub.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}
const asRole = (role: Role) => ({ authorization: `Bearer ${hub.terminals.byRole(role)!.token}` });
const asToken = (token: string) => ({ authorization: `Bearer ${token}` });

beforeAll(async () => {
  hub = await startHub({ config: parseConfig({}), dataDir: null, port: 0, rendererDir: '/nonexistent' });
  // Pairing is a staff action: someone is signed in at the hub's own desk page.
  const signIn = await post('/api/staff.signIn', { username: 'demo', pin: '000000' }, asRole('desk'));
  if (!signIn.body.ok) throw new Error(JSON.stringify(signIn.body));
});
afterAll(() => hub.close());

describe('terminal pairing', () => {
  it('pairs a booth tablet with a one-time code and gives it the booth role only', async () => {
    const made = await post('/api/terminals.createPairingCode', { role: 'booth', booth: 3 }, asRole('desk'));
    expect(made.body.value.code).toMatch(/^\d{6}$/);
    const paired = await post('/pair', { code: made.body.value.code, name: '3号摊位平板' });
    expect(paired.body.value).toMatchObject({ role: 'booth', name: '3号摊位平板' });
    expect(paired.body.value.token).toMatch(/^[\w-]{43}$/);
    const token = paired.body.value.token as string;

    expect((await post('/api/jobs.list', { limit: 1 }, asToken(token))).status).toBe(200);
    expect((await post('/api/workers.list', {}, asToken(token))).body.error.code).toBe('forbidden');
    // The code works once.
    expect((await post('/pair', { code: made.body.value.code })).status).toBe(404);
  });

  it('needs a signed-in staff member, and audits each code by who made it', async () => {
    const other = { role: 'desk' as const, terminal: 'desk-nobody' };
    const refused = await hub.runtime.call(other, 'terminals.createPairingCode', { role: 'screen' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    await post('/api/terminals.createPairingCode', { role: 'booth', booth: 7 }, asRole('desk'));
    const audit = await hub.runtime.call({ role: 'desk', terminal: 'local-desk' }, 'audit.list', {
      action: 'terminals.pairing_code',
    });
    expect(audit.ok && audit.value.items[0]).toMatchObject({
      actorName: '演示管理员',
      subject: 'booth',
      detail: JSON.stringify({ booth: 7 }),
    });
  });

  it('lets only staff make codes, and a booth code needs its booth number', async () => {
    expect((await post('/api/terminals.createPairingCode', { role: 'screen' }, asRole('kiosk'))).status).toBe(
      403,
    );
    const noBooth = await post('/api/terminals.createPairingCode', { role: 'booth' }, asRole('desk'));
    expect(noBooth.body.error.issues[0].path).toBe('booth');
  });

  it('refuses a revoked token at once, on calls and on its open event stream', async () => {
    const made = await post('/api/terminals.createPairingCode', { role: 'screen' }, asRole('desk'));
    const { token } = (await post('/pair', { code: made.body.value.code })).body.value;
    const stream = collectEvents(`${hub.url}/api/events?token=${token}`);
    await stream.ready;
    const list = (await post('/api/terminals.list', {}, asRole('desk'))).body.value as {
      id: string;
      role: string;
    }[];
    const id = list.find((t) => t.role === 'screen')!.id;
    await post('/api/terminals.revoke', { id }, asRole('desk'));
    expect((await post('/api/jobs.list', {}, asToken(token))).status).toBe(401);
    await expect.poll(() => stream.ended(), { timeout: 2000 }).toBe(true);
    expect((await fetch(`${hub.url}/api/events?token=${token}`)).status).toBe(401);
  });

  it('rejects malformed and wrong codes without saying which part was wrong', async () => {
    expect((await post('/pair', { code: '12ab56' })).body.error.code).toBe('invalid_input');
    expect((await post('/pair', { code: '000000', extra: 1 })).body.error.code).toBe('invalid_input');
    const wrong = await post('/pair', { code: '999999' });
    expect([404, 429]).toContain(wrong.status);
  });

  it('rate-limits pairing attempts from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await post('/pair', { code: String(100000 + i) })).status);
    expect(statuses).toContain(429);
  });

  it('refuses API calls from another origin', async () => {
    const r = await post('/api/jobs.list', {}, { ...asRole('desk'), origin: 'http://evil.example' });
    expect(r.status).toBe(403);
    const same = await post('/api/jobs.list', {}, { ...asRole('desk'), origin: hub.url });
    expect(same.status).toBe(200);
  });
});
