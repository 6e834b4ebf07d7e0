/// <reference lib="dom" />
/**
 * The kiosk in Debian's Chromium against a real hub (the sample feed, the virtual reader):
 * - attract screen first paint after the window's load event, against a blank page's first paint
 *   in the same browser (the baseline: what any page costs);
 * - a returning worker's card → recommendations painted, measured inside the page from the moment
 *   the card event arrives ('kiosk:card-read') to the frame after the cards render
 *   ('kiosk:recommendations-painted'), so the simulator's own reply time is excluded; beside it,
 *   one API round trip from the page over HTTP (the floor any update pays).
 * - a hub holding 100k jobs (generated, in memory) with one kiosk: `match.recommend` and
 *   `market.figures` over HTTP, one call after another, as the kiosk's pay step and results ask them.
 * Targets (issue): first paint ≤ 1 s after load; card → recommendations ≤ 300 ms p95;
 * on the 100k hub `match.recommend` and `market.figures` p95 ≤ 10 ms.
 * KIOSK_ROUNDS (default 30; 0 skips the browser), KIOSK_HUB_JOBS (default 100000; 0 skips the 100k hub),
 * KIOSK_HUB_ROUNDS (calls per method there, default 200).
 */
import type { Page } from 'playwright-core';
import { generateJobs } from '../../assets/jobs/generator';
import { startHub, type RunningHub } from '../../electron/hub/start-hub';
import { parseConfig } from '../../electron/runtime/config';
import { launchChromium } from '../browser/chromium';

const ROUNDS = Number(process.env.KIOSK_ROUNDS ?? 30);
const HUB_JOBS = Number(process.env.KIOSK_HUB_JOBS ?? 100_000);
const HUB_ROUNDS = Number(process.env.KIOSK_HUB_ROUNDS ?? 200);

function summary(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return `p50 ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, max ${s[s.length - 1]!.toFixed(1)} ms (n=${s.length})`;
}
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(0.95 * xs.length)]!;

const hub = await startHub({ config: parseConfig({}), dataDir: null, port: 0 });
const browser = await launchChromium();
const kiosk = { role: 'kiosk', terminal: 'bench' } as const;

async function place(identity: number) {
  const r = await hub.runtime.call(kiosk, 'simulator.placeCard', { identity });
  if (!r.ok) throw new Error(r.error.message);
}
async function lift() {
  const gone = new Promise<void>((resolve) => {
    const off = hub.runtime.bus.subscribe((e) => {
      if (e.event === 'card.removed') {
        off();
        resolve();
      }
    });
  });
  await hub.runtime.call(kiosk, 'simulator.removeCard', {});
  await gone;
}

/** ms from the load event to the attract screen's first painted frame, and to a blank page's. */
async function firstPaints(): Promise<{ attract: number[]; blank: number[] }> {
  const attract: number[] = [];
  const blank: number[] = [];
  for (let i = 0; i < 10; i++) {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.goto(hub.pageUrl('kiosk'));
    await page.getByTestId('attract').waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('kiosk:attract-painted').length > 0);
    attract.push(
      await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return performance.getEntriesByName('kiosk:attract-painted')[0]!.startTime - nav.loadEventStart;
      }),
    );
    await page.goto(`${new URL(hub.pageUrl('kiosk')).origin}/healthz`);
    blank.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) =>
            requestAnimationFrame(() => {
              const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
              resolve(performance.now() - nav.loadEventStart);
            }),
          ),
      ),
    );
    await page.close();
  }
  return { attract, blank };
}

/** Registers identity 1 through the kiosk's own screens, so later cards are a returning worker. */
async function register(page: Page) {
  await place(1);
  await page.getByTestId('consent-agree').click();
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('group-housekeeping').click();
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('when-today').click();
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('recommendations').waitFor();
  await page.getByTestId('finish').click();
  await page.getByTestId('attract').waitFor();
  await lift();
}

async function cardToRecommendations(page: Page): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    await page.evaluate(() => performance.clearMarks());
    await place(1);
    await page.waitForFunction(
      () => performance.getEntriesByName('kiosk:recommendations-painted').length > 0,
    );
    out.push(
      await page.evaluate(
        () =>
          performance.getEntriesByName('kiosk:recommendations-painted')[0]!.startTime -
          performance.getEntriesByName('kiosk:card-read')[0]!.startTime,
      ),
    );
    await page.getByTestId('finish').click();
    await page.getByTestId('attract').waitFor();
    await lift();
  }
  return out;
}

/** One API round trip from the page over the hub's HTTP transport: the floor any screen update pays. */
async function apiRoundTrip(page: Page): Promise<number[]> {
  return page.evaluate(async (rounds) => {
    const token = new URLSearchParams(location.hash.slice(1)).get('token') ?? '';
    const out: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const t0 = performance.now();
      const r = await fetch('/api/stats.today', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: '{}',
      });
      if (!r.ok) throw new Error(`stats.today answered ${r.status}`);
      await r.json();
      out.push(performance.now() - t0);
    }
    return out;
  }, ROUNDS);
}

/** A method over the hub's HTTP transport with the kiosk's token, as the kiosk's page calls it. */
async function kioskCall<T>(big: RunningHub, method: string, input: unknown): Promise<T> {
  const token = new URLSearchParams(new URL(big.pageUrl('kiosk')).hash.slice(1)).get('token') ?? '';
  const res = await fetch(`${big.url}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
  const r = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!r.ok) throw new Error(`${method}: ${r.error?.message}`);
  return r.value as T;
}

/**
 * A hub holding HUB_JOBS generated jobs and one kiosk: a cleaner registered at its reader, then
 * `match.recommend` and `market.figures` (her trades, as the pay step asks) timed over HTTP, one
 * call after another, with a posting changed every 50 calls as sync would (the figures follow it).
 */
async function bigHub(): Promise<void> {
  const big = await startHub({ config: parseConfig({}), dataDir: null, port: 0 });
  try {
    const t0 = performance.now();
    const jobs = generateJobs({ count: HUB_JOBS, seed: 100_000, now: new Date(), prefix: 'big', catalogue: 'full' });
    await big.runtime.context.data.write((tx) => tx.jobs.upsertMany(jobs));
    big.runtime.context.sync.jobsChanged({ upserted: jobs, removed: [], source: 'import' });
    await big.runtime.context.match.ready();
    console.log(`hub with ${big.runtime.context.match.engine.size} jobs ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    await kioskCall(big, 'simulator.placeCard', { identity: 1 });
    let card: { token: string } | null = null;
    while (!card) card = await kioskCall<{ token: string } | null>(big, 'card.current', {});
    const { session } = await kioskCall<{ session: string }>(big, 'workers.registerFromCard', {
      token: card.token,
      consent: { registration: true, shareWithEmployers: false },
    });
    const occupations = ['4-09-08-02', '4-10-01-06'];
    await kioskCall(big, 'kiosk.saveAnswers', { session, answers: { occupations, expectedDailyPay: 150 } });

    const changed = jobs.find((j) => j.occupation === '4-09-08-02')!;
    const time = async (method: string, input: unknown) => {
      const out: number[] = [];
      for (let i = 0; i < HUB_ROUNDS; i++) {
        if (i > 0 && i % 50 === 0) {
          // A posting updated, as a sync page delivers it: the kept figures are made again once.
          const job = { ...changed, filled: (changed.filled + i) % Math.max(1, changed.headcount) };
          big.runtime.context.sync.jobsChanged({ upserted: [job], removed: [], source: 'pull' });
        }
        const t = performance.now();
        await kioskCall(big, method, input);
        out.push(performance.now() - t);
      }
      return out;
    };
    // Warm the HTTP path and the JIT first; these calls are not counted.
    for (let i = 0; i < 20; i++) await kioskCall(big, 'market.figures', { occupations });
    const recommend = await time('match.recommend', { session, top: 5 });
    const figures = await time('market.figures', { occupations });
    console.log(`100k hub, one kiosk, match.recommend over HTTP: ${summary(recommend)}`);
    console.log(`100k hub, one kiosk, market.figures over HTTP:  ${summary(figures)}`);
    console.log(
      `targets p95 ≤ 10 ms: match.recommend ${p95(recommend) <= 10 ? 'met' : 'MISSED'}, market.figures ${p95(figures) <= 10 ? 'met' : 'MISSED'}`,
    );
  } finally {
    await big.close();
  }
}

async function kioskInBrowser(): Promise<void> {
  const paints = await firstPaints();
  console.log(`attract first paint after load:   ${summary(paints.attract)}`);
  console.log(`blank page first frame after load: ${summary(paints.blank)}  (baseline)`);

  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  await page.goto(hub.pageUrl('kiosk'));
  await page.getByTestId('attract').waitFor();
  await register(page);
  const cards = await cardToRecommendations(page);
  console.log(`card event → recommendations painted (returning worker): ${summary(cards)}`);
  const api = await apiRoundTrip(page);
  console.log(`one API round trip from the page (stats.today over HTTP):  ${summary(api)}  (baseline)`);
  console.log(
    `card → recommendations p95 is ${(p95(cards) / p95(api)).toFixed(1)}× one API round trip; targets: first paint ≤ 1000 ms (${p95(paints.attract) <= 1000 ? 'met' : 'MISSED'}), card → recommendations p95 ≤ 300 ms (${p95(cards) <= 300 ? 'met' : 'MISSED'})`,
  );
}

try {
  console.log(`node ${process.version}, Chromium via playwright-core, ${ROUNDS} rounds`);
  if (HUB_JOBS > 0) await bigHub();
  if (ROUNDS > 0) await kioskInBrowser();
} finally {
  await browser.close();
  await hub.close();
}
