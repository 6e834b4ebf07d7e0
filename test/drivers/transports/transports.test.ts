import { describe, expect, it } from 'vitest';
import type { ReaderEvent } from '../../../drivers/idcard/card';
import { SamReader } from '../../../drivers/idcard/read-loop';
import { SamDevice } from '../../../drivers/simulator/sam-device';
import { syntheticFields, syntheticPhoto } from '../../../drivers/simulator/identities';
import { encodeTextBlock } from '../../../drivers/idcard/text-encoder';
import { type HidFraming, lengthByteFirst, reportIdFirst } from '../../../drivers/transports/hid-framing';
import { HidTransport, type MinimalHidDevice } from '../../../drivers/transports/hid-transport';
import { type MinimalSerialPort, SerialTransport } from '../../../drivers/transports/serial-transport';
import { EventEmitter } from 'node:events';

/** A HID reader whose firmware wraps a simulated SAM with the given framing. */
function fakeHid(framing: HidFraming, device: SamDevice) {
  const dev = new EventEmitter() as EventEmitter & MinimalHidDevice;
  dev.write = async (report) => {
    // hidapi: byte 0 of an output report is the report ID; the firmware sees the rest.
    const payload = Buffer.from(report);
    device.receive(framing.unwrap(payload.subarray(1)));
    return payload.length;
  };
  dev.close = async () => undefined;
  device.connect((bytes) => {
    for (const r of framing.wrap(bytes)) setImmediate(() => dev.emit('data', Buffer.from(r.subarray(1))));
  });
  return dev;
}

describe('HID transport', () => {
  it.each([
    ['report-ID-first', reportIdFirst()],
    ['length-byte-first', lengthByteFirst()],
  ])('reads a card through %s de-chunking', async (_name, framing) => {
    const sam = new SamDevice();
    sam.put({ kind: 'id', text: encodeTextBlock(syntheticFields[9]!), photo: syntheticPhoto(9) });
    const dev = fakeHid(framing, sam);
    const reader = new SamReader({
      id: 'h',
      transport: new HidTransport({
        vendorId: '0425',
        productId: '8159',
        framing,
        openDevice: async () => dev,
      }),
      pollMs: 5,
    });
    const card = new Promise<ReaderEvent>((res) => reader.on((e) => e.type === 'card' && res(e)));
    await reader.start();
    expect(await card).toMatchObject({ card: { cardType: 'foreign-2017' } });
    const lost = new Promise<ReaderEvent>((res) => reader.on((e) => e.type === 'disconnected' && res(e)));
    dev.emit('error', new Error('could not read from HID device'));
    expect(await lost).toMatchObject({ reason: 'could not read from HID device' });
    await reader.stop();
  });

  it('length-byte-first skips ACK reports and wraps 63 bytes per report', () => {
    const f = lengthByteFirst();
    expect(f.unwrap(Uint8Array.of(0xff, 1, 2, 3))).toHaveLength(0);
    expect(Array.from(f.unwrap(Uint8Array.of(2, 9, 8, 7)))).toEqual([9, 8]);
    const reports = f.wrap(new Uint8Array(100).fill(7));
    expect(reports.map((r) => r[1])).toEqual([63, 37]);
    expect(reports[0]).toHaveLength(65);
  });
});

describe('serial transport', () => {
  it('finds the reader again by VID/PID/serial number after it moves to another path', async () => {
    let ports = [{ path: '/dev/ttyUSB0', vendorId: '1A86', productId: '7523', serialNumber: 'A1' }];
    const opened: string[] = [];
    const fakePort = () => {
      const p = new EventEmitter() as EventEmitter & MinimalSerialPort;
      p.write = (_d, cb) => cb(null);
      p.flush = (cb) => cb(null);
      p.close = (cb) => cb(null);
      return p;
    };
    const t = new SerialTransport({
      vendorId: '0x1a86',
      productId: '7523',
      serialNumber: 'A1',
      listPorts: async () => ports,
      openPort: async (o) => {
        opened.push(`${o.path}@${o.baudRate}/${o.dataBits}${o.parity[0]}${o.stopBits}`);
        return fakePort();
      },
    });
    await t.open();
    await t.close();
    ports = [
      { path: '/dev/ttyUSB3', vendorId: '1a86', productId: '7523', serialNumber: 'A1' },
      { path: '/dev/ttyUSB1', vendorId: '1a86', productId: '7523', serialNumber: 'B2' },
    ];
    await t.open();
    expect(opened).toEqual(['/dev/ttyUSB0@115200/8n1', '/dev/ttyUSB3@115200/8n1']);
    ports = [];
    await expect(t.open()).rejects.toMatchObject({ kind: 'absent' });
  });

  it('reports a port another program holds as busy', async () => {
    const t = new SerialTransport({
      path: '/dev/ttyS9',
      openPort: async () => Promise.reject(new Error('Error: Resource busy, cannot open /dev/ttyS9 (EBUSY)')),
    });
    await expect(t.open()).rejects.toMatchObject({ kind: 'busy' });
  });
});
