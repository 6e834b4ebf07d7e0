import { afterEach, describe, expect, it } from 'vitest';
import type { Runtime } from '../../../../electron/runtime/runtime';
import { auditRows, desk1, ok, signInDemo, testStation } from '../desk/helpers';

const kiosk = { role: 'kiosk', terminal: 'local-kiosk' } as const;
let rt: Runtime | undefined;
afterEach(async () => {
  await rt?.close();
  rt = undefined;
});

/** A walk-in registered at the kiosk with the virtual reader's first identity. */
async function registerAtKiosk(runtime: Runtime) {
  await ok(runtime, kiosk, 'simulator.placeCard', { identity: 0 });
  let card = await ok(runtime, kiosk, 'card.current', {});
  for (let i = 0; !card && i < 100; i++) {
    await new Promise((r) => setTimeout(r, 30));
    card = await ok(runtime, kiosk, 'card.current', {});
  }
  if (!card) throw new Error('no card presented');
  const r = await ok(runtime, kiosk, 'workers.registerFromCard', {
    token: card.token,
    consent: { registration: true, shareWithEmployers: true },
  });
  const row = runtime.context.store.read((db) =>
    db.get<{ name: string; id_number: string }>('SELECT name, id_number FROM workers WHERE id = ?', [
      r.workerId,
    ]),
  )!;
  return { workerId: r.workerId, name: row.name, idNumber: row.id_number };
}

const outbox = (runtime: Runtime) =>
  runtime.context.store.read((db) =>
    db.all<{ type: string; state: string; payload: string }>(
      'SELECT type, state, payload FROM outbox ORDER BY seq',
    ),
  );

describe('erasing a worker at the desk', () => {
  it('drops a registration the platform never received, and no trace of the person stays in the image', async () => {
    rt = (await testStation()).runtime;
    const w = await registerAtKiosk(rt);
    expect(outbox(rt).map((e) => e.type)).toEqual(['worker.registered']);
    await signInDemo(rt);
    await ok(rt, desk1, 'workers.erase', { workerId: w.workerId });

    expect(outbox(rt)).toEqual([]);
    const image = Buffer.from(rt.context.store.read((db) => db.raw.export()));
    expect(image.includes(Buffer.from(w.name))).toBe(false);
    expect(image.includes(Buffer.from(w.idNumber))).toBe(false);
    const audit = auditRows(rt, 'workers.erase');
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(w.name);
  });

  it('tells the platform when it already knew the person, and keeps only the delivered event’s id', async () => {
    rt = (await testStation()).runtime;
    const w = await registerAtKiosk(rt);
    // As the push loop leaves an event the platform accepted.
    await rt.context.store.write((db) => db.run("UPDATE outbox SET state = 'done'"));
    await signInDemo(rt);
    await ok(rt, desk1, 'workers.erase', { workerId: w.workerId });

    const events = outbox(rt);
    expect(events.map((e) => [e.type, e.state])).toEqual([
      ['worker.registered', 'done'],
      ['worker.erased', 'pending'],
    ]);
    expect(JSON.parse(events[0]!.payload)).toEqual({ erased: 1 });
    expect(JSON.parse(events[1]!.payload)).toMatchObject({
      workerId: w.workerId,
      idHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const image = Buffer.from(rt.context.store.read((db) => db.raw.export()));
    expect(image.includes(Buffer.from(w.name))).toBe(false);
  });
});
