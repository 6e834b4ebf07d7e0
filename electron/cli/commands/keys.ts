import { defaultDataDir } from '../../runtime/config';
import { rotateKeys } from '../../runtime/store/rotate-keys';
import type { Command } from '../command';

/** Replaces the data key of a stopped station and re-seals its snapshot; old journals go with the old key. */
export const keysRotate: Command = {
  words: ['keys', 'rotate'],
  usage: 'keys rotate',
  summary: 'new data key for the station data (stop the station first)',
  needsRuntime: false,
  async run({ dataDir, config }) {
    const dir = dataDir ?? config.dataDir ?? defaultDataDir();
    const r = await rotateKeys(dir);
    console.log(JSON.stringify({ dataDir: dir, ...r }, null, 2));
    if (r.protection === 'weak') {
      console.log(
        'note: the key-encryption key is a file beside the data (weak protection); keep the disk encrypted.',
      );
    }
  },
};
