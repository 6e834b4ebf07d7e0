/**
 * `npm run reader:sim -- --pty [--faults 0.1] [--delay 200]`: a simulated ID-card reader for demos.
 * With --pty it creates a pseudo-terminal pair and prints the path a serial driver should open;
 * with --path it answers on an existing serial port (e.g. one end of a null-modem cable).
 * Then type commands: `place [n]`, `remove`, `other`, `fault <name>`, `list`, `quit`.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ALL_FAULTS, type Fault } from './faults';
import { syntheticCards, syntheticFields, syntheticPhoto } from './identities';
import { PtyPair } from './pty-pair';
import { SamDevice } from './sam-device';
import { serveOnSerialPort } from './serial-device';
import { encodeTextBlock } from '../idcard/text-encoder';

const { values } = parseArgs({
  options: {
    pty: { type: 'boolean', default: false },
    path: { type: 'string' },
    faults: { type: 'string', default: '0' },
    delay: { type: 'string', default: '150' },
    card: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help || (!values.pty && !values.path)) {
  console.log('usage: reader:sim (--pty | --path /dev/ttyX) [--faults RATE] [--delay MS] [--card N]');
  process.exit(values.help ? 0 : 2);
}

const device = new SamDevice({
  replyDelayMs: Number(values.delay),
  faultRate: Number(values.faults),
  faultPool: ALL_FAULTS.filter((f) => f !== 'sam-fault'),
});

let pty: PtyPair | undefined;
let devicePath = values.path;
if (values.pty) {
  pty = new PtyPair();
  await pty.plug();
  devicePath = pty.devicePath;
  console.log(`reader device: ${pty.hostPath}`);
  console.log(`(open it with driver "serial", path "${pty.hostPath}", 115200 8N1)`);
}
const served = await serveOnSerialPort(device, devicePath!);

const place = (i: number) => {
  const n = ((i % syntheticFields.length) + syntheticFields.length) % syntheticFields.length;
  device.put({ kind: 'id', text: encodeTextBlock(syntheticFields[n]!), photo: syntheticPhoto(n) });
  console.log(`placed #${n} (${syntheticFields[n]!.cardType})`);
};
if (values.card !== undefined) place(Number(values.card));

let next = 0;
const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'sim> ' });
rl.prompt();
rl.on('line', (line) => {
  const [cmd, arg] = line.trim().split(/\s+/);
  switch (cmd) {
    case 'place':
      place(arg === undefined ? next++ : Number(arg));
      break;
    case 'remove':
      device.lift();
      console.log('lifted');
      break;
    case 'other':
      device.put({ kind: 'other' });
      console.log('placed a non-ID card');
      break;
    case 'fault':
      if (ALL_FAULTS.includes(arg as Fault)) device.inject(arg as Fault);
      else console.log(`faults: ${ALL_FAULTS.join(', ')}`);
      break;
    case 'list':
      syntheticCards.forEach((c, i) => console.log(`${i}: ${c.cardType} ${c.validation.checksum ? 'valid' : 'forged'}`));
      break;
    case 'quit':
    case 'exit':
      rl.close();
      return;
    case '':
      break;
    default:
      console.log('commands: place [n] | remove | other | fault <name> | list | quit');
  }
  rl.prompt();
});
rl.on('close', async () => {
  await served.close();
  await pty?.unplug();
  process.exit(0);
});
