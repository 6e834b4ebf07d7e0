import { readFile } from 'node:fs/promises';
import { decodeHexFrames, listPorts } from '../../../drivers/diagnostics';
import { stationClock } from '../../runtime/clock/station-day';
import { UsageError } from '../args';
import type { Command } from '../command';

/** For technicians: decode bytes captured from a reader (hex; spaces and newlines allowed), one JSON line per frame. */
export const cardDecode: Command = {
  words: ['card', 'decode'],
  usage: 'card decode FILE',
  summary: 'decode captured reader frames (hex) to JSON, one line per frame',
  needsRuntime: false,
  async run({ rest, config }) {
    const file = rest[0];
    if (!file) throw new UsageError('card decode needs a FILE of hex bytes');
    const text = await readFile(file, 'utf8').catch((err: Error) => {
      throw new UsageError(`cannot read ${file}: ${err.message}`);
    });
    const frames = decodeHexFrames(text, stationClock(config.timeZone).today());
    if (frames.length === 0) throw new UsageError(`no reader frame found in ${file}`);
    for (const f of frames) {
      const { status, card } = f;
      console.log(
        JSON.stringify(card ? { status, card } : { status, ...(f.problem ? { problem: f.problem } : {}) }),
      );
    }
  },
};

export const cardListPorts: Command = {
  words: ['card', 'list-ports'],
  usage: 'card list-ports',
  summary: 'serial ports and HID devices a reader could be on',
  needsRuntime: false,
  async run() {
    console.log(JSON.stringify(await listPorts(), null, 2));
  },
};
