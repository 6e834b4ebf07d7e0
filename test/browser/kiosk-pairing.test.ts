/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '../../electron/hub/start-hub';
import { parseConfig } from '../../electron/runtime/config';
import { launchChromium } from './chromium';
import { placeCard, portrait, removeCard } from './kiosk-helpers';

/**
 * A paired kiosk browser keeps its pairing: the token it saved when it was paired survives the end
 * of a person's session (which wipes everything of the person) and a reload.
 */
let hub: RunningHub;
let browser: Browser;

beforeAll(async () => {
  hub = await startHub({
    config: parseConfig({ kiosk: { idleSeconds: 4, warnSeconds: 2 } }),
    dataDir: null,
    port: 0,
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

describe('a paired kiosk browser', () => {
  it('is still paired after a session ends and the page reloads', async () => {
    const page = await browser.newPage({ viewport: portrait });
    const token = hub.terminals.byRole('kiosk')!.token;
    // Paired earlier: the token is in this browser's storage, not in the address.
    await page.goto(`${hub.url}/kiosk`);
    await page.getByTestId('pairing').waitFor();
    await page.evaluate((t) => window.localStorage.setItem('station.terminalToken', t), token);
    await page.reload();
    await page.getByTestId('attract').waitFor();

    await placeCard(hub, 2);
    await page.getByTestId('consent-agree').click();
    await page.getByTestId('wizard-phone').waitFor();
    // Left alone: the session ends by itself and the attract screen returns.
    await page.getByTestId('idle-overlay').waitFor({ timeout: 6000 });
    await page.getByTestId('attract').waitFor({ timeout: 6000 });
    await removeCard(hub);

    expect(await page.evaluate(() => window.localStorage.getItem('station.terminalToken'))).toBe(token);
    await page.reload();
    await page.getByTestId('attract').waitFor();
    expect(await page.getByTestId('pairing').count()).toBe(0);
    await page.close();
  });
});
