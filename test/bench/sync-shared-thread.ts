/**
 * For comparison in the sync benchmark: the platform and the station on one thread (a fresh one),
 * so the platform's building and sending of pages is counted with the station's work.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseConfig } from '../../electron/runtime/config';
import { createRuntime } from '../../electron/runtime/runtime';
import { startPlatform } from '../platform/platform';

const { jobs, seed } = workerData as { jobs: number; seed: number };
const platform = await startPlatform({ jobs, seed });
const runtime = await createRuntime(
  parseConfig({ readers: [], upstream: { url: platform.url, token: platform.token, pageSize: 1000 } }),
  { dataDir: null, startSync: false },
);
const t0 = performance.now();
runtime.context.sync.start();
const status = await runtime.context.sync.syncNow();
const ms = performance.now() - t0;
await runtime.close();
await platform.close();
parentPort!.postMessage({ type: 'shared', ms, error: status.pull.lastError ?? null });
