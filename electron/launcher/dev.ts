/**
 * `npm run dev`: a hub on the embedded data plus Vite's dev server with hot reload; Vite proxies
 * /api to the hub, so the pages behave exactly as they do when the hub serves them.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { roles } from '../api';
import { exitWithError, parseCommonArgs } from '../cli/args';
import { startHub } from '../hub/start-hub';
import { appRoot } from '../runtime/app-root';

async function main() {
  const args = parseCommonArgs(process.argv.slice(2));
  const hub = await startHub({
    config: args.config,
    ...(args.dataDir !== undefined ? { dataDir: args.dataDir } : {}),
  });
  const vite = spawn(process.execPath, [join(appRoot(), 'node_modules', 'vite', 'bin', 'vite.js')], {
    cwd: appRoot(),
    stdio: 'inherit',
    env: { ...process.env, STATION_HUB_URL: hub.url },
  });
  console.log('pages with hot reload (Vite on :5173):');
  for (const role of roles.filter((r) => r !== 'admin')) {
    console.log(`  ${role.padEnd(6)} ${hub.pageUrl(role).replace(hub.url, 'http://localhost:5173')}`);
  }
  const stop = async () => {
    vite.kill();
    await hub.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  vite.on('exit', () => void stop());
}

main().catch(exitWithError);
