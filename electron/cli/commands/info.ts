import type { Command } from '../command';
import { operator, unwrap } from '../operator';

export const info: Command = {
  words: ['info'],
  usage: 'info',
  summary: 'station name, mode, readers and job count',
  needsRuntime: true,
  async run({ runtime }) {
    const value = unwrap(await runtime!.call(operator, 'station.info', {}));
    const stats = unwrap(await runtime!.call(operator, 'stats.today', {}));
    console.log(JSON.stringify({ ...value, today: stats }, null, 2));
  },
};
