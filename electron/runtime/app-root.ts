import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The app's root folder (the one holding package.json): the source tree in development, the bundle's
 * root (or the asar) when packaged. Assets are found from here, not from the calling file, so the
 * same code works bundled and unbundled.
 */
export function appRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the app root (no package.json above the runtime)');
    dir = up;
  }
}

export const assetPath = (...parts: string[]) => join(appRoot(), 'assets', ...parts);
export const rendererDistDir = () => join(appRoot(), 'dist', 'renderer');
