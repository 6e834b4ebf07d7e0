import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronOutputs } from '../../../electron/launcher/build';
import { appRoot } from '../../../electron/runtime/app-root';

/**
 * Electron starts the app from package.json's "main" (npm start spawns it on the app's folder, and
 * electron-builder packs package.json as it is): it must name the file the build writes.
 */
const read = (file: string) => readFileSync(join(appRoot(), file), 'utf8');

describe("the app's entry point", () => {
  it('is the Electron main the build writes', () => {
    const pkg = JSON.parse(read('package.json')) as { main?: string };
    expect(pkg.main).toBe(electronOutputs.main);
  });

  it('is named in package.json alone: the packager does not restate it', () => {
    expect(read('electron-builder.yml')).not.toMatch(/^\s*main:/m);
  });
});
