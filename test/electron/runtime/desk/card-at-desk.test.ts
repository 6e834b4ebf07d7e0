import { afterEach, describe, expect, it } from 'vitest';
import type { CardPresented } from '../../../../electron/api';
import type { CallContext } from '../../../../electron/dispatcher';
import type { Runtime } from '../../../../electron/runtime/runtime';
import { auditRows, desk1, failure, ok, registerByHand, signInDemo, testStation } from './helpers';

let rt: Runtime | undefined;
afterEach(async () => {
  await rt?.close();
  rt = undefined;
});

const withDeskReader = {
  readers: [
    { driver: 'simulator' as const, id: 'kiosk-reader', serves: 'kiosk' as const },
    { driver: 'simulator' as const, id: 'desk-reader', serves: 'desk' as const },
  ],
};

async function station() {
  const s = await testStation(withDeskReader);
  rt = s.runtime;
  await signInDemo(rt, desk1);
  return s.runtime;
}

/** Places identity `n` on the desk's reader and waits until the desk is told. */
async function cardAtDesk(rt: Runtime, n: number, ctx: CallContext = desk1): Promise<CardPresented> {
  await ok(rt, ctx, 'simulator.placeCard', { identity: n });
  for (;;) {
    const card = await ok(rt, ctx, 'card.current', {});
    if (card) return card;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("a card on the desk's reader", () => {
  it('opens the record of a worker registered by hand, records the visit and verifies the record', async () => {
    const rt = await station();
    const idNumber = rt.context.readers.simulator(desk1)!.identities[3]!.idNumber!;
    const { workerId } = await registerByHand(rt, '手工登记', idNumber);
    expect((await ok(rt, desk1, 'workers.record', { workerId })).verified).toBe(false);

    const card = await cardAtDesk(rt, 3);
    expect(card).toMatchObject({ returning: true, workerId });
    expect(await ok(rt, desk1, 'workers.openFromCard', { token: card.token })).toEqual({
      workerId,
      verifiedNow: true,
    });
    expect((await ok(rt, desk1, 'workers.record', { workerId })).verified).toBe(true);
    const visits = rt.context.store.read((db) =>
      db.all<{ kind: string; terminal: string }>('SELECT kind, terminal FROM visits WHERE worker_id = ?', [
        workerId,
      ]),
    );
    expect(visits).toEqual([
      { kind: 'registered', terminal: 'local-desk' },
      { kind: 'returned', terminal: 'local-desk' },
    ]);
    expect(auditRows(rt, 'workers.card_opened')).toEqual([
      expect.objectContaining({ subject: workerId, detail: JSON.stringify({ verifiedNow: true }) }),
    ]);
    // The token is spent: the same card has to be placed again.
    expect(await failure(rt, desk1, 'workers.openFromCard', { token: card.token })).toMatchObject({
      code: 'not_found',
    });
  });

  it('registers a newcomer after consent, only with staff signed in, and audits who did it', async () => {
    const rt = await station();
    const card = await cardAtDesk(rt, 5);
    expect(card.returning).toBe(false);
    expect(await failure(rt, desk1, 'workers.openFromCard', { token: card.token })).toMatchObject({
      code: 'not_found',
      message: '这位求职者还没有登记',
    });
    // Another browser at the same desk, where nobody signed in, may not; another desk never sees the card.
    const nobody = { ...desk1, client: 'another-browser' };
    const consent = { registration: true as const, shareWithEmployers: false };
    expect(
      await failure(rt, nobody, 'workers.registerFromCard', { token: card.token, consent }),
    ).toMatchObject({ code: 'unauthenticated' });
    expect(
      await failure(rt, { role: 'desk', terminal: 'desk-9' }, 'workers.registerFromCard', {
        token: card.token,
        consent,
      }),
    ).toMatchObject({ code: 'not_found' });
    expect((await ok(rt, desk1, 'workers.list', {})).total).toBe(0);

    const reg = await ok(rt, desk1, 'workers.registerFromCard', {
      token: card.token,
      consent: { registration: true, shareWithEmployers: true },
    });
    expect(reg).toMatchObject({ returning: false });
    expect(reg.session).toBeUndefined();
    const record = await ok(rt, desk1, 'workers.record', { workerId: reg.workerId });
    expect(record).toMatchObject({ verified: true, shareWithEmployers: true });
    expect(auditRows(rt, 'workers.register_card')).toEqual([
      expect.objectContaining({ subject: reg.workerId, terminal: 'local-desk' }),
    ]);
  });

  it('is never offered to a kiosk: the kiosk reader and the desk reader each tell their own screen', async () => {
    const rt = await station();
    await cardAtDesk(rt, 1);
    expect(await ok(rt, { role: 'kiosk', terminal: 'local-kiosk' }, 'card.current', {})).toBeNull();
    expect(
      await failure(rt, { role: 'kiosk', terminal: 'local-kiosk' }, 'workers.openFromCard', { token: 'x' }),
    ).toMatchObject({ code: 'forbidden' });
  });
});
