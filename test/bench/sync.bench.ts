/**
 * Sync speed: the initial pull of 100k jobs from the reference platform (over loopback, validated,
 * applied page by page with the cursor) against a raw sql.js bulk insert of the same rows, measured
 * in the same run; then an incremental delta of 1k changed jobs. Prints figures; asserts nothing.
 * The platform runs on a thread of its own, as it runs on a machine of its own; the same sync with
 * the platform on the station's thread is printed beside it. First into an in-memory store (sync's
 * own cost), then into a station's data directory, where every page is journaled, sealed and fsynced
 * like any write (what a hub pays on its first start).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseConfig } from '../../electron/runtime/config';
import { createRuntime } from '../../electron/runtime/runtime';
import { thread } from './bench-thread';
import type { PlatformRequest } from './platform-thread';

const N = Number(process.env.SYNC_BENCH_JOBS ?? 100_000);
const DELTA = 1_000;
const seed = 20261121;
const ms = (t: number) => `${t.toFixed(0)} ms`;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

// Each measurement gets a fresh heap on a thread of its own: a 100k-row sql.js database left in this
// one slowed what came after by a third.

/** The raw sql.js bulk insert of the same rows, the baseline. */
async function rawInsert(): Promise<number> {
  const { worker, next } = thread('./sync-raw-thread.ts', { jobs: N, seed });
  const { ms: t } = await next<{ ms: number }>('raw');
  await worker.terminate();
  return t;
}

/** A station syncing with the platform, and the time of its first full pull. */
async function firstSync(platform: { url: string; token: string }, dataDir: string | null) {
  const runtime = await createRuntime(
    parseConfig({ readers: [], upstream: { url: platform.url, token: platform.token, pageSize: 1000 } }),
    { dataDir, startSync: false },
  );
  gc();
  const t0 = performance.now();
  runtime.context.sync.start();
  const status = await runtime.context.sync.syncNow();
  return { runtime, status, ms: performance.now() - t0 };
}

/** The platform on its own thread, as on its own machine. */
async function platformThread() {
  const { worker, next } = thread('./platform-thread.ts', { jobs: N, seed });
  const ready = await next<{ url: string; token: string }>('ready');
  const ask = <T>(request: PlatformRequest, answer: string) => {
    const p = next<T>(answer);
    worker.postMessage(request);
    return p;
  };
  return {
    url: ready.url,
    token: ready.token,
    touch: (count: number) => ask({ type: 'touch', count }, 'touched'),
    pages: async () => (await ask<{ pages: number }>({ type: 'pages' }, 'pages')).pages,
    close: async () => {
      await ask({ type: 'close' }, 'closed');
      await worker.terminate();
    },
  };
}

const cachedJobs = (runtime: Awaited<ReturnType<typeof createRuntime>>) =>
  runtime.context.store.read((db) => db.get<{ n: number }>('SELECT count(*) AS n FROM jobs')!.n);

async function main() {
  const raw = await rawInsert();

  const platform = await platformThread();
  const { runtime, status, ms: initial } = await firstSync(platform, null);
  const cached = cachedJobs(runtime);
  const pages = await platform.pages();
  if (status.pull.lastError || cached !== N)
    throw new Error(`initial sync incomplete: ${cached}/${N}, ${status.pull.lastError}`);

  await platform.touch(DELTA);
  const t1 = performance.now();
  await runtime.context.sync.syncNow();
  const delta = performance.now() - t1;
  const t2 = performance.now();
  await runtime.context.sync.syncNow();
  const idle = performance.now() - t2;

  console.log(`jobs: ${N}, page size 1000, in-memory store, loopback; the platform on its own thread`);
  console.log(`raw sql.js bulk insert (one prepared statement, one transaction): ${ms(raw)}`);
  console.log(
    `initial sync (${pages} pages: fetch, parse, validate, apply + cursor per page, index for matching): ${ms(initial)}  = ${(initial / raw).toFixed(2)}× raw (target ≤ 2×)`,
  );
  console.log(`  ${(N / (initial / 1000)).toFixed(0)} jobs/s`);
  console.log(`incremental sync of a ${DELTA}-job delta: ${ms(delta)}`);
  console.log(`idle poll (ETag, 304): ${ms(idle)}`);
  console.log(
    `heap used: ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB, rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`,
  );
  await runtime.close();

  // The same initial sync into a data directory: journaled, encrypted, fsynced per page.
  const dir = mkdtempSync(join(tmpdir(), 'sync-bench-'));
  try {
    const { runtime: onDisk, status: diskStatus, ms: diskInitial } = await firstSync(platform, dir);
    const journal = onDisk.context.store.status();
    if (diskStatus.pull.lastError) throw new Error(`on-disk sync failed: ${diskStatus.pull.lastError}`);
    console.log(
      `initial sync into a data directory (journaled + sealed + fsync per page): ${ms(diskInitial)}  = ${(diskInitial / raw).toFixed(2)}× raw; ${journal.seq} journal records, ${(journal.journalBytes / 1048576).toFixed(0)} MB journal since the last checkpoint`,
    );
    const t4 = performance.now();
    await onDisk.close();
    console.log(`  close, with its final checkpoint: ${ms(performance.now() - t4)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await platform.close();

  // The platform's work on the station's thread too, as this benchmark first measured it.
  const { worker, next } = thread('./sync-shared-thread.ts', { jobs: N, seed });
  const shared = await next<{ ms: number; error: string | null }>('shared');
  await worker.terminate();
  if (shared.error) throw new Error(`shared-thread sync failed: ${shared.error}`);
  console.log(
    `initial sync with the platform on the station's thread as well: ${ms(shared.ms)}  = ${(shared.ms / raw).toFixed(2)}× raw`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
