import { defaultDataDir } from '../../runtime/config';
import { defaultKeyFile } from '../../runtime/store/key-file-location';
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
    const keyFile = config.keyFile ?? defaultKeyFile();
    const r = await rotateKeys(dir, { keyFile });
    console.log(JSON.stringify({ dataDir: dir, keyFile, ...r }, null, 2));
    console.log(
      `note: the key-encryption key is the file ${keyFile}, apart from the data; back it up apart from the data directory.`,
    );
  },
};
