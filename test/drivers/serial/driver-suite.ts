/**
 * The serial driver suite and its helpers, shared by the pty run (always) and the real-UART run
 * (test/hardware, only where a null-modem cable is attached).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ReaderEvent } from '../../../drivers/idcard/card';
import { SamReader } from '../../../drivers/idcard/read-loop';
import { ALL_FAULTS, seededRandom } from '../../../drivers/simulator/faults';
import { syntheticFields, syntheticPhoto } from '../../../drivers/simulator/identities';
import { SamDevice } from '../../../drivers/simulator/sam-device';
import { serveOnSerialPort } from '../../../drivers/simulator/serial-device';
import { encodeTextBlock } from '../../../drivers/idcard/text-encoder';
import { SerialTransport } from '../../../drivers/transports/serial-transport';

/** Short deadlines: the pty answers in microseconds, and the suite must stay quick on 2 cores. */
export const fastLoop = {
  pollMs: 10,
  timeouts: { status: 300, find: 150, select: 150, read: 300, reset: 150 },
  resetSettleMs: 20,
  reconnect: { initialMs: 50, maxMs: 400 },
};

export class Events {
  readonly all: ReaderEvent[] = [];
  private waiters: { type: ReaderEvent['type']; resolve: (e: ReaderEvent) => void }[] = [];
  push = (e: ReaderEvent) => {
    this.all.push(e);
    this.waiters = this.waiters.filter((w) => (w.type === e.type ? (w.resolve(e), false) : true));
  };
  next(type: ReaderEvent['type'], ms = 3000): Promise<ReaderEvent> {
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no ${type} event within ${ms} ms`)), ms);
      this.waiters.push({ type, resolve: (e) => (clearTimeout(t), resolve(e)) });
    });
  }
  count(type: ReaderEvent['type']): number {
    return this.all.filter((e) => e.type === type).length;
  }
}

export const cardOf = (i: number) => ({
  kind: 'id' as const,
  text: encodeTextBlock(syntheticFields[i]!),
  photo: syntheticPhoto(i),
});
export const expectedName = (i: number) => syntheticFields[i]!.name ?? syntheticFields[i]!.englishName;

export interface Rig {
  hostPath: string;
  devicePath: string;
}

export function driverSuite(setup: () => Promise<Rig>, teardown: () => Promise<void>) {
  const random = seededRandom(20250101);
  const device = new SamDevice({ faultRate: 0.15, faultPool: ALL_FAULTS, slowMs: 40, random });
  let served: { close(): Promise<void> };
  let reader: SamReader;
  const events = new Events();

  beforeAll(async () => {
    const rig = await setup();
    served = await serveOnSerialPort(device, rig.devicePath);
    reader = new SamReader({
      id: 'serial',
      transport: new SerialTransport({ path: rig.hostPath }),
      ...fastLoop,
    });
    reader.on(events.push);
    const connected = events.next('connected');
    await reader.start();
    await connected;
  });

  afterAll(async () => {
    await reader?.stop();
    await served?.close();
    await teardown();
  });

  it('100 reads with random injected faults deliver each card exactly once and never hang', async () => {
    const before = events.count('card');
    for (let i = 0; i < 100; i++) {
      const n = i % syntheticFields.length;
      const card = events.next('card');
      device.put(cardOf(n));
      const e = await card;
      expect(e.type === 'card' && (e.card.name ?? e.card.englishName)).toBe(expectedName(n));
      const removed = events.next('removed');
      device.lift();
      await removed;
    }
    expect(events.count('card') - before).toBe(100);
    // the faults really happened, of every kind
    expect(new Set(device.faultsInjected)).toEqual(new Set(ALL_FAULTS));
  }, 60_000);
}
