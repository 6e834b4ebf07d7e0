/**
 * `node electron/launcher/run-built.mjs <hub|station|start> [args…]`: runs one of the station's Node
 * programs from its bundle in dist/node, building first (build.ts's buildAll, through tsx) when the
 * build is missing or a source it bundled has changed since. Plain JavaScript, so that a station
 * whose build is current starts without loading a TypeScript compiler.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const stampFile = join(root, 'dist', 'node', 'build-inputs.json');
const mtime = (file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs;

/** The stamp when every output is there and no bundled source (nor the build module) changed since the build began. */
function currentStamp() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return undefined;
  }
  if (stamp.outputs.some((f) => mtime(join(root, f)) === undefined)) return undefined;
  return stamp.inputs.every((f) => (mtime(join(root, f)) ?? Infinity) < stamp.startedAt) ? stamp : undefined;
}

const name = process.argv[2];
let stamp = currentStamp();
if (name && !stamp) {
  console.error('building the station (esbuild)…');
  const built = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'electron', 'launcher', 'build-electron.ts')],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (built.status !== 0) process.exit(built.status ?? 1);
  stamp = currentStamp();
}
const program = `dist/node/${name}.mjs`;
if (!stamp?.outputs.includes(program)) {
  const names = (stamp?.outputs ?? []).flatMap((f) => /^dist\/node\/(\w+)\.mjs$/.exec(f)?.[1] ?? []);
  console.error(`usage: node electron/launcher/run-built.mjs <${names.join('|') || 'program'}> [args…]`);
  process.exit(2);
}
// The program reads its own arguments from argv[2] on, as when it is run directly.
process.argv.splice(2, 1);
await import(pathToFileURL(join(root, program)).href);
