import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallContext } from '../../../electron/dispatcher';
import { startHub, type RunningHub } from '../../../electron/hub/start-hub';
import { parseConfig } from '../../../electron/runtime/config';
import type { Runtime } from '../../../electron/runtime/runtime';
import type { EventResult } from '../../../electron/runtime/sync/protocol';
import { workerRegisteredPayload } from '../../../electron/runtime/sync/worker-events';
import { idHash } from '../../../electron/runtime/workers/identity-hash';
import { purgeInactiveWorkers } from '../../../electron/runtime/store/retention';
import { hallSecret, signedInDesk, startTerminal, waitFor } from '../runtime/sync/helpers';

/**
 * The hall's record: a person registered at a kiosk PC (its own store, upstream = the hub) is a
 * person at the hub, for the desk's search, the figures, and what the kiosk PC may later say of them.
 */
const kiosk: CallContext = { role: 'kiosk', terminal: 'local-kiosk' };
const reader = { readers: [{ driver: 'simulator' as const, id: 'r1', serves: 'kiosk' as const }] };
const tokens = { pc1: 'token-for-kiosk-pc-1-0123456789', pc2: 'token-for-kiosk-pc-2-0123456789' };
const ZHAO = 5; // 赵丽娜 among the simulator's identities
const phone = '13904331234';

let hub: RunningHub;
let pc1: Runtime;
let desk: CallContext;

async function ok<T>(rt: Runtime, caller: CallContext, method: string, input: unknown): Promise<T> {
  const r = await rt.call(caller, method as never, input as never);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

/** The card on the runtime's simulator reader, registered through the kiosk's own handlers. */
async function registerAtKiosk(rt: Runtime, identity: number) {
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
  const idNumber = rt.context.readers.peek(token!, kiosk)?.card.idNumber;
  const reg = await ok<{ workerId: string; returning: boolean; session?: string }>(
    rt,
    kiosk,
    'workers.registerFromCard',
    { token, consent: { registration: true, shareWithEmployers: false } },
  );
  await ok(rt, kiosk, 'simulator.removeCard', {});
  return { ...reg, idNumber: idNumber! };
}

async function post(token: string, events: unknown[]): Promise<EventResult[]> {
  const res = await fetch(`${hub.url}/v1/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ events }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { results: EventResult[] }).results;
}

const edit = (workerId: string, changes: Record<string, unknown>, at: string, id = `ev-${randomUUID()}`) => ({
  id,
  type: 'worker.updated',
  at,
  payload: { workerId, changes },
});

const search = (q: string) =>
  ok<{ total: number; items: { id: string; name: string; maskedIdNumber: string }[] }>(
    hub.runtime,
    desk,
    'workers.list',
    { q, limit: 20, offset: 0 },
  );

const hubData = <T>(sql: string, params: (string | number)[] = []) =>
  hub.runtime.context.store.read((db) => db.all(sql, params)) as T[];

beforeAll(async () => {
  hub = await startHub({
    config: parseConfig({
      ...reader,
      hallSecret,
      hub: {
        terminals: [
          { name: 'kiosk-pc-1', role: 'kiosk-station', token: tokens.pc1 },
          { name: 'kiosk-pc-2', role: 'kiosk-station', token: tokens.pc2 },
        ],
      },
    }),
    dataDir: null,
    port: 0,
    host: '127.0.0.1',
    rendererDir: '/nonexistent',
  });
  pc1 = await startTerminal(hub.url, tokens.pc1, null, reader);
  desk = await signedInDesk(hub.runtime);
});
afterAll(async () => {
  await pc1?.close();
  await hub?.close();
});

let zhao: { workerId: string; idNumber: string };

describe('a person registered at a kiosk PC is a person at the hub', () => {
  it('the hub desk finds 赵丽娜 by name, by 赵 and by phone within 2 s of her registration at the kiosk PC', async () => {
    const started = Date.now();
    const reg = await registerAtKiosk(pc1, ZHAO);
    await ok(pc1, kiosk, 'kiosk.saveAnswers', { session: reg.session, answers: { phone, occupations: [] } });
    zhao = reg;
    for (const q of ['赵丽娜', '赵', phone, phone.slice(-4)]) {
      await waitFor(
        async () => (await search(q)).items.some((w) => w.id === reg.workerId),
        2_000,
        `the desk to find ${q}`,
      );
    }
    const visibleMs = Date.now() - started;
    const found = (await search('赵丽娜')).items.find((w) => w.id === reg.workerId)!;
    expect(found.name).toBe('赵丽娜');
    expect(found.maskedIdNumber).toBe(`${reg.idNumber.slice(0, 6)}********${reg.idNumber.slice(-4)}`);
    expect(visibleMs).toBeLessThan(2_000);

    // The hub holds the hash and the masked number, never the clear one; it knows where the card was read.
    expect(hubData('SELECT id_number, home_terminal FROM workers WHERE id = ?', [reg.workerId])).toEqual([
      { id_number: null, home_terminal: 'kiosk-pc-1' },
    ]);
    const reveal = await hub.runtime.call(desk, 'workers.revealIdNumber', { workerId: reg.workerId });
    expect(reveal.ok).toBe(false);
    expect(!reveal.ok && reveal.error.message).toContain('kiosk-pc-1');
    const record = await ok<{ profile: { phone: string } }>(hub.runtime, desk, 'workers.record', {
      workerId: reg.workerId,
    });
    expect(record.profile.phone).toBe(phone);

    // 今日登记 on the big screen counts her.
    expect(await ok(hub.runtime, { role: 'screen', terminal: 'screen-1' }, 'stats.today', {})).toMatchObject({
      registrations: 1,
      returningVisits: 0,
    });
  });

  it('she returns at the hub: the same record, counted once as registered (a return on her registration day is no 再次来访, as the report says), and the card fills in the number', async () => {
    const again = await registerAtKiosk(hub.runtime, ZHAO);
    expect(again).toMatchObject({ workerId: zhao.workerId, returning: true });
    expect(await ok(hub.runtime, { role: 'screen', terminal: 'screen-1' }, 'stats.today', {})).toMatchObject({
      registrations: 1,
      returningVisits: 0,
    });
    // The visit is in her record all the same.
    expect(hubData("SELECT count(*) AS n FROM visits WHERE kind = 'returned'")).toEqual([{ n: 1 }]);
    expect(hubData('SELECT count(*) AS n FROM workers')).toEqual([{ n: 1 }]);
    expect(await ok(hub.runtime, desk, 'workers.revealIdNumber', { workerId: zhao.workerId })).toEqual({
      idNumber: zhao.idNumber,
    });
  });
});

describe('one person, one record; edits by a stated rule; bad input refused and audited', () => {
  it('a second terminal registering the same person offline becomes an alias, and events naming the alias reach the record', async () => {
    const alias = randomUUID();
    const at = new Date();
    const registered = {
      id: `ev-${randomUUID()}`,
      type: 'worker.registered',
      at: at.toISOString(),
      payload: workerRegisteredPayload({
        workerId: alias,
        idHash: idHash(hallSecret, zhao.idNumber),
        card: {
          cardType: 'resident',
          name: '赵丽娜',
          sex: 'female',
          idNumber: zhao.idNumber,
          validation: { checksum: true, birthMatches: true, sexMatches: true, scheme: 'gb11643' },
        },
        shareWithEmployers: false,
        terminal: 'local-kiosk',
        at,
      }),
    };
    const [r] = await post(tokens.pc2, [registered]);
    expect(r).toMatchObject({ status: 'accepted', reason: expect.stringContaining(zhao.workerId) });
    expect(hubData('SELECT count(*) AS n FROM workers')).toEqual([{ n: 1 }]);
    expect(hubData('SELECT alias_id, worker_id, terminal FROM worker_aliases')).toEqual([
      { alias_id: alias, worker_id: zhao.workerId, terminal: 'kiosk-pc-2' },
    ]);
    // Still one registration today: kiosk-pc-2's is a return.
    expect(await ok(hub.runtime, { role: 'screen', terminal: 'screen-1' }, 'stats.today', {})).toMatchObject({
      registrations: 1,
    });

    const [e] = await post(tokens.pc2, [edit(alias, { phone: '13800001111' }, new Date().toISOString())]);
    expect(e).toMatchObject({ status: 'accepted' });
    expect(hubData('SELECT phone FROM workers WHERE id = ?', [zhao.workerId])).toEqual([
      { phone: '13800001111' },
    ]);
  });

  it('the later edit wins whatever order they arrive in; an older one is kept as superseded and changes nothing', async () => {
    const t = Date.now() + 60_000;
    const later = edit(zhao.workerId, { phone: '13922220002' }, new Date(t).toISOString());
    const older = edit(zhao.workerId, { phone: '13922220001' }, new Date(t - 1_000).toISOString());
    // The same instant: the larger event id wins.
    const tieLow = edit(
      zhao.workerId,
      { phone: '13922220003' },
      new Date(t + 5_000).toISOString(),
      'ev-tie-a-00000',
    );
    const tieHigh = edit(
      zhao.workerId,
      { phone: '13922220004' },
      new Date(t + 5_000).toISOString(),
      'ev-tie-b-00000',
    );
    const results = await post(tokens.pc1, [later, older, tieHigh, tieLow]);
    expect(results.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted', 'accepted']);
    expect(results[1]!.reason).toMatch(/superseded.*phone/);
    expect(results[3]!.reason).toMatch(/superseded.*phone/);
    expect(hubData('SELECT phone FROM workers WHERE id = ?', [zhao.workerId])).toEqual([
      { phone: '13922220004' },
    ]);
    const history = hub.runtime.context.data.read((tx) => tx.hallWorkers.history(zhao.workerId));
    expect(history.filter((h) => h.field === 'phone').map((h) => [h.value, h.terminal, h.applied])).toEqual([
      ['13904331234', 'kiosk-pc-1', true],
      ['13800001111', 'kiosk-pc-2', true],
      ['13922220001', 'kiosk-pc-1', false],
      ['13922220002', 'kiosk-pc-1', true],
      ['13922220003', 'kiosk-pc-1', false],
      ['13922220004', 'kiosk-pc-1', true],
    ]);
    // Replayed: each is a duplicate, nothing happens again.
    const replay = await post(tokens.pc1, [tieLow, older]);
    expect(replay.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
    expect(hubData('SELECT phone FROM workers WHERE id = ?', [zhao.workerId])).toEqual([
      { phone: '13922220004' },
    ]);
  });

  it('refuses, with a reason and an audit entry, events about a person the sender never served or fields outside the record', async () => {
    const before = hubData('SELECT * FROM workers');
    const now = new Date().toISOString();
    const stranger = await registerAtKiosk(pc1, 7); // known to pc1 and the hub, never seen by kiosk-pc-2
    await waitFor(
      () => hubData('SELECT 1 FROM workers WHERE id = ?', [stranger.workerId]).length === 1,
      2_000,
    );
    const beforeStranger = hubData('SELECT * FROM workers WHERE id = ?', [stranger.workerId]);
    const bad = [
      edit('no-such-worker', { phone: '13911112222' }, now),
      edit(stranger.workerId, { phone: '13911112222' }, now),
      { ...edit(zhao.workerId, { address: '吉林省延吉市' }, now) },
      { id: `ev-${randomUUID()}`, type: 'worker.erased', at: now, payload: { workerId: stranger.workerId } },
    ];
    const results = await post(tokens.pc2, bad);
    expect(results.map((r) => [r.status, r.reason])).toEqual([
      ['rejected', 'worker no-such-worker is not known at the hub'],
      ['rejected', `kiosk-pc-2 has not registered or seen worker ${stranger.workerId}`],
      ['rejected', "not part of the hall's record: address"],
      ['rejected', `kiosk-pc-2 has not registered or seen worker ${stranger.workerId}`],
    ]);
    expect(hubData('SELECT * FROM workers WHERE id != ?', [stranger.workerId])).toEqual(
      before.filter((w) => (w as { id: string }).id !== stranger.workerId),
    );
    expect(hubData('SELECT * FROM workers WHERE id = ?', [stranger.workerId])).toEqual(beforeStranger);
    const audited = hubData<{ subject: string; detail: string }>(
      "SELECT subject, detail FROM audit WHERE action = 'sync.event_rejected' ORDER BY rowid",
    );
    expect(audited.map((a) => a.subject)).toEqual(bad.map((e) => e.id));
    expect(JSON.parse(audited[2]!.detail)).toMatchObject({
      type: 'worker.updated',
      reason: expect.stringContaining('address'),
    });
  });
});

describe('a kiosk PC’s retention purge', () => {
  it('forgets the person on the kiosk PC only: the hall’s record stays, and nothing of it goes upstream', async () => {
    const her = await registerAtKiosk(pc1, 8);
    await waitFor(() => hubData('SELECT 1 FROM workers WHERE id = ?', [her.workerId]).length === 1, 2_000);
    const hubBefore = hubData('SELECT * FROM workers WHERE id = ?', [her.workerId]);
    // The kiosk PC has not seen her for more than a day, two days from now.
    const purged = await purgeInactiveWorkers(pc1.context.store, {
      days: 1,
      now: new Date(Date.now() + 2 * 86_400_000),
    });
    expect(purged.workers).toBeGreaterThan(0);
    pc1.context.sync.outboxChanged();
    await waitFor(
      () => pc1.context.data.read((tx) => tx.outbox.counts()).pending === 0,
      5_000,
      'the purge to be sent',
    );
    expect(
      pc1.context.data.read((tx) => tx.workers.byHash(idHash(hallSecret, her.idNumber))),
    ).toBeUndefined();
    // The hub keeps her: the desk served her there, and the hall's own retention counts her visits everywhere.
    expect(hubData('SELECT * FROM workers WHERE id = ?', [her.workerId])).toEqual(hubBefore);
    const erasures = hubData<{ state: string }>(
      "SELECT state FROM outbox WHERE type = 'worker.erased' AND payload LIKE ?",
      [`%${her.workerId}%`],
    );
    expect(erasures.length > 0 && erasures.every((e) => e.state === 'done')).toBe(true);
  });
});
