/**
 * `npm run bench -- startup`: how soon a restarted hub serves a kiosk. A real hub process, run the
 * way the README runs it, on a data directory holding 100k jobs synced from the reference platform
 * (the platform stays up as its upstream, as after a power cut in a hall whose network is back),
 * beside the same hub on the embedded default feed (320 jobs). Measured from the spawn: `/healthz`
 * answered, then the first `match.recommend` answered for a worker who placed a card as soon as the
 * hub answered (the reader's 300 ms poll and the registration are in it, as at a kiosk), and the
 * process's peak RSS (VmHWM), and the CPU time the hub had used by then (on a loaded machine wall
 * times inflate; CPU time much less). Prints figures and ratios; asserts nothing.
 * Targets: /healthz ≤ 2 s, first recommendation ≤ 2.5 s, peak RSS ≤ 300 MB with 100k jobs.
 *
 * STARTUP_BENCH_JOBS (default 100000), STARTUP_BENCH_RUNS (restarts per data set, default 3),
 * STARTUP_BENCH_TSX=1: the hub from its TypeScript through tsx, as it ran before it was built.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import type { CardPresented } from '../../electron/api';
import { parseConfig, type StationConfigInput } from '../../electron/runtime/config';
import { createRuntime } from '../../electron/runtime/runtime';
import { appRoot } from '../../electron/runtime/app-root';
import { buildAll } from '../../electron/launcher/build';
import { thread } from './bench-thread';
import type { PlatformRequest } from './platform-thread';

const N = Number(process.env.STARTUP_BENCH_JOBS ?? 100_000);
const RUNS = Number(process.env.STARTUP_BENCH_RUNS ?? 3);
const KIOSK_TOKEN = 'bench-kiosk-token-0123456789abcdef';
const root = mkdtempSync(join(tmpdir(), 'startup-bench-'));
const keyFile = join(root, 'station.kek');

const fromSource = process.env.STARTUP_BENCH_TSX === '1';
/** How the README runs the hub (`npm run hub` is this, after npm's own start-up). */
const hubCommand = (args: string[]) => ({
  command: process.execPath,
  args: fromSource
    ? ['--import', 'tsx', join(appRoot(), 'electron', 'hub', 'cli.ts'), ...args]
    : [join(appRoot(), 'electron', 'launcher', 'run-built.mjs'), 'hub', ...args],
});

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** One kiosk terminal with the virtual reader beside it; the station's key outside the data. */
function writeConfig(name: string, extra: Partial<StationConfigInput> = {}): string {
  const file = join(root, `${name}.json`);
  const config: StationConfigInput = {
    keyFile,
    readers: [{ driver: 'simulator', id: 'reader-1', serves: 'kiosk', terminal: 'kiosk-1' }],
    hub: { terminals: [{ id: 'kiosk-1', name: '1号自助机', role: 'kiosk', token: KIOSK_TOKEN }] },
    ...extra,
  };
  writeFileSync(file, JSON.stringify(config));
  return file;
}

/** The reference platform on its own thread, as on its own machine. */
async function platformThread() {
  const { worker, next } = thread('./platform-thread.ts', { jobs: N, seed: 20261121 });
  const { url, token } = await next<{ url: string; token: string }>('ready');
  return {
    url,
    token,
    async close() {
      const closed = next('closed');
      worker.postMessage({ type: 'close' } satisfies PlatformRequest);
      await closed;
      await worker.terminate();
    },
  };
}

/** A data directory holding `N` jobs pulled from the platform by the station's own sync. */
async function syncedDataDir(platform: { url: string; token: string }): Promise<string> {
  const dir = join(root, 'synced');
  const t0 = performance.now();
  const runtime = await createRuntime(
    parseConfig({ keyFile, readers: [], upstream: { url: platform.url, token: platform.token } }),
    { dataDir: dir, startSync: false },
  );
  runtime.context.sync.start();
  const status = await runtime.context.sync.syncNow();
  const n = runtime.context.store.read((db) => db.get<{ n: number }>('SELECT count(*) AS n FROM jobs')!.n);
  await runtime.close();
  if (status.pull.lastError || n !== N)
    throw new Error(`sync incomplete: ${n}/${N}, ${status.pull.lastError}`);
  console.log(`data directory: ${n} jobs synced in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return dir;
}

async function api<T>(url: string, method: string, body: unknown): Promise<T> {
  const res = await fetch(`${url}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KIOSK_TOKEN}` },
    body: JSON.stringify(body),
  });
  const r = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!r.ok) throw new Error(`${method}: ${r.error?.message}`);
  return r.value as T;
}

/** Polls until the hub answers: what a kiosk's page does while the hub comes up. */
async function untilHealthy(url: string, exited: () => boolean): Promise<void> {
  for (;;) {
    if (exited()) throw new Error('the hub exited before answering /healthz');
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await delay(5);
  }
}

/** A worker at the kiosk: card on the reader, registered (or recognised), then recommendations. */
async function firstRecommendation(url: string): Promise<{ sentAt: number; jobs: number }> {
  await api(url, 'simulator.placeCard', { identity: 0 });
  let card: CardPresented | null = null;
  while (!card) {
    card = await api<CardPresented | null>(url, 'card.current', {});
    if (!card) await delay(10);
  }
  const reg = await api<{ session?: string }>(url, 'workers.registerFromCard', {
    token: card.token,
    consent: { registration: true, shareWithEmployers: false },
  });
  const sentAt = performance.now();
  const recs = await api<{ items: unknown[] }>(url, 'match.recommend', { session: reg.session });
  return { sentAt, jobs: recs.items.length };
}

const vmKb = (pid: number, field: 'VmHWM' | 'VmRSS') =>
  Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
/** User + system CPU time of a process, ms (clock ticks of 10 ms). */
const cpuMs = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

interface Run {
  healthMs: number;
  /** CPU time the hub had used when /healthz answered. */
  healthCpuMs: number;
  recommendMs: number;
  recommendCpuMs: number;
  /** The recommend request alone, from sending it. */
  requestMs: number;
  peakMb: number;
}

async function startOnce(config: string, dataDir: string): Promise<Run> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { command, args } = hubCommand(['--config', config, '--data', dataDir, '--port', String(port)]);
  const t0 = performance.now();
  const hub = spawn(command, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DEBUG: '' },
  });
  let stderr = '';
  hub.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  let exited = false;
  const exit = once(hub, 'exit').then(() => (exited = true));
  try {
    await untilHealthy(url, () => exited);
    const healthMs = performance.now() - t0;
    const healthCpuMs = cpuMs(hub.pid!);
    const { sentAt, jobs } = await firstRecommendation(url);
    const done = performance.now();
    const recommendCpuMs = cpuMs(hub.pid!);
    if (jobs === 0) throw new Error('the first recommendation was empty');
    const peakMb = vmKb(hub.pid!, 'VmHWM') / 1024;
    return {
      healthMs,
      healthCpuMs,
      recommendMs: done - t0,
      recommendCpuMs,
      requestMs: done - sentAt,
      peakMb,
    };
  } catch (err) {
    throw new Error(`${(err as Error).message}\n${stderr}`);
  } finally {
    hub.kill('SIGTERM');
    await exit;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const spread = (xs: number[], digits = 0) =>
  `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

async function measure(label: string, config: string, dataDir: string): Promise<Run> {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await startOnce(config, dataDir));
  const pick = (k: keyof Run) => runs.map((r) => r[k]);
  console.log(`${label}, ${RUNS} restarts, median (min–max):`);
  console.log(
    `  /healthz answered          ${spread(pick('healthMs'))} ms, CPU ${spread(pick('healthCpuMs'))} ms`,
  );
  console.log(
    `  first recommendation       ${spread(pick('recommendMs'))} ms, CPU ${spread(pick('recommendCpuMs'))} ms  (the request itself ${spread(pick('requestMs'))} ms)`,
  );
  console.log(`  peak RSS (VmHWM)           ${spread(pick('peakMb'))} MB`);
  const all = Object.keys(runs[0]!) as (keyof Run)[];
  return Object.fromEntries(all.map((k) => [k, median(pick(k))])) as unknown as Run;
}

async function main() {
  // Built before the clock starts, as a station's install or update builds it once.
  if (!fromSource) await buildAll();
  console.log(
    `hub run ${fromSource ? 'from TypeScript through tsx' : 'from built JavaScript (run-built.mjs)'}`,
  );
  const platform = await platformThread();
  try {
    // The embedded feed: a data directory the hub filled on its first start, measured on restarts.
    const defaultDir = join(root, 'default');
    const defaultConfig = writeConfig('default');
    await startOnce(defaultConfig, defaultDir);
    const synced = await syncedDataDir(platform);
    const syncedConfig = writeConfig('synced', { upstream: { url: platform.url, token: platform.token } });

    const base = await measure('embedded default feed (320 jobs)', defaultConfig, defaultDir);
    const big = await measure(`${N} synced jobs`, syncedConfig, synced);
    const ratio = (k: keyof Run) => (big[k] / base[k]).toFixed(2);
    console.log('\n--- summary ---');
    console.log(
      `/healthz         ${big.healthMs.toFixed(0)} ms (target ≤ 2000), CPU ${big.healthCpuMs.toFixed(0)} ms   ${ratio('healthMs')}× the default feed's`,
    );
    console.log(
      `recommendation   ${big.recommendMs.toFixed(0)} ms (target ≤ 2500), CPU ${big.recommendCpuMs.toFixed(0)} ms   ${ratio('recommendMs')}× the default feed's`,
    );
    console.log(
      `peak RSS         ${big.peakMb.toFixed(0)} MB (target ≤ 300)     ${ratio('peakMb')}× the default feed's`,
    );
    console.log(
      `machine: ${cpus().length} cores, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
  } finally {
    await platform.close();
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
