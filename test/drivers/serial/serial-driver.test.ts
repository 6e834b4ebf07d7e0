/** The serial driver over the real serialport stack, through a socat pty pair. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SamReader } from '../../../drivers/idcard/read-loop';
import { PtyPair } from '../../../drivers/simulator/pty-pair';
import { SamDevice } from '../../../drivers/simulator/sam-device';
import { serveOnSerialPort } from '../../../drivers/simulator/serial-device';
import { SerialTransport } from '../../../drivers/transports/serial-transport';
import { cardOf, driverSuite, Events, fastLoop } from './driver-suite';

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
    reader = new SamReader({
      id: 'replug',
      transport: new SerialTransport({ path: pty.hostPath }),
      ...fastLoop,
    });
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
