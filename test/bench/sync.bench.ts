/**
 * Sync speed: the initial pull of 100k jobs from the reference platform (over loopback, validated,
 * applied page by page with the cursor) against a raw sql.js bulk insert of the same rows, measured
 * in the same run; then an incremental delta of 1k changed jobs. Prints figures; asserts nothing.
 * First into an in-memory store (sync's own cost), then into a station's data directory, where every
 * page is journaled, sealed and fsynced like any write (what a hub pays on its first start).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateJobs } from '../../assets/jobs/generator';
import { parseConfig } from '../../electron/runtime/config';
import { createRuntime } from '../../electron/runtime/runtime';
import { Db } from '../../electron/runtime/store/db';
import { migrations } from '../../electron/runtime/store/migrations';
import { loadSqlJs } from '../../electron/runtime/store/sqljs';
import { startPlatform } from '../platform/platform';

const N = Number(process.env.SYNC_BENCH_JOBS ?? 100_000);
const DELTA = 1_000;
const seed = 20261121;
const ms = (t: number) => `${t.toFixed(0)} ms`;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

async function rawInsert(): Promise<number> {
  const jobs = generateJobs({ count: N, seed, prefix: 'pf' });
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  migrations.find((m) => m.version === 1)!.up(new Db(db));
  gc();
  const t0 = performance.now();
  db.run('BEGIN');
  const stmt = db.prepare(
    `INSERT INTO jobs (id, status, district, occupation, employer_id, title, employer_name, valid_through, updated_at, data)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const j of jobs) {
    stmt.run([
      j.id,
      j.status,
      j.district,
      j.occupation,
      j.employer.id,
      j.title,
      j.employer.name,
      j.validThrough,
      j.updatedAt,
      JSON.stringify(j),
    ]);
  }
  stmt.free();
  db.run('COMMIT');
  const t = performance.now() - t0;
  db.close();
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

async function main() {
  const raw = await rawInsert();
  gc();
  const platform = await startPlatform({ jobs: N, seed });
  const { runtime, status, ms: initial } = await firstSync(platform, null);
  const cached = runtime.context.store.read(
    (db) => db.get<{ n: number }>('SELECT count(*) AS n FROM jobs')!.n,
  );
  const pages = platform.state.pulls.length;
  if (status.pull.lastError || cached !== N)
    throw new Error(`initial sync incomplete: ${cached}/${N}, ${status.pull.lastError}`);

  const jobs = platform.state.jobs();
  for (let i = 0; i < DELTA; i++) {
    const j = jobs[(i * 97) % jobs.length]!;
    platform.state.upsert({
      ...j,
      filled: Math.min(j.headcount, j.filled + 1),
      updatedAt: new Date(Date.parse(j.updatedAt) + 3_600_000).toISOString(),
    });
  }
  const t1 = performance.now();
  await runtime.context.sync.syncNow();
  const delta = performance.now() - t1;
  const t2 = performance.now();
  await runtime.context.sync.syncNow();
  const idle = performance.now() - t2;

  console.log(`jobs: ${N}, page size 1000, in-memory store, loopback`);
  console.log(`raw sql.js bulk insert (one prepared statement, one transaction): ${ms(raw)}`);
  console.log(
    `initial sync (${pages} pages: fetch, parse, validate, apply + cursor per page): ${ms(initial)}  = ${(initial / raw).toFixed(2)}× raw (target ≤ 2×)`,
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
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
