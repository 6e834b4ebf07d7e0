import { afterEach, describe, expect, it } from 'vitest';
import type { Runtime } from '../../../../electron/runtime/runtime';
import { boothStation, kiosk, placeCard } from '../booth/helpers';
import { desk1, ok, registerByHand, signInDemo } from '../desk/helpers';

/**
 * A kiosk's ticket names its person only through the session its card opened; a worker id the
 * page sends is refused. The desk, where a signed-in clerk stands, may still name a worker.
 */
let rt: Runtime | undefined;
afterEach(async () => {
  await rt?.close();
  rt = undefined;
});

const snapshot = (r: Runtime) => Buffer.from(r.context.store.read((db) => db.raw.export()));
const tickets = (r: Runtime) =>
  r.context.store.read((db) =>
    db.all<{ ticket: string; worker_id: string | null }>(
      'SELECT ticket, worker_id FROM queue_tickets ORDER BY rowid',
    ),
  );

async function station() {
  const s = await boothStation();
  rt = s.runtime;
  await signInDemo(rt);
  // Someone registered earlier at the desk: a page that learned their id must not queue as them.
  const other = await registerByHand(rt, '何平');
  const token = await placeCard(rt, kiosk, 2);
  const reg = await ok(rt, kiosk, 'workers.registerFromCard', {
    token,
    consent: { registration: true, shareWithEmployers: false },
  });
  return { rt, other: other.workerId, own: reg.workerId, session: reg.session! };
}

describe('a ticket taken at the kiosk', () => {
  it('refuses a worker id from the page, with or without a session, and stores nothing', async () => {
    const { rt, other, session } = await station();
    const before = snapshot(rt);
    for (const context of [
      { consent: true as const, workerId: other },
      { consent: true as const, workerId: other, session },
    ]) {
      const r = await rt.call(kiosk, 'queue.take', { service: 'jobs', context });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('forbidden');
        expect(r.error.message).toMatch(/自助机/);
      }
    }
    expect(snapshot(rt).equals(before)).toBe(true);
  });

  it("is tied to the session's own card", async () => {
    const { rt, own, session } = await station();
    await ok(rt, kiosk, 'queue.take', { service: 'jobs', context: { consent: true, session } });
    expect(tickets(rt)).toEqual([{ ticket: 'B001', worker_id: own }]);
    expect(await ok(rt, desk1, 'queue.callNext', { window: '1' })).toMatchObject({
      ticket: 'B001',
      workerId: own,
    });
  });

  it('lets the desk name a worker', async () => {
    const { rt, other } = await station();
    await ok(rt, desk1, 'queue.take', { service: 'policy', context: { consent: true, workerId: other } });
    expect(tickets(rt)).toEqual([{ ticket: 'C001', worker_id: other }]);
    expect(await ok(rt, desk1, 'queue.callNext', { window: '2' })).toMatchObject({
      ticket: 'C001',
      workerId: other,
    });
  });
});
