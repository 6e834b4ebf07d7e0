/**
 * The kiosk's search lists what 共N个 says, twelve at a time: 再看 adds the next twelve below,
 * no card twice, until every one is shown; and the cleaning companies of the sample take turns
 * instead of one filling the screen (runtime/match/variety.ts).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHub, type RunningHub } from '../../electron/hub/start-hub';
import { parseConfig } from '../../electron/runtime/config';
import { launchChromium } from './chromium';
import { axeProblems, openKiosk } from './kiosk-helpers';

let hub: RunningHub;
let browser: Browser;
const kiosk = { role: 'kiosk', terminal: 'local-kiosk' } as const;

beforeAll(async () => {
  hub = await startHub({ config: parseConfig({}), dataDir: null, port: 0 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

async function employerOf(id: string): Promise<string> {
  const r = await hub.runtime.call(kiosk, 'jobs.get', { id });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.employer.id;
}

it('searching bj (保洁) shows the companies in turn, and 再看 reaches every job 共N个 counts, once each', async () => {
  const page = await openKiosk(browser, hub);
  await page.getByTestId('attract-browse').click();
  await page.getByTestId('toggle-keyboard').click();
  const kb = page.getByTestId('onscreen-keyboard');
  await kb.locator('[data-skbtn="b"]').click();
  await kb.locator('[data-skbtn="j"]').click();
  await expect.poll(() => page.getByTestId('search-text').textContent()).toBe('bj');
  await page.getByTestId('toggle-keyboard').click();
  const status = page.getByRole('status').filter({ hasText: '找到' });
  await expect.poll(() => status.textContent()).toMatch(/找到 \d+ 个工作/);
  const total = Number((await status.textContent())!.match(/\d+/)![0]);
  expect(total).toBeGreaterThan(12);

  const cards = page.getByTestId('job-card');
  await expect.poll(() => cards.count()).toBe(12);
  const first = await Promise.all(
    (await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-job')!))).map(employerOf),
  );
  // Two companies post the sample's cleaning jobs: neither fills the screen.
  for (let i = 1; i < first.length; i++) expect(first[i], `card ${i + 1}`).not.toBe(first[i - 1]);

  for (let shown = 12; shown < total; shown = Math.min(total, shown + 12)) {
    await page.getByTestId('more-results').click();
    await expect.poll(() => cards.count()).toBe(Math.min(total, shown + 12));
  }
  expect(await page.getByTestId('more-results').count()).toBe(0);
  const ids = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-job')!));
  expect(ids).toHaveLength(total);
  expect(new Set(ids).size).toBe(total);
  expect(await axeProblems(page)).toEqual([]);
  await page.close();
});
