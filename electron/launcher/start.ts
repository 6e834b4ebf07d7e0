/**
 * `npm start [-- --all] [--config FILE] [--data DIR] [--port P]`: runs the station on the embedded default.
 * With Electron installed it launches the Electron app. Without it (as on machines where Electron's binary
 * cannot be downloaded) it starts the hub and opens the kiosk — or, with --all, every role — in a
 * Chromium found on the machine, in app mode. With no display it renders the kiosk headless to a PNG
 * and prints the URLs.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { roles, type Role } from '../api';
import { exitWithError, parseCommonArgs } from '../cli/args';
import { startHub } from '../hub/start-hub';
import { appRoot } from '../runtime/app-root';
import { ensureRendererBuilt } from './build';
import { findChromium } from './chromium';
import { electronBinary } from './electron-binary';

async function main() {
  const args = parseCommonArgs(process.argv.slice(2), {
    all: { type: 'boolean' },
    port: { type: 'string' },
    browser: { type: 'boolean' },
  });
  ensureRendererBuilt();

  const electron = args.flags.browser ? undefined : electronBinary();
  if (electron) {
    // dist/electron is current: run-built.mjs, which runs this, rebuilt it if a source had changed.
    const extra = typeof args.flags.config === 'string' ? [`--config=${args.flags.config}`] : [];
    const child = spawn(electron, [appRoot(), ...extra], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }

  const hub = await startHub({
    config: args.config,
    ...(args.dataDir !== undefined ? { dataDir: args.dataDir } : {}),
    ...(typeof args.flags.port === 'string' ? { port: Number(args.flags.port) } : {}),
  });
  const shown: Role[] = args.flags.all ? roles.filter((r) => r !== 'admin') : ['kiosk'];
  console.log(`Electron is not installed here; the station runs as a hub at ${hub.url}`);
  for (const role of roles.filter((r) => r !== 'admin'))
    console.log(`  ${role.padEnd(6)} ${hub.pageUrl(role)}`);

  const chromium = findChromium();
  if (chromium && process.env.DISPLAY) {
    const profile = mkdtempSync(join(tmpdir(), 'station-chromium-'));
    for (const role of shown) {
      spawn(
        chromium,
        [
          `--app=${hub.pageUrl(role)}`,
          `--user-data-dir=${join(profile, role)}`,
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-default-browser-check',
          '--disable-features=Translate',
          '--lang=zh-CN',
          // Hides the infobar about --no-sandbox, which a kiosk user must not see.
          '--test-type',
          ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
          role === 'kiosk' ? '--window-size=1080,1920' : '--window-size=1920,1080',
        ],
        { stdio: 'ignore', detached: false },
      );
    }
    console.log(`opened ${shown.join(', ')} in ${chromium}. Ctrl+C stops the station.`);
  } else if (chromium) {
    const { renderHeadless } = await import('./headless-preview');
    const file = await renderHeadless(chromium, hub.pageUrl('kiosk'));
    console.log(
      `no display: rendered the kiosk headless to ${file}; open the URLs above in a browser, or run under xvfb-run.`,
    );
  } else {
    console.log('no Chromium found: open the URLs above in a browser on this machine.');
  }

  const stop = async () => {
    await hub.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch(exitWithError);
