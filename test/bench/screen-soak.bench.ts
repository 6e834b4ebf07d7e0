/**
 * Hall screen soak (`npm run bench -- screen-soak`): the big screen in headless Chromium against a
 * real hub, fed a day's worth of updates every minute — registrations and placements (today's
 * figures), job postings and edits (board and wage chart refetches), queue and booth calls,
 * notices — with the panels rotating every 5 s. The JS heap is sampled through the DevTools
 * protocol after forced garbage collection, each time after 2 s without events so a fetch in flight
 * is not counted; prints the growth after warm-up (target ≤ 10 MB) and writes the curve as a PNG. SOAK_MINUTES sets the length (default 3; the full soak is 30).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { Job } from '../../electron/api';
import { startHub } from '../../electron/hub/start-hub';
import { appRoot, rendererDistDir } from '../../electron/runtime/app-root';
import { parseConfig } from '../../electron/runtime/config';
import { launchChromium } from '../browser/chromium';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 3);
const SAMPLE_MS = Number(process.env.SOAK_SAMPLE_SECONDS ?? 30) * 1000;
const WARMUP_MS = Math.min(5, Math.max(1, MINUTES / 6)) * 60_000;
const TICK_MS = 500;
const QUIET_MS = 2000;
/** One day in a busy hall. */
const DAY = {
  registrations: 300,
  jobChanges: 240,
  queueCalls: 150,
  boothCalls: 40,
  placements: 30,
  notices: 12,
};
const OUT = join(appRoot(), 'test-results');
const MB = 1 << 20;

interface Sample {
  minute: number;
  heapMB: number;
  nodes: number;
  listeners: number;
}

async function sample(cdp: CDPSession, started: number): Promise<Sample> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return {
    minute: (Date.now() - started) / 60_000,
    heapMB: heap.usedSize / MB,
    nodes: metric('Nodes'),
    listeners: metric('JSEventListeners'),
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : NaN;
};

/** Least-squares slope, MB per hour. */
function slopePerHour(points: Sample[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((a, p) => a + p.minute, 0) / n;
  const my = points.reduce((a, p) => a + p.heapMB, 0) / n;
  const num = points.reduce((a, p) => a + (p.minute - mx) * (p.heapMB - my), 0);
  const den = points.reduce((a, p) => a + (p.minute - mx) ** 2, 0);
  return den === 0 ? 0 : (num / den) * 60;
}

/** The curve as a PNG: an ECharts line chart in a page of its own, screenshotted. */
async function plot(page: Page, samples: Sample[], warmupMin: number, title: string, file: string) {
  const echarts = createRequire(import.meta.url).resolve('echarts/dist/echarts.min.js');
  await page.setViewportSize({ width: 1200, height: 640 });
  await page.setContent(
    '<html><body style="margin:0;background:#fff"><div id="c" style="width:1200px;height:640px"></div></body></html>',
  );
  await page.addScriptTag({ path: echarts });
  await page.evaluate(
    ({ samples, warmupMin, title }) => {
      const w = window as unknown as {
        echarts: { init(el: HTMLElement, t?: unknown, o?: unknown): { setOption(o: unknown): void } };
      };
      w.echarts.init(document.getElementById('c')!, undefined, { renderer: 'canvas' }).setOption({
        animation: false,
        title: { text: title, left: 'center', textStyle: { fontSize: 16 } },
        grid: { left: 70, right: 70, top: 90, bottom: 50 },
        legend: { top: 40, data: ['JS heap (MB, after GC)', 'DOM nodes'] },
        xAxis: { type: 'value', name: 'minutes', nameLocation: 'middle', nameGap: 28 },
        yAxis: [
          { type: 'value', name: 'MB', min: 0 },
          { type: 'value', name: 'nodes', min: 0, splitLine: { show: false } },
        ],
        series: [
          {
            name: 'JS heap (MB, after GC)',
            type: 'line',
            showSymbol: true,
            data: samples.map((s) => [Number(s.minute.toFixed(2)), Number(s.heapMB.toFixed(2))]),
            markArea: {
              silent: true,
              itemStyle: { color: 'rgba(0,0,0,0.06)' },
              data: [[{ xAxis: 0, name: 'warm-up' }, { xAxis: warmupMin }]],
            },
          },
          {
            name: 'DOM nodes',
            type: 'line',
            yAxisIndex: 1,
            showSymbol: false,
            lineStyle: { type: 'dashed' },
            data: samples.map((s) => [Number(s.minute.toFixed(2)), s.nodes]),
          },
        ],
      });
    },
    { samples, warmupMin, title },
  );
  await page.screenshot({ path: file });
}

async function main() {
  if (!existsSync(join(rendererDistDir(), 'index.html'))) {
    console.error('the renderer is not built: run `npm run build:renderer` first');
    process.exit(1);
  }
  const hub = await startHub({ config: parseConfig({}), dataDir: null, port: 0 });
  const rt = hub.runtime;
  const desk = { role: 'desk', terminal: 'local-desk' } as const;
  const signIn = await rt.call(desk, 'staff.signIn', { username: 'demo', pin: '000000' });
  if (!signIn.ok) throw new Error(signIn.error.message);
  const base = rt.context.store.read((db) =>
    db
      .all<{ data: string }>("SELECT data FROM jobs WHERE status = 'open' LIMIT 200")
      .map((r) => JSON.parse(r.data) as Job),
  );

  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${hub.pageUrl('screen').replace('/screen#', '/screen?rotate=5#')}`);
  await page.getByTestId('job-board').waitFor({ state: 'attached' });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');

  // The feed: every tick a share of a day's events, so a minute carries a whole day.
  // Owed by elapsed time, so the pauses before samples are caught up right after them.
  let fedUntil = Date.now();
  const owed = { registrations: 0, jobChanges: 0, queueCalls: 0, boothCalls: 0, placements: 0, notices: 0 };
  const figures = { registrations: 0, placements: 0, completions1131: 0 };
  let ticket = 0;
  let edit = 0;
  const noticeIds: string[] = [];
  let fed = 0;
  const tick = async () => {
    const now = Date.now();
    for (const k of Object.keys(owed) as (keyof typeof owed)[])
      owed[k] += (DAY[k] * (now - fedUntil)) / 60_000;
    fedUntil = now;
    const take = (k: keyof typeof owed) => {
      const n = Math.floor(owed[k]);
      owed[k] -= n;
      return n;
    };
    const regs = take('registrations');
    const placed = take('placements');
    for (let i = 0; i < regs + placed; i++) {
      if (i < regs) figures.registrations++;
      else figures.placements++;
      if (i % 7 === 0) figures.completions1131++;
      rt.bus.emit('stats.changed', {
        date: new Date().toISOString().slice(0, 10),
        returningVisits: 0,
        openJobs: base.length,
        ...figures,
      });
      fed++;
    }
    const changes = take('jobChanges');
    if (changes > 0) {
      const now = new Date().toISOString();
      const changed = Array.from({ length: changes }, () => {
        const j = base[edit++ % base.length]!;
        const amount = Math.max(1, Math.round(j.pay.amount * (0.9 + ((edit * 37) % 21) / 100)));
        return {
          ...j,
          title: `${j.title.replace(/ #\d+$/, '')} #${edit}`,
          pay: { ...j.pay, amount },
          confirmedAt: now,
          updatedAt: now,
        };
      });
      await rt.context.data.write((tx) => tx.jobs.upsertMany(changed));
      rt.context.sync.jobsChanged({ upserted: changed, removed: [], source: 'hall' });
      fed += changes;
    }
    for (let i = take('queueCalls'); i > 0; i--, fed++)
      rt.bus.emit('queue.called', {
        ticket: `B${String(++ticket % 1000).padStart(3, '0')}`,
        window: `${(ticket % 4) + 1}号窗口`,
      });
    for (let i = take('boothCalls'); i > 0; i--, fed++)
      rt.bus.emit('booth.called', {
        booth: (ticket % 6) + 1,
        label: `A${String(++ticket % 1000).padStart(3, '0')}`,
        at: new Date().toISOString(),
      });
    for (let i = take('notices'); i > 0; i--, fed++) {
      if (noticeIds.length >= 5) {
        await rt.call(desk, 'notices.remove', { id: noticeIds.shift()! });
      } else {
        const r = await rt.call(desk, 'notices.post', {
          text: `通知 ${fed}：明天上午有专场招聘会，欢迎参加`,
        });
        if (r.ok) noticeIds.push(r.value.id);
      }
    }
  };

  const started = Date.now();
  const samples: Sample[] = [await sample(cdp, started)];
  const end = started + MINUTES * 60_000;
  let nextSample = started + SAMPLE_MS;
  console.log(
    `feeding the hall screen a day's updates every minute for ${MINUTES} min, sampling every ${SAMPLE_MS / 1000} s`,
  );
  while (Date.now() < end) {
    const t0 = Date.now();
    await tick();
    if (Date.now() >= nextSample) {
      // Let the last burst's refetch and render finish: the sample is what the page keeps, not what
      // it holds mid-update.
      await new Promise((r) => setTimeout(r, QUIET_MS));
      const s = await sample(cdp, started);
      samples.push(s);
      console.log(
        `  ${s.minute.toFixed(1).padStart(5)} min  heap ${s.heapMB.toFixed(2)} MB  nodes ${s.nodes}  listeners ${s.listeners}`,
      );
      nextSample += SAMPLE_MS;
    }
    await new Promise((r) => setTimeout(r, Math.max(0, TICK_MS - (Date.now() - t0))));
  }
  await new Promise((r) => setTimeout(r, QUIET_MS));
  samples.push(await sample(cdp, started));
  await page.close();

  const warmupMin = WARMUP_MS / 60_000;
  const after = samples.filter((s) => s.minute >= warmupMin);
  const first = median(after.slice(0, 3).map((s) => s.heapMB));
  const last = median(after.slice(-3).map((s) => s.heapMB));
  const growth = last - first;
  const peak = Math.max(...after.map((s) => s.heapMB)) - Math.min(...after.map((s) => s.heapMB));
  const nodes = after.map((s) => s.nodes);
  const title = `Hall screen soak: ${MINUTES} min, a day of updates per minute — heap growth after warm-up ${growth.toFixed(2)} MB`;
  mkdirSync(OUT, { recursive: true });
  const png = join(OUT, 'screen-soak-heap.png');
  const plotPage = await browser.newPage();
  await plot(plotPage, samples, warmupMin, title, png);
  writeFileSync(
    join(OUT, 'screen-soak.json'),
    JSON.stringify({ minutes: MINUTES, day: DAY, samples }, null, 2),
  );
  await browser.close();
  await hub.close();

  console.log(`\nevents fed: ${fed} (${(fed / MINUTES).toFixed(0)} a minute)`);
  console.log(
    `heap after warm-up (${warmupMin.toFixed(1)} min): ${first.toFixed(2)} MB → ${last.toFixed(2)} MB`,
  );
  console.log(
    `growth after warm-up: ${growth.toFixed(2)} MB (target ≤ 10 MB); spread ${peak.toFixed(2)} MB; slope ${slopePerHour(after).toFixed(2)} MB/h`,
  );
  console.log(`DOM nodes after warm-up: ${Math.min(...nodes)}–${Math.max(...nodes)}`);
  console.log(`page errors: ${errors.length}${errors.length ? ` (first: ${errors[0]})` : ''}`);
  console.log(`curve: ${png}`);
  if (growth > 10 || errors.length > 0) process.exitCode = 1;
}

await main();
