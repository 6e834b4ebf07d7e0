import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Electron executable if it is installed, else undefined. Reads the electron package's own
 * path.txt rather than requiring it, because requiring it tries to download a missing binary.
 */
export function electronBinary(): string | undefined {
  let pkgDir: string;
  try {
    pkgDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = join(pkgDir, 'path.txt');
  if (!override && !existsSync(pathFile)) return undefined;
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const binary = join(override ?? join(pkgDir, 'dist'), relative);
  return existsSync(binary) ? binary : undefined;
}
