import { protectionWords } from '../../runtime/store/protection-words';
import type { Command } from '../command';
import { operator, unwrap } from '../operator';

export const info: Command = {
  words: ['info'],
  usage: 'info',
  summary: 'station name, mode, readers, job count, and where the data key is',
  needsRuntime: true,
  async run({ runtime }) {
    const value = unwrap(await runtime!.call(operator, 'station.info', {}));
    const stats = unwrap(await runtime!.call(operator, 'stats.today', {}));
    const status = runtime!.context.store.status();
    const words = protectionWords(status);
    // `protection` in words next to it: where the key is and what a backup must do with it.
    console.log(
      JSON.stringify(
        { ...value, keyFile: status.keyFile, protectionNote: words.note, today: stats },
        null,
        2,
      ),
    );
    if (words.warning) console.error(words.note);
  },
};
