/** `npm run hub -- [--config FILE] [--data DIR] [--port P] [--host H]`: the station headless, serving browsers. */
import { roles } from '../api';
import { exitWithError, parseCommonArgs, UsageError } from '../cli/args';
import { startHub } from './start-hub';

async function main() {
  const args = parseCommonArgs(process.argv.slice(2), { port: { type: 'string' }, host: { type: 'string' } });
  const port = args.flags.port === undefined ? undefined : Number(args.flags.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) {
    throw new UsageError(`--port must be a port number, got '${args.flags.port}'`);
  }
  const hub = await startHub({
    config: args.config,
    ...(args.dataDir !== undefined ? { dataDir: args.dataDir } : {}),
    ...(port !== undefined ? { port } : {}),
    ...(typeof args.flags.host === 'string' ? { host: args.flags.host } : {}),
  });
  console.log(`hub: ${hub.url}`);
  for (const role of roles) if (role !== 'admin') console.log(`  ${role.padEnd(6)} ${hub.pageUrl(role)}`);
  const stop = async () => {
    await hub.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch(exitWithError);
