/** `npm run hub -- [--config FILE] [--data DIR] [--port P] [--host H]`: the station headless, serving browsers. */
import { roles } from '../api';
import { exitWithError, parseCommonArgs, UsageError } from '../cli/args';
import { StoreError } from '../runtime/store/errors';
import { protectionWords } from '../runtime/store/protection-words';
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
  const status = hub.runtime.context.store.status();
  const words = protectionWords(status);
  if (words.warning || status.keyMovedFrom) console.error(words.note);
  console.log(`hub: ${hub.url}`);
  for (const role of roles) if (role !== 'admin') console.log(`  ${role.padEnd(6)} ${hub.pageUrl(role)}`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    try {
      await hub.close();
      console.log(`hub stopped (${signal})`);
      process.exit(0);
    } catch (err) {
      // Every acknowledged change is already in the journal; say what failed, without a stack trace.
      console.error(`hub: stopping on ${signal} did not finish cleanly: ${(err as Error).message}`);
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  // A store that will not open (key missing, disk full, read-only) is the operator's to fix: the message says how.
  if (err instanceof StoreError) {
    console.error(`hub: ${err.message}`);
    process.exit(1);
  }
  exitWithError(err);
});
