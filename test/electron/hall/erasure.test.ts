import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallContext } from '../../../electron/dispatcher';
import { startHub, type RunningHub } from '../../../electron/hub/start-hub';
import { parseConfig } from '../../../electron/runtime/config';
import { createRuntime, type Runtime } from '../../../electron/runtime/runtime';
import { createStaff } from '../../../electron/runtime/staff/sign-in';
import { purgeInactiveWorkers } from '../../../electron/runtime/store/retention';
import { keepsErasureFeed } from '../../../electron/runtime/workers/erase';
import { idHash } from '../../../electron/runtime/workers/identity-hash';
import { hallSecret, startTerminal, terminalConfig, waitFor } from '../runtime/sync/helpers';
import { forwarder, type Link } from './link';

/**
 * Erasure reaches every store of the hall: the desk erases a person at the hub, and each kiosk PC
 * that had a copy erases it with its next pull of the hub's erasure feed (one that was offline, on
 * reconnect). A kiosk PC's own retention purge is its own business; the hall's purge is everyone's.
 */
const kiosk: CallContext = { role: 'kiosk', terminal: 'local-kiosk' };
const reader = { readers: [{ driver: 'simulator' as const, id: 'r1', serves: 'kiosk' as const }] };
const tokens = {
  pc1: 'token-for-kiosk-pc-1-0123456789',
  pc2: 'token-for-kiosk-pc-2-0123456789',
  kioskPage: 'token-for-a-kiosk-page-0123456789',
};

let hub: RunningHub;
let pc1: Runtime;
let pc2: Runtime;
let admin: CallContext;
/** kiosk-pc-2 reaches the hub through this: closing it cuts kiosk-pc-2 off. */
let link: Link;

async function ok<T>(rt: Runtime, caller: CallContext, method: string, input: unknown): Promise<T> {
  const r = await rt.call(caller, method as never, input as never);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

interface Person {
  workerId: string;
  idNumber: string;
  idHash: string;
  name: string;
}

/** The card on the runtime's simulator reader, registered (or welcomed back) through the kiosk's own handlers. */
async function cardAtKiosk(rt: Runtime, identity: number): Promise<Person> {
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
  const card = rt.context.readers.peek(token!, kiosk)!.card;
  if (!card.idNumber || !card.name) throw new Error('a resident card carries a number and a name');
  const reg = await ok<{ workerId: string; session?: string }>(rt, kiosk, 'workers.registerFromCard', {
    token,
    consent: { registration: true, shareWithEmployers: false },
  });
  if (reg.session)
    await ok(rt, kiosk, 'kiosk.saveAnswers', {
      session: reg.session,
      answers: { phone: '13904330000', occupations: [] },
    });
  await ok(rt, kiosk, 'simulator.removeCard', {});
  return {
    workerId: reg.workerId,
    idNumber: card.idNumber,
    idHash: idHash(hallSecret, card.idNumber),
    name: card.name,
  };
}

/** Every row of every table of a store that mentions the person (id, hash, number or name), as text. */
function traces(rt: Runtime, p: Person): string[] {
  const needles = [p.workerId, p.idHash, p.idNumber, p.name];
  return rt.context.store.read((db) => {
    const tables = db.all<{ name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    );
    const found: string[] = [];
    for (const { name } of tables) {
      for (const row of db.all(`SELECT * FROM "${name}"`)) {
        const text = JSON.stringify(row);
        if (needles.some((n) => text.includes(n))) found.push(`${name}: ${text}`);
      }
    }
    return found;
  });
}

/**
 * What the hub keeps of an erased person: the erasure itself, by id and hash (its feed, and the
 * `worker.erased` it tells its upstream) and the audit entry of the desk's erasure. Nothing that
 * says who they were.
 */
function hubTraces(p: Person): string[] {
  return traces(hub.runtime, p).filter(
    (t) =>
      !t.startsWith('erasure_feed: ') &&
      !(t.startsWith('outbox: ') && t.includes('"type":"worker.erased"')) &&
      !(t.startsWith('audit: ') && t.includes('"action":"workers.erase"')),
  );
}

const knownHere = (rt: Runtime, p: Person) =>
  rt.context.data.read((tx) => tx.workers.byHash(p.idHash)) !== undefined;

/** Registered at kiosk-pc-1, then seen at kiosk-pc-2 (its card read there): a copy in all three stores. */
async function servedAtBoth(identity: number): Promise<Person> {
  const p = await cardAtKiosk(pc1, identity);
  await waitFor(() => knownHere(hub.runtime, p), 5_000, 'the hub to know the person');
  const again = await cardAtKiosk(pc2, identity);
  expect(again.workerId).toBe(p.workerId);
  for (const rt of [pc1, pc2]) {
    await waitFor(() => rt.context.data.read((tx) => tx.outbox.counts()).pending === 0, 5_000, 'delivery');
  }
  for (const rt of [hub.runtime, pc1, pc2]) expect(knownHere(rt, p)).toBe(true);
  return p;
}

/** One sync cycle of a terminal: a pull (jobs, then erasures) and a push. */
const syncOnce = (rt: Runtime) => rt.context.sync.syncNow();

beforeAll(async () => {
  hub = await startHub({
    config: parseConfig({
      ...reader,
      hallSecret,
      hub: {
        terminals: [
          { name: 'kiosk-pc-1', role: 'kiosk-station', token: tokens.pc1 },
          { name: 'kiosk-pc-2', role: 'kiosk-station', token: tokens.pc2 },
          { name: 'kiosk-page', role: 'kiosk', token: tokens.kioskPage },
        ],
      },
    }),
    dataDir: null,
    port: 0,
    host: '127.0.0.1',
    rendererDir: '/nonexistent',
  });
  link = await forwarder(hub.url);
  // The card read at each kiosk PC asks the hub who this is: time enough on a busy test machine.
  pc1 = await createRuntime(terminalConfig(hub.url, tokens.pc1, reader, { lookupTimeoutMs: 3_000 }), {
    dataDir: null,
  });
  pc2 = await createRuntime(terminalConfig(link.url, tokens.pc2, reader, { lookupTimeoutMs: 3_000 }), {
    dataDir: null,
  });
  admin = { role: 'desk', terminal: 'desk' };
  const account = { username: 'erase-admin', name: '管理员', role: 'admin' as const, pin: 'erase-pin-1' };
  await createStaff(hub.runtime.context, account, { role: 'admin', terminal: 'cli' });
  await ok(hub.runtime, admin, 'staff.signIn', { username: account.username, pin: account.pin });
});
afterAll(async () => {
  await pc1?.close();
  await pc2?.close();
  await link?.close().catch(() => undefined);
  await hub?.close();
});

describe('erasure at the hub desk', () => {
  it('leaves no row of the person in any of the three stores after one sync cycle of each kiosk PC', async () => {
    const p = await servedAtBoth(1);
    expect(traces(pc1, p).length).toBeGreaterThan(0);
    expect(traces(pc2, p).length).toBeGreaterThan(0);

    await ok(hub.runtime, admin, 'workers.erase', { workerId: p.workerId });
    expect(hubTraces(p)).toEqual([]);
    await Promise.all([syncOnce(pc1), syncOnce(pc2)]);

    expect(traces(pc1, p)).toEqual([]);
    expect(traces(pc2, p)).toEqual([]);
    // Neither kiosk PC told the hub anything back: the erasure was the hall's, not theirs.
    for (const rt of [pc1, pc2]) {
      expect(rt.context.data.read((tx) => tx.outbox.counts()).pending).toBe(0);
    }
    expect(
      hub.runtime.context.store.read((db) =>
        db.all("SELECT origin FROM outbox WHERE type = 'worker.erased' AND payload LIKE ?", [
          `%${p.workerId}%`,
        ]),
      ),
    ).toEqual([{ origin: 'local' }]);
  });

  it('reaches a kiosk PC that was offline at the time when it reconnects', async () => {
    const p = await servedAtBoth(2);
    await link.close();
    await ok(hub.runtime, admin, 'workers.erase', { workerId: p.workerId });
    await syncOnce(pc1);
    expect(traces(pc1, p)).toEqual([]);

    // kiosk-pc-2 cannot reach the hub: its copy is still there, and it says so.
    const cut = await syncOnce(pc2);
    expect(cut.pull.lastError).toBeTruthy();
    expect(knownHere(pc2, p)).toBe(true);

    await link.open();
    await syncOnce(pc2);
    expect(traces(pc2, p)).toEqual([]);
    expect(hubTraces(p)).toEqual([]);
  });
});

describe('erasure the person asked for at a terminal', () => {
  it('reaches the other kiosk PC through the hub', async () => {
    const p = await servedAtBoth(6);
    // As a desk PC of the hall sends it after erasing the person there.
    const res = await fetch(`${hub.url}/v1/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.pc1}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        events: [
          {
            id: `ev-${randomUUID()}`,
            type: 'worker.erased',
            at: new Date().toISOString(),
            payload: { workerId: p.workerId, idHash: p.idHash },
          },
        ],
      }),
    });
    expect(((await res.json()) as { results: { status: string }[] }).results[0]!.status).toBe('accepted');
    expect(knownHere(hub.runtime, p)).toBe(false);
    await Promise.all([syncOnce(pc1), syncOnce(pc2)]);
    expect(traces(pc2, p)).toEqual([]);
    expect(traces(pc1, p)).toEqual([]);
    expect(hubTraces(p)).toEqual([]);
  });
});

describe('retention', () => {
  it("a kiosk PC's own purge forgets the person there only: the hall and the other kiosk PC keep them", async () => {
    const p = await servedAtBoth(3);
    const others = pc1.context.data.read((tx) => tx.workers.count());
    expect(others).toBeGreaterThan(0);
    const purged = await purgeInactiveWorkers(pc1.context.store, {
      days: 30,
      now: new Date(Date.now() + 31 * 86_400_000),
    });
    expect(purged.workers).toBe(others);
    await syncOnce(pc1);
    expect(knownHere(pc1, p)).toBe(false);
    expect(pc1.context.data.read((tx) => tx.outbox.counts()).pending).toBe(0);
    await syncOnce(pc2);
    expect(knownHere(hub.runtime, p)).toBe(true);
    expect(knownHere(pc2, p)).toBe(true);
    expect(
      hub.runtime.context.store.read((db) =>
        db.all('SELECT 1 FROM erasure_feed WHERE id_hash = ?', [p.idHash]),
      ),
    ).toEqual([]);
  });

  it("the hub's own purge of the hall's record erases every kiosk PC's copy", async () => {
    const p = await servedAtBoth(4);
    const purged = await purgeInactiveWorkers(hub.runtime.context.store, {
      days: 30,
      now: new Date(Date.now() + 31 * 86_400_000),
      feed: keepsErasureFeed(hub.runtime.context.config),
    });
    expect(purged.workers).toBeGreaterThan(0);
    expect(knownHere(hub.runtime, p)).toBe(false);
    await Promise.all([syncOnce(pc1), syncOnce(pc2)]);
    for (const rt of [pc1, pc2]) {
      expect(knownHere(rt, p)).toBe(false);
      expect(traces(rt, p)).toEqual([]);
    }
    expect(
      hub.runtime.context.store.read((db) =>
        db.all('SELECT worker_id, reason FROM erasure_feed WHERE id_hash = ?', [p.idHash]),
      ),
    ).toEqual([{ worker_id: p.workerId, reason: 'retention' }]);
  });
});

describe('GET /v1/erasures', () => {
  const get = (query: string, token?: string) =>
    fetch(`${hub.url}/v1/erasures${query}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

  it('answers only paired syncing terminals, in pages with a cursor, and refuses a malformed cursor', async () => {
    expect((await get('')).status).toBe(401);
    expect((await get('', tokens.kioskPage)).status).toBe(403);
    const first = await get('?limit=1', tokens.pc1);
    expect(first.status).toBe(200);
    const page = (await first.json()) as { items: unknown[]; cursor: string; hasMore: boolean };
    expect(page.items).toHaveLength(1);
    expect(page.hasMore).toBe(true);
    expect(Object.keys(page.items[0] as object).sort()).toEqual(['idHash', 'reason', 'workerId']);
    const rest = (await (await get(`?cursor=${page.cursor}`, tokens.pc1)).json()) as { hasMore: boolean };
    expect(rest.hasMore).toBe(false);
    for (const bad of ['?cursor=h1.3', '?cursor=e1.x', '?cursor=', '?limit=0']) {
      const r = await get(bad, tokens.pc1);
      expect(r.status, bad).toBe(400);
      expect(((await r.json()) as { error: { code: string } }).error.code).toBe('invalid_input');
    }
    expect((await get('?cursor=e1.999999', tokens.pc1)).status).toBe(410);
  });

  it('a page with a bad entry: that entry is refused and audited, the rest applied', async () => {
    let served: unknown[] = [];
    const fake: Server = createHttpServer((req, res) => {
      const url = new URL(req.url!, 'http://x');
      res.setHeader('content-type', 'application/json');
      if (url.pathname === '/v1/jobs')
        return res.end(JSON.stringify({ items: [], deleted: [], cursor: 'j1', hasMore: false }));
      if (url.pathname === '/v1/erasures') {
        const after = Number((url.searchParams.get('cursor') ?? 'e1.0').slice(3));
        const body = { items: served.slice(after), cursor: `e1.${served.length}`, hasMore: false };
        return res.end(JSON.stringify(body));
      }
      res.statusCode = 404;
      res.end(JSON.stringify({ error: { code: 'not_found', message: 'no' } }));
    });
    await new Promise<void>((r) => fake.listen(0, '127.0.0.1', () => r()));
    const port = (fake.address() as { port: number }).port;
    const alone = await startTerminal(`http://127.0.0.1:${port}`, tokens.pc1, null, reader);
    try {
      const p = await cardAtKiosk(alone, 5);
      expect(knownHere(alone, p)).toBe(true);
      served = [
        { idHash: 'not-a-hash', workerId: p.workerId, reason: 'request' },
        { idHash: p.idHash, workerId: p.workerId, reason: 'request' },
      ];
      const status = await syncOnce(alone);
      expect(status.pull.lastError).toBeNull();
      expect(knownHere(alone, p)).toBe(false);
      const audited = alone.context.store.read((db) =>
        db.all<{ action: string; detail: string | null }>(
          "SELECT action, detail FROM audit WHERE action LIKE 'sync.erasure%' ORDER BY rowid",
        ),
      );
      expect(audited.map((a) => a.action)).toEqual(['sync.erasure_rejected', 'sync.erasures_applied']);
      expect(audited[0]!.detail).toContain('idHash');
    } finally {
      await alone.close();
      await new Promise<void>((r) => fake.close(() => r()));
    }
  });
});
