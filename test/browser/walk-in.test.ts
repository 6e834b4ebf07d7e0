import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '../../electron/hub/start-hub';
import { parseConfig } from '../../electron/runtime/config';
import { launchChromium } from './chromium';
import { signIn } from './desk-helpers';

/** The desk page's terminal: the hub's own token for the desk role. */
const desk = { role: 'desk', terminal: 'local-desk' } as const;
let hub: RunningHub;
let browser: Browser;

beforeAll(async () => {
  hub = await startHub({ config: parseConfig({}), dataDir: null, port: 0 });
  // Staff are signed in at the desk (the demo account of a station on the virtual reader).
  const signIn = await hub.runtime.call(desk, 'staff.signIn', { username: 'demo', pin: '000000' });
  if (!signIn.ok) throw new Error(signIn.error.message);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

describe('a walk-in registered end to end, in Chromium against the hub', () => {
  it('card on the kiosk → consent → masked greeting; the desk list and the big screen update live', async () => {
    const deskPage = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await signIn(deskPage, hub);
    await deskPage.getByText('还没有求职者登记').waitFor();

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
    expect(await hub.runtime.dispatch(desk, 'workers.list', {})).toMatchObject({
      value: { total: 0 },
    });

    const clicked = Date.now();
    await kiosk.getByTestId('consent-agree').click();
    // Registered: the kiosk moves on to the first question of the new-worker wizard.
    await kiosk.getByTestId('wizard-phone').waitFor();
    // Not the ID number, nor its birth date, nor the full name: the next person in line may be looking.
    const person = hub.runtime.context.store.read((db) =>
      db.get<{ id_number: string; name: string }>('SELECT id_number, name FROM workers'),
    )!;
    const kioskText = (await kiosk.textContent('body')) ?? '';
    expect(kioskText).not.toContain(person.id_number);
    expect(kioskText).not.toContain(person.id_number.slice(6, 14));
    expect(kioskText).not.toContain(person.name);

    // The desk sees the new worker within 2 s, without reloading.
    await deskPage.getByTestId('worker-list').waitFor({ timeout: 2000 });
    expect(Date.now() - clicked).toBeLessThan(2000);
    expect(await deskPage.getByTestId('worker-total').textContent()).toBe('共 1 人');
    expect(await deskPage.locator('td.mono').first().textContent()).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);

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
    const list = await hub.runtime.dispatch(desk, 'workers.list', {});
    expect(list).toMatchObject({ value: { total: 1 } });
  });
});
