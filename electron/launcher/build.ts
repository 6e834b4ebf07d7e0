import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BuildOptions, Metafile } from 'esbuild';
import { appRoot, rendererDistDir } from '../runtime/app-root';

/** Builds the renderer with Vite unless a build is already there (or `force`). */
export function ensureRendererBuilt(force = false): void {
  if (!force && existsSync(join(rendererDistDir(), 'index.html'))) return;
  console.log('building the interface (vite build)…');
  const r = spawnSync(
    process.execPath,
    [join(appRoot(), 'node_modules', 'vite', 'bin', 'vite.js'), 'build'],
    {
      cwd: appRoot(),
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) throw new Error('vite build failed');
}

/** What buildElectron writes, from the app root. package.json's "main" names the first. */
export const electronOutputs = {
  main: 'dist/electron/main.mjs',
  preload: 'dist/electron/preload.cjs',
} as const;

/**
 * Bundles the Electron main process (ESM, dependencies left in node_modules) and the preload
 * (CommonJS, self-contained: a sandboxed preload can require nothing but 'electron').
 */
export async function buildElectron(): Promise<Metafile[]> {
  const root = appRoot();
  const { build } = await import('esbuild');
  const main = await build({
    ...nodeBundle,
    entryPoints: [join(root, 'electron', 'main.ts')],
    outfile: join(root, electronOutputs.main),
  });
  const preload = await build({
    entryPoints: [join(root, 'electron', 'preload.ts')],
    outfile: join(root, electronOutputs.preload),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    minify: true,
    metafile: true,
    logLevel: 'warning',
  });
  return [main.metafile, preload.metafile];
}

/**
 * ESM for Node with every package left in node_modules: sql.js finds its wasm there, serialport and
 * node-hid their native builds. node20: package.json's engines (Electron's own Node is newer).
 */
const nodeBundle = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
} satisfies BuildOptions;

/** The programs `npm run hub`, `npm run station` and `npm start` run, as dist/node/<name>.mjs. */
export const nodePrograms = {
  hub: 'electron/hub/cli.ts',
  station: 'electron/cli/station.ts',
  start: 'electron/launcher/start.ts',
} as const;

/** What run-built.mjs reads to tell a current build from a stale one. */
export const buildStampFile = () => join(appRoot(), 'dist', 'node', 'build-inputs.json');

/**
 * Bundles the Electron main and preload and the Node programs, then writes the stamp run-built.mjs
 * checks: every source bundled (from esbuild's metafile), every output, and when the build began
 * (a source saved during the build is older than its bundle but not in it).
 */
export async function buildAll(): Promise<void> {
  const root = appRoot();
  const startedAt = Date.now();
  const out = join(root, 'dist', 'node');
  const { build } = await import('esbuild');
  const programs = await build({
    ...nodeBundle,
    // Dependencies bundled too: resolving and reading a few thousand files from node_modules was a
    // second of every start. Native and wasm packages stay there, and exceljs, loaded on first use.
    packages: undefined,
    external: ['sql.js', 'serialport', 'node-hid', 'exceljs', 'electron', 'playwright-core'],
    // Bundled CommonJS packages require Node's modules; an ES module has no `require` of its own.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    entryPoints: Object.fromEntries(Object.entries(nodePrograms).map(([n, src]) => [n, join(root, src)])),
    outdir: out,
    outExtension: { '.js': '.mjs' },
  });
  const metafiles = [programs.metafile, ...(await buildElectron())];
  // Metafile paths are relative to the working directory; the stamp's are relative to the app root.
  const fromCwd = (p: string) => relative(root, join(process.cwd(), p));
  // This module is an input too (a change to how things are bundled rebuilds them), and so is the
  // lock file: the programs bundle their dependencies, and an install that changes one changes it.
  const inputs = new Set(
    [join('electron', 'launcher', 'build.ts'), 'package-lock.json'].filter((f) => existsSync(join(root, f))),
  );
  const outputs = new Set<string>();
  for (const m of metafiles) {
    for (const p of Object.keys(m.inputs)) inputs.add(fromCwd(p));
    for (const p of Object.keys(m.outputs)) outputs.add(fromCwd(p));
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(
    buildStampFile(),
    JSON.stringify({ startedAt, inputs: [...inputs].sort(), outputs: [...outputs].sort() }, null, 1),
  );
}
