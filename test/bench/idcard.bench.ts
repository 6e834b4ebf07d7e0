/**
 * `npm run bench -- idcard`: (1) decoding one 1295-byte read reply, against a plain Buffer copy of the
 * same bytes; (2) a card placed on the simulated reader behind a socat pty → the `card` event, measured
 * beyond the simulator's own reply time.
 */
import { performance } from 'node:perf_hooks';
import type { ReaderEvent } from '../../drivers/idcard/card';
import { buildResponse } from '../../drivers/idcard/frame';
import { FrameParser } from '../../drivers/idcard/frame-parser';
import { SamReader } from '../../drivers/idcard/read-loop';
import { encodeBaseRecord, parseBaseRecord } from '../../drivers/idcard/responses';
import { decodeTextBlock } from '../../drivers/idcard/text-decoder';
import { encodeTextBlock } from '../../drivers/idcard/text-encoder';
import { syntheticFields, syntheticPhoto } from '../../drivers/simulator/identities';
import { PtyPair } from '../../drivers/simulator/pty-pair';
import { SamDevice } from '../../drivers/simulator/sam-device';
import { serveOnSerialPort } from '../../drivers/simulator/serial-device';
import { SerialTransport } from '../../drivers/transports/serial-transport';

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const fmt = (ms: number) => `${ms.toFixed(4)} ms`;

function timeEach(n: number, fn: () => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

// --- 1. decode ---------------------------------------------------------------------------------------
const frame = buildResponse(0x90, encodeBaseRecord(encodeTextBlock(syntheticFields[0]!), syntheticPhoto(0)));
let sink = 0;
const decode = () => {
  const parser = new FrameParser();
  for (const e of parser.push(frame)) {
    if (e.type !== 'frame') continue;
    const rec = parseBaseRecord(e.frame.body.subarray(3));
    if (rec.ok)
      sink += decodeTextBlock(rec.value.text, { photo: rec.value.photo, today: '20250101' }).name!.length;
  }
};
const copy = () => {
  sink += Buffer.from(frame).length;
};
timeEach(5000, decode);
timeEach(5000, copy);
const N = 20000;
const d = timeEach(N, decode);
const c = timeEach(N, copy);
const total = d.reduce((a, b) => a + b, 0);
console.log(
  `decode 1295-byte frame (${N} runs): p50 ${fmt(pct(d, 50))}  p95 ${fmt(pct(d, 95))}  ${Math.round((N / total) * 1000)} ops/s  (target p95 ≤ 0.2 ms)`,
);
console.log(`baseline Buffer copy of the same bytes: p50 ${fmt(pct(c, 50))}  p95 ${fmt(pct(c, 95))}`);
console.log(`ratio decode/copy (p50): ${(pct(d, 50) / Math.max(pct(c, 50), 1e-6)).toFixed(1)}×`);

// --- 2. placed card → card event over a pty ------------------------------------------------------------
const pty = new PtyPair();
await pty.plug();
const device = new SamDevice();
let readRequestAt = 0;
let replySentAt = 0;
const origReceive = device.receive.bind(device);
device.receive = (bytes) => {
  if (bytes.includes(0x30) && bytes.length >= 10 && bytes[7] === 0x30) readRequestAt = performance.now();
  origReceive(bytes);
};
const served = await serveOnSerialPort(device, pty.devicePath);
// serveOnSerialPort installed its sender; wrap it to time the read reply leaving the simulator.
const send = (device as unknown as { out: (b: Buffer) => void }).out;
device.connect((b) => {
  if (b.length === 1295) replySentAt = performance.now();
  send(b);
});
const reader = new SamReader({
  id: 'bench',
  transport: new SerialTransport({ path: pty.hostPath }),
  pollMs: 5,
});
const waitFor = (type: ReaderEvent['type']) =>
  new Promise<void>((res) => {
    const off = reader.on((e) => {
      if (e.type === type) {
        off();
        res();
      }
    });
  });
const connected = waitFor('connected');
await reader.start();
await connected;

const beyond: number[] = [];
const simReply: number[] = [];
const endToEnd: number[] = [];
const RUNS = 200;
for (let i = 0; i < RUNS + 10; i++) {
  const n = i % syntheticFields.length;
  const card = waitFor('card');
  const t0 = performance.now();
  device.put({ kind: 'id', text: encodeTextBlock(syntheticFields[n]!), photo: syntheticPhoto(n) });
  await card;
  const t1 = performance.now();
  if (i >= 10) {
    beyond.push(t1 - replySentAt);
    simReply.push(replySentAt - readRequestAt);
    endToEnd.push(t1 - t0);
  }
  const removed = waitFor('removed');
  device.lift();
  await removed;
}
await reader.stop();
await served.close();
await pty.unplug();
console.log(`\ncard placed → card event over a socat pty (${RUNS} placements, poll every 5 ms):`);
console.log(
  `  beyond the simulator's reply (reply written → card event): p50 ${fmt(pct(beyond, 50))}  p95 ${fmt(pct(beyond, 95))}  (target p95 ≤ 20 ms)`,
);
console.log(
  `  baseline, simulator's own reply time (read request in → reply out): p50 ${fmt(pct(simReply, 50))}  p95 ${fmt(pct(simReply, 95))}`,
);
console.log(
  `  ratio beyond/simulator (p50): ${(pct(beyond, 50) / Math.max(pct(simReply, 50), 1e-6)).toFixed(1)}×`,
);
console.log(
  `  end to end incl. poll wait, find, select, read: p50 ${fmt(pct(endToEnd, 50))}  p95 ${fmt(pct(endToEnd, 95))}`,
);
if (sink < 0) console.log(sink);
