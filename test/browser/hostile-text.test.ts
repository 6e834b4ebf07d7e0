import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '../../electron/hub/start-hub';
import { parseConfig } from '../../electron/runtime/config';
import { jobSchema } from '../../electron/schema/job';
import { launchChromium } from './chromium';

let hub: RunningHub;
let browser: Browser;

const html = '<img src=x onerror=window.__xss=1>保洁<script>__xss=2</script>';
const sql = "'); DROP TABLE jobs; --";

beforeAll(async () => {
  hub = await startHub({ config: parseConfig({}), dataDir: null, port: 0 });
  const now = new Date().toISOString();
  const job = jobSchema.parse({
    id: 'hostile-1',
    title: html,
    occupation: '4-09-08-02',
    employer: { id: 'e-hostile', name: sql },
    district: '二道区',
    address: '吉林省长春市二道区东盛大街1号',
    pay: { amount: 200, unit: 'day' },
    settlement: 'daily',
    schedule: 'day',
    headcount: 3,
    startDate: now.slice(0, 10),
    validThrough: '2099-12-31',
    postedAt: now,
    // Confirmed, so it leads the hall's board (confirmed and newest first).
    confirmedAt: now,
    updatedAt: new Date(Date.now() + 60_000).toISOString(),
  });
  await hub.runtime.context.data.write((tx) => tx.jobs.upsert(job));
  // Every change to the cache reaches the matching index, which the board reads.
  hub.runtime.context.sync.jobsChanged({ upserted: [job], removed: [], source: 'import' });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

describe('hostile text in postings', () => {
  it('renders HTML and script in a job title as inert text, and SQL-shaped names literally', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(hub.pageUrl('screen'));
    const row = page.locator('.board-row', { hasText: '保洁<script>' });
    await row.first().waitFor();
    expect(await row.first().locator('.board-title').textContent()).toBe(`已核实${html}`);
    expect(await row.first().locator('.board-meta').textContent()).toContain(sql);
    expect(await page.locator('.board-row img, .board-row script').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as { __xss?: number }).__xss)).toBeUndefined();
    const listed = await hub.runtime.call({ role: 'desk', terminal: 't' }, 'jobs.list', { limit: 1 });
    expect(listed.ok && listed.value.items[0]?.employer.name).toBe(sql);
  });
});
