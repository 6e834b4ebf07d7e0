import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
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

/**
 * Bundles the Electron main process (ESM, dependencies left in node_modules) and the preload
 * (CommonJS, self-contained: a sandboxed preload can require nothing but 'electron').
 */
export async function buildElectron(): Promise<void> {
  const root = appRoot();
  const out = join(root, 'dist', 'electron');
  await build({
    entryPoints: [join(root, 'electron', 'main.ts')],
    outfile: join(out, 'main.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  await build({
    entryPoints: [join(root, 'electron', 'preload.ts')],
    outfile: join(out, 'preload.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    minify: true,
    logLevel: 'warning',
  });
}
