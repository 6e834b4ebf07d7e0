import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '../../electron/hub/start-hub';
import { parseConfig } from '../../electron/runtime/config';
import { idNumber } from '../electron/runtime/desk/helpers';
import { launchChromium } from './chromium';
import { landscape } from './kiosk-helpers';

/** Fixed tokens, so a hub started again on the same port knows the screen that was paired to the first. */
const config = parseConfig({
  hub: {
    terminals: [
      { name: 'hall-tv', role: 'screen', token: 'a-fixed-token-for-the-hall-tv' },
      { name: 'desk-1', role: 'desk', token: 'a-fixed-token-for-the-desk-1' },
    ],
  },
});
const desk = { role: 'desk', terminal: 'desk-1' } as const;

let browser: Browser;
let hub: RunningHub | undefined;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

describe('the hall’s screen when the hub goes away', () => {
  it('says since when its figures are, keeps them, and catches up when the hub is back', async () => {
    hub = await startHub({ config, dataDir: null, port: 0 });
    const port = Number(new URL(hub.url).port);
    const page = await browser.newPage({ viewport: landscape });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${hub.url}/screen#token=a-fixed-token-for-the-hall-tv`);
    await expect.poll(() => page.getByTestId('figure-registrations').textContent()).toBe('0');
    expect(await page.getByTestId('offline').count()).toBe(0);

    await hub.close();
    hub = undefined;
    await page.getByTestId('offline').waitFor({ timeout: 5000 });
    expect(await page.getByTestId('offline').textContent()).toMatch(/^离线 · 数据更新于 \d{2}:\d{2}$/);
    // What was on screen stays there.
    expect(await page.getByTestId('figure-registrations').textContent()).toBe('0');
    expect(await page.getByTestId('job-board').locator('li').count()).toBeGreaterThan(0);

    // Back, with a registration made while the screen was away.
    hub = await startHub({ config, dataDir: null, port });
    const signIn = await hub.runtime.call(desk, 'staff.signIn', { username: 'demo', pin: '000000' });
    expect(signIn).toMatchObject({ ok: true });
    const r = await hub.runtime.call(desk, 'workers.registerManual', {
      idNumber: idNumber('19881102', '06', 'female'),
      name: '赵丽娜',
      consent: { registration: true, shareWithEmployers: false },
    });
    expect(r).toMatchObject({ ok: true });
    await page.getByTestId('offline').waitFor({ state: 'detached', timeout: 20_000 });
    await expect
      .poll(() => page.getByTestId('figure-registrations').textContent(), { timeout: 5000 })
      .toBe('1');
    expect(errors).toEqual([]);
    await page.close();
  });
});
