/**
 * The serial driver over the real serialport stack: through a socat pty pair (always), and through a
 * real UART when TEST_SERIAL_PORT is set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReaderEvent } from '../../../drivers/idcard/card';
import { SamReader } from '../../../drivers/idcard/read-loop';
import { ALL_FAULTS, seededRandom } from '../../../drivers/simulator/faults';
import { syntheticFields, syntheticPhoto } from '../../../drivers/simulator/identities';
import { PtyPair } from '../../../drivers/simulator/pty-pair';
import { SamDevice } from '../../../drivers/simulator/sam-device';
import { serveOnSerialPort } from '../../../drivers/simulator/serial-device';
import { encodeTextBlock } from '../../../drivers/idcard/text-encoder';
import { SerialTransport } from '../../../drivers/transports/serial-transport';

/** Short deadlines: the pty answers in microseconds, and the suite must stay quick on 2 cores. */
const fastLoop = {
  pollMs: 10,
  timeouts: { status: 300, find: 150, select: 150, read: 300, reset: 150 },
  resetSettleMs: 20,
  reconnect: { initialMs: 50, maxMs: 400 },
};

class Events {
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

const cardOf = (i: number) => ({ kind: 'id' as const, text: encodeTextBlock(syntheticFields[i]!), photo: syntheticPhoto(i) });
const expectedName = (i: number) => syntheticFields[i]!.name ?? syntheticFields[i]!.englishName;

interface Rig {
  hostPath: string;
  devicePath: string;
}

function driverSuite(setup: () => Promise<Rig>, teardown: () => Promise<void>) {
  const random = seededRandom(20250101);
  const device = new SamDevice({ faultRate: 0.15, faultPool: ALL_FAULTS, slowMs: 40, random });
  let served: { close(): Promise<void> };
  let reader: SamReader;
  const events = new Events();

  beforeAll(async () => {
    const rig = await setup();
    served = await serveOnSerialPort(device, rig.devicePath);
    reader = new SamReader({ id: 'serial', transport: new SerialTransport({ path: rig.hostPath }), ...fastLoop });
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

describe('serial driver through a socat pty pair', () => {
  const pty = new PtyPair();
  driverSuite(
    async () => {
      await pty.plug();
      return { hostPath: pty.hostPath, devicePath: pty.devicePath };
    },
    () => pty.unplug(),
  );
});

describe('serial driver survives unplug/replug (pty re-created at the same path)', () => {
  const pty = new PtyPair();
  const device = new SamDevice();
  const events = new Events();
  let served: { close(): Promise<void> } | undefined;
  let reader: SamReader;

  beforeAll(async () => {
    await pty.plug();
    served = await serveOnSerialPort(device, pty.devicePath);
    reader = new SamReader({ id: 'replug', transport: new SerialTransport({ path: pty.hostPath }), ...fastLoop });
    reader.on(events.push);
    await reader.start();
  });

  afterAll(async () => {
    await reader.stop();
    await served?.close();
    await pty.unplug();
  });

  it('20 cycles: each unplug is reported and each replug reads the card again within 3 s', async () => {
    device.put(cardOf(0));
    await events.next('card');
    const recoveries: number[] = [];
    for (let i = 0; i < 20; i++) {
      const gone = events.next('disconnected');
      await served?.close();
      await pty.unplug();
      await gone;
      device.powerCycle();
      const back = events.next('card', 3000);
      const t0 = performance.now();
      await pty.plug();
      served = await serveOnSerialPort(device, pty.devicePath);
      await back;
      recoveries.push(performance.now() - t0);
    }
    expect(Math.max(...recoveries)).toBeLessThan(3000);
    expect(events.count('connected')).toBe(21);
  }, 60_000);
});

// A real UART needs hardware: TEST_SERIAL_PORT is the host end and TEST_SERIAL_SIM_PORT the other end of a
// null-modem cable where the simulator answers. Without them there is nothing to run against.
describe.skipIf(!process.env.TEST_SERIAL_PORT || !process.env.TEST_SERIAL_SIM_PORT)('serial driver on a real port', () => {
  driverSuite(
    async () => ({ hostPath: process.env.TEST_SERIAL_PORT!, devicePath: process.env.TEST_SERIAL_SIM_PORT! }),
    async () => undefined,
  );
});
