import { describe, expect, it } from 'vitest';
import { HidPosAssembler } from '../../../drivers/scanner/hid-pos';
import { QrScanner, type ScannerEvent } from '../../../drivers/scanner/qr-scanner';
import { createMemoryLink } from '../../../drivers/transports/memory-transport';

async function run(mode: 'line' | 'hid-pos', chunks: Uint8Array[]) {
  const link = createMemoryLink('scanner');
  const s = new QrScanner({ id: 'q', transport: link.host, mode });
  const events: ScannerEvent[] = [];
  s.on((e) => events.push(e));
  const next = (type: ScannerEvent['type']) =>
    new Promise<void>((resolve) => {
      const off = s.on((e) => {
        if (e.type === type) {
          off();
          resolve();
        }
      });
    });
  const connected = next('connected');
  await s.start();
  await connected;
  for (const c of chunks) link.device.send(c);
  // The link hands each chunk over in a microtask of its own, queued before this await resumes.
  await Promise.resolve();
  const disconnected = next('disconnected');
  link.unplug();
  await disconnected;
  await s.stop();
  return events.filter((e) => e.type === 'scan' || e.type === 'error');
}

/** One HID-POS input report as node-hid delivers it: report ID 2, count, AIM id, data, continuation flag at 63. */
function report(data: string, opts: { aim?: string; more?: boolean } = {}) {
  const r = new Uint8Array(64);
  r[0] = 0x02;
  const body = Buffer.from(data);
  r[1] = body.length;
  let at = 2;
  if (opts.aim) {
    r.set(Buffer.from(opts.aim), 2);
    at = 5;
  }
  r.set(body, at);
  r[63] = opts.more ? 1 : 0;
  return r;
}

describe('QR scanner', () => {
  it('serial line mode: CR or CR LF ends each opaque token, split anywhere', async () => {
    const events = await run('line', [
      Buffer.from('JOB-SLIP:7f3a'),
      Buffer.from('9c\r\nSSC:abc/+=\r'),
      Buffer.from('\n'),
    ]);
    expect(events).toEqual([
      { type: 'scan', token: 'JOB-SLIP:7f3a9c' },
      { type: 'scan', token: 'SSC:abc/+=' },
    ]);
  });

  it('refuses codes over 512 characters and bytes that are not text', async () => {
    const events = await run('line', [
      Buffer.from('x'.repeat(600) + '\r'),
      Buffer.from([0xff, 0xfe, 0x0d]),
      Buffer.from('ok\r'),
    ]);
    expect(events.map((e) => (e.type === 'error' ? e.kind : e.token))).toEqual([
      'too-long',
      'not-text',
      'ok',
    ]);
  });

  it('HID-POS: joins continued reports, keeps the AIM id, strips the trailing CR', async () => {
    const long = 'A'.repeat(58);
    const events = await run('hid-pos', [report(long, { aim: ']Q1', more: true }), report('BCD\r')]);
    expect(events).toEqual([{ type: 'scan', token: `${long}BCD`, symbology: ']Q1' }]);
  });

  it('HID-POS assembler ignores other report ids', () => {
    const a = new HidPosAssembler(512);
    const r = report('X');
    r[0] = 0x01;
    expect(a.push(r)).toBeUndefined();
  });
});
