import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardPresented, KioskAnswersInput, KioskProfile } from '../../../electron/api';
import type { CallContext } from '../../../electron/dispatcher';
import { startHub, type RunningHub } from '../../../electron/hub/start-hub';
import { parseConfig } from '../../../electron/runtime/config';
import type { Runtime } from '../../../electron/runtime/runtime';
import { hallSecret, startTerminal, waitFor } from '../runtime/sync/helpers';

/**
 * The record comes back down: a person registered at one kiosk PC, her card on another kiosk PC of
 * the hall (or the hub's own kiosk), is greeted as returning, without a second consent, with the
 * answers she gave and the consent she gave there.
 */
const kiosk: CallContext = { role: 'kiosk', terminal: 'local-kiosk' };
const reader = {
  readers: [{ driver: 'simulator' as const, id: 'r1', serves: 'kiosk' as const }],
  kiosk: { endOnCardRemoval: false },
};
const tokens = { pc1: 'token-for-kiosk-pc-1-0123456789', pc2: 'token-for-kiosk-pc-2-0123456789' };
const WANG = 3;
const answers: KioskAnswersInput = {
  phone: '13904335678',
  occupations: ['4-09-08-02'],
  expectedPay: { amount: 140, unit: 'day' },
  district: '二道区',
  certificates: [],
};

let hub: RunningHub;
let pc1: Runtime;
let pc2: Runtime;

async function ok<T>(rt: Runtime, caller: CallContext, method: string, input: unknown): Promise<T> {
  const r = await rt.call(caller, method as never, input as never);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

/** Her card on the runtime's reader: what the kiosk is told of it. */
async function placeCard(rt: Runtime, identity: number): Promise<CardPresented> {
  await ok(rt, kiosk, 'simulator.placeCard', { identity });
  let card: CardPresented | null = null;
  await waitFor(
    async () => {
      card = await ok<CardPresented | null>(rt, kiosk, 'card.current', {});
      return card !== null;
    },
    5_000,
    'the card',
  );
  return card!;
}

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
  pc2 = await startTerminal(hub.url, tokens.pc2, null, reader);
});
afterAll(async () => {
  await pc1?.close();
  await pc2?.close();
  await hub?.close();
});

describe('a person of the hall at another terminal', () => {
  let workerId: string;

  it('registers at kiosk PC 1 with her answers, which reach the hall’s record', async () => {
    const card = await placeCard(pc1, WANG);
    expect(card.returning).toBe(false);
    const reg = await ok<{ workerId: string; session: string }>(pc1, kiosk, 'workers.registerFromCard', {
      token: card.token,
      consent: { registration: true, shareWithEmployers: true },
    });
    workerId = reg.workerId;
    await ok(pc1, kiosk, 'kiosk.saveAnswers', { session: reg.session, answers });
    await ok(pc1, kiosk, 'simulator.removeCard', {});
    await waitFor(
      () =>
        hub.runtime.context.data.read((tx) => tx.kioskProfiles.answers(workerId))?.district === '二道区',
      2_000,
      'her answers at the hub',
    );
  });

  it('at kiosk PC 2 she is greeted as returning, no consent asked, with her answers, phone and consent', async () => {
    const card = await placeCard(pc2, WANG);
    expect(card).toMatchObject({ returning: true, workerId });
    // The kiosk skips consent for a returning card; what it sends is not what counts.
    const reg = await ok<{ workerId: string; session: string; returning: boolean }>(
      pc2,
      kiosk,
      'workers.registerFromCard',
      { token: card.token, consent: { registration: true, shareWithEmployers: false } },
    );
    expect(reg).toMatchObject({ workerId, returning: true });
    const profile = await ok<KioskProfile>(pc2, kiosk, 'kiosk.profile', { session: reg.session });
    expect(profile.maskedPhone).toBe('139****5678');
    expect(profile.answers).toMatchObject({
      occupations: ['4-09-08-02'],
      expectedPay: { amount: 140, unit: 'day' },
      district: '二道区',
    });
    expect(
      pc2.context.data.read((tx) => tx.workers.registrationByHash(tx.workers.idHashOf(workerId)!)),
    ).toMatchObject({ shareWithEmployers: true });
    await ok(pc2, kiosk, 'simulator.removeCard', {});
  });

  it('at the hub’s own kiosk too: returning, with her answers', async () => {
    const card = await placeCard(hub.runtime, WANG);
    expect(card).toMatchObject({ returning: true, workerId });
    const reg = await ok<{ session: string }>(hub.runtime, kiosk, 'workers.registerFromCard', {
      token: card.token,
      consent: { registration: true, shareWithEmployers: false },
    });
    const profile = await ok<KioskProfile>(hub.runtime, kiosk, 'kiosk.profile', { session: reg.session });
    expect(profile).toMatchObject({ maskedPhone: '139****5678', answers: { district: '二道区' } });
    await ok(hub.runtime, kiosk, 'simulator.removeCard', {});
  });

  it('her answers stay in the hall: the hub does not send them on to the platform', () => {
    const sent = hub.runtime.context.store.read((db) =>
      db.all<{ state: string; payload: string }>(
        "SELECT state, payload FROM outbox WHERE type = 'worker.updated' AND payload LIKE '%answers%'",
      ),
    );
    expect(sent.length).toBeGreaterThan(0);
    // Kept for its idempotency key, settled at once: nothing waits to go upstream.
    expect(sent.every((e) => e.state === 'done')).toBe(true);
  });
});
