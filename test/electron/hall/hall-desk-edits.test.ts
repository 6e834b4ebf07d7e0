import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkerRecord } from '../../../electron/api';
import type { CallContext } from '../../../electron/dispatcher';
import { startHub, type RunningHub } from '../../../electron/hub/start-hub';
import { parseConfig } from '../../../electron/runtime/config';
import type { Runtime } from '../../../electron/runtime/runtime';
import { syntheticCards } from '../../../drivers/simulator/identities';
import { hallSecret, signedInDesk, startTerminal, waitFor } from '../runtime/sync/helpers';

/**
 * What staff change at a desk PC (its own store) reaches the hall's record: a new phone (which the
 * platform hears of too), and her consent for employers at the booths, which the hub keeps to
 * itself. Before, a desk PC's edits stayed on the desk PC, so withdrawing the phone's consent there
 * left the hub's booths showing the number.
 */
const token = 'token-for-the-desk-pc-0123456789';
let hub: RunningHub;
let deskPc: Runtime;
let desk: CallContext;
let hubDesk: CallContext;

async function ok<T>(rt: Runtime, caller: CallContext, method: string, input: unknown): Promise<T> {
  const r = await rt.call(caller, method as never, input as never);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

const hubRow = (id: string) =>
  hub.runtime.context.store.read((db) =>
    db.get<{ phone: string | null; share: number; phone_share: number }>(
      'SELECT phone, share_with_employers AS share, phone_to_employers AS phone_share FROM workers WHERE id = ?',
      [id],
    ),
  );
const delivered = () =>
  waitFor(() => deskPc.context.data.read((tx) => tx.outbox.counts().pending === 0), 10_000);

beforeAll(async () => {
  hub = await startHub({
    config: parseConfig({
      readers: [],
      hallSecret,
      hub: { terminals: [{ id: 'desk-pc-1', name: '前台电脑', role: 'desk-station', token }] },
    }),
    dataDir: null,
    port: 0,
    host: '127.0.0.1',
    rendererDir: '/nonexistent',
  });
  deskPc = await startTerminal(hub.url, token, null, {});
  desk = await signedInDesk(deskPc);
  hubDesk = await signedInDesk(hub.runtime);
});
afterAll(async () => {
  await deskPc?.close();
  await hub?.close();
});

describe('edits at a desk PC reach the hall’s record', () => {
  it('a new phone and her consent for employers, changed at the desk PC, are the hub’s within a sync', async () => {
    const card = syntheticCards[2]!;
    const { workerId } = await ok<{ workerId: string }>(deskPc, desk, 'workers.registerManual', {
      idNumber: card.idNumber,
      name: card.name,
      phone: '13904330001',
      consent: { registration: true, shareWithEmployers: false, phoneToEmployers: false },
    });
    await deskPc.context.sync.syncNow();
    await delivered();
    expect(hubRow(workerId)).toEqual({ phone: '13904330001', share: 0, phone_share: 0 });

    const { version } = await ok<WorkerRecord>(deskPc, desk, 'workers.record', { workerId });
    await ok(deskPc, desk, 'workers.updateProfile', {
      workerId,
      version,
      changes: { phone: '13904330002', shareWithEmployers: true, phoneToEmployers: true },
    });
    await deskPc.context.sync.syncNow();
    await delivered();
    expect(hubRow(workerId)).toEqual({ phone: '13904330002', share: 1, phone_share: 1 });
    // The hub's desk sees the new number in her record; each field's history names the desk PC.
    expect(
      JSON.stringify(await ok<WorkerRecord>(hub.runtime, hubDesk, 'workers.record', { workerId })),
    ).toContain('13904330002');
    const edits = hub.runtime.context.store.read((db) =>
      db.all<{ field: string; terminal: string }>(
        'SELECT field, terminal FROM worker_field_edits WHERE worker_id = ? ORDER BY field',
        [workerId],
      ),
    );
    expect(edits).toEqual([
      { field: 'phone', terminal: 'desk-pc-1' }, // given at registration
      { field: 'phone', terminal: 'desk-pc-1' },
      { field: 'phoneToEmployers', terminal: 'desk-pc-1' },
      { field: 'shareWithEmployers', terminal: 'desk-pc-1' },
    ]);

    // Taken back at the desk PC: the hub's booths no longer have her number.
    const again = await ok<WorkerRecord>(deskPc, desk, 'workers.record', { workerId });
    await ok(deskPc, desk, 'workers.updateProfile', {
      workerId,
      version: again.version,
      changes: { phoneToEmployers: false },
    });
    await deskPc.context.sync.syncNow();
    await delivered();
    expect(hubRow(workerId)).toMatchObject({ phone_share: 0 });
  });

  it('refuses a consent change that is not a yes or a no, changing nothing', async () => {
    const someone = hub.runtime.context.store.read((db) =>
      db.get<{ id: string }>('SELECT id FROM workers LIMIT 1'),
    )!;
    const before = hubRow(someone.id);
    const at = new Date().toISOString();
    const res = await fetch(`${hub.url}/v1/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        events: [
          {
            id: 'ev-consent-bad-1',
            type: 'worker.updated',
            at,
            payload: { workerId: someone.id, changes: { phoneToEmployers: 'yes' } },
          },
          {
            id: 'ev-consent-mix-1',
            type: 'worker.updated',
            at,
            payload: { workerId: someone.id, changes: { phoneToEmployers: true, phone: '13904330003' } },
          },
        ],
      }),
    });
    const { results } = (await res.json()) as { results: { status: string; reason?: string }[] };
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(results[1]!.reason).toContain('travel in an event of their own');
    expect(hubRow(someone.id)).toEqual(before);
  });
});
