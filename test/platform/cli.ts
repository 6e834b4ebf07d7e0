/**
 * `npm run platform:dev -- [--port P] [--host H] [--jobs N] [--token T] [--faults 5xx=0.3,reset=0.05,…]`
 * Runs the reference platform, a test double of the regional employment platform, until Ctrl-C.
 */
import { parseArgs } from 'node:util';
import { parseFaults } from './faults';
import { defaultPlatformToken, startPlatform } from './platform';

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8790' },
      host: { type: 'string', default: '127.0.0.1' },
      jobs: { type: 'string', default: '1000' },
      token: { type: 'string', default: defaultPlatformToken },
      seed: { type: 'string' },
      faults: { type: 'string', default: '' },
    },
  });
  const port = Number(values.port);
  const jobs = Number(values.jobs);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a port number, got '${values.port}'`);
  if (!Number.isInteger(jobs) || jobs < 0 || jobs > 100_000)
    throw new Error(`--jobs must be 0 to 100000, got '${values.jobs}'`);
  const platform = await startPlatform({
    port,
    host: values.host,
    jobs,
    token: values.token,
    faults: parseFaults(values.faults),
    ...(values.seed ? { seed: Number(values.seed) } : {}),
  });
  console.log(`reference platform (test double) on ${platform.url} with ${jobs} jobs`);
  console.log(`token: ${platform.token}`);
  console.log(`faults: ${JSON.stringify(platform.faults)}`);
  const stop = async () => {
    await platform.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(2);
});
