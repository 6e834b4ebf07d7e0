import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '../../electron/hub/start-hub';
import { parseConfig } from '../../electron/runtime/config';
import { launchChromium } from './chromium';

let hub: RunningHub;
let browser: Browser;

beforeAll(async () => {
  hub = await startHub({ config: parseConfig({}), dataDir: null, port: 0 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

describe('a walk-in registered end to end, in Chromium against the hub', () => {
  it('card on the kiosk → consent → masked greeting; the desk list and the big screen update live', async () => {
    const desk = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await desk.goto(hub.pageUrl('desk'));
    await desk.getByText('还没有求职者登记').waitFor();

    const screen = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await screen.goto(hub.pageUrl('screen'));
    await expect.poll(() => screen.getByTestId('figure-registrations').textContent()).toBe('0');

    const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await kiosk.goto(hub.pageUrl('kiosk'));
    await kiosk.getByText('请把身份证放在下方读卡器上').waitFor();

    await kiosk.getByTestId('demo-place').click();
    await kiosk.getByTestId('consent-agree').waitFor();
    // Consent comes before anything is stored, and the kiosk shows only a masked name.
    expect(await kiosk.locator('h1').textContent()).toMatch(/^\S\*+，您好$/);
    expect(await hub.runtime.dispatch({ role: 'desk', terminal: 't' }, 'workers.list', {})).toMatchObject({
      value: { total: 0 },
    });

    const clicked = Date.now();
    await kiosk.getByTestId('consent-agree').click();
    // Registered: the kiosk moves on to the first question of the new-worker wizard.
    await kiosk.getByTestId('wizard-phone').waitFor();
    const kioskText = (await kiosk.textContent('body')) ?? '';
    expect(kioskText).not.toMatch(/\d{6}/);

    // The desk sees the new worker within 2 s, without reloading.
    await desk.getByTestId('worker-list').waitFor({ timeout: 2000 });
    expect(Date.now() - clicked).toBeLessThan(2000);
    expect(await desk.getByTestId('worker-total').textContent()).toBe('共 1 人');
    expect(await desk.locator('td.mono').first().textContent()).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);

    await expect
      .poll(() => screen.getByTestId('figure-registrations').textContent(), { timeout: 2000 })
      .toBe('1');
    // The hall's screen never shows a person.
    expect(await screen.textContent('body')).not.toContain('王');
  });

  it('declining consent stores nothing', async () => {
    const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await kiosk.goto(hub.pageUrl('kiosk'));
    await kiosk.getByTestId('demo-place').click();
    await kiosk.getByTestId('consent-decline').click();
    await kiosk.getByText('您的信息没有保存').waitFor();
    const list = await hub.runtime.dispatch({ role: 'desk', terminal: 't' }, 'workers.list', {});
    expect(list).toMatchObject({ value: { total: 1 } });
  });
});
