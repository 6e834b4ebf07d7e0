/**
 * The fences between the contract, the runtime and the shells are lint rules (eslint.config.js):
 * these cases show a forbidden import is reported where it would be written, and that the contract
 * as it stands crosses none.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The import-fence messages ESLint gives a one-line import written in the file at `filePath`. */
async function fenceErrors(filePath: string, from: string): Promise<string[]> {
  const code = `import type { X } from '${from}';\nexport type Y = X;\n`;
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import fences', () => {
  it.each([
    ['electron/contract/match.ts', '../runtime/match/market'],
    ['electron/contract/match.ts', '../../electron/runtime'],
    ['electron/contract/booth.ts', '../hub/server'],
    ['electron/contract/booth.ts', '../shell/windows'],
    ['electron/api.ts', './runtime/match/match'],
    ['electron/schema/job.ts', '../runtime/jobs/visibility'],
  ])('the contract file %s may not import %s, not even a type', async (file, from) => {
    expect(await fenceErrors(file, from)).toEqual([expect.stringContaining('the contract imports nothing')]);
  });

  it.each([
    ['electron/runtime/match/score.ts', '../../shell/windows'],
    ['electron/runtime/runtime.ts', '../main'],
    ['electron/runtime/sync/loop.ts', '../../hub/server'],
  ])('the runtime file %s may not import the shell %s', async (file, from) => {
    expect(await fenceErrors(file, from)).toEqual([
      expect.stringContaining('the runtime never imports a shell'),
    ]);
  });

  it('the runtime may not import Electron', async () => {
    expect(await fenceErrors('electron/runtime/runtime.ts', 'electron')).toEqual([
      expect.stringContaining('plain Node'),
    ]);
  });

  it.each([
    ['electron/contract/screen.ts', './match'],
    ['electron/contract/desk.ts', '../schema/worker'],
    ['electron/runtime/match/score.ts', '../../contract/match'],
    ['electron/runtime/devices/readers.ts', '../../../drivers'],
  ])('%s may import %s', async (file, from) => {
    expect(await fenceErrors(file, from)).toEqual([]);
  });

  it('the contract as written imports nothing across its fence', async () => {
    const results = await eslint.lintFiles([
      'electron/contract/**/*.ts',
      'electron/api.ts',
      'electron/schema/**/*.ts',
    ]);
    expect(results.length).toBeGreaterThan(10);
    const crossings = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId === 'no-restricted-imports')
        .map((m) => `${r.filePath}: ${m.message}`),
    );
    expect(crossings).toEqual([]);
  });
});
