/// <reference lib="dom" />
// Functions passed to page.evaluate run in the page, so these tests see the DOM types.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '../../electron/hub/start-hub';
import { parseConfig } from '../../electron/runtime/config';
import { launchChromium } from './chromium';
import { axeProblems, openKiosk, pageResidue, placeCard, removeCard, typeDigits } from './kiosk-helpers';

/** 1080×1920 pictures of the screens these tests change, to be looked at. */
const SHOTS = '/tmp/shots';
const kiosk = { role: 'kiosk', terminal: 'local-kiosk' } as const;

let hub: RunningHub;
let browser: Browser;
const axeFindings: Record<string, string[]> = {};

beforeAll(async () => {
  // The station's defaults: a lifted card ends the session.
  hub = await startHub({ config: parseConfig({}), dataDir: null, port: 0 });
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

const kioskPage = () => openKiosk(browser, hub);

/** axe findings (asserted once at the end) and a portrait screenshot of the screen. */
async function check(page: Page, name: string) {
  axeFindings[name] = await axeProblems(page);
  await page.screenshot({ path: `${SHOTS}/kiosk-${name}.png` });
}

const type = typeDigits;

/** Answers the station has stored for anyone, and phone numbers on record: what a session left. */
const stored = () =>
  hub.runtime.context.store.read((db) =>
    JSON.stringify([
      db.all('SELECT kiosk_answers FROM worker_profiles WHERE kiosk_answers IS NOT NULL'),
      db.all('SELECT * FROM workers'),
    ]),
  );

describe('a wizard she finishes alone', () => {
  it('after declining, 我想登记 asks again; the keypad keeps every digit and says what is wrong; the slip says 约 X 元/天, when, the hours and the employer’s phone', async () => {
    const page = await kioskPage();
    await placeCard(hub, 6);
    await page.getByTestId('consent-decline').click();
    await page.getByTestId('declined-note').waitFor();
    await check(page, 'browse-declined');
    // Her card is on the reader: she can change her mind without lifting it.
    await page.getByTestId('register-again').click();
    await page.getByTestId('consent-agree').click();
    await page.getByTestId('wizard-phone').waitFor();

    // The empty number is a grey hint, not digits that look typed.
    const hint = page.getByTestId('phone-placeholder');
    expect(await hint.textContent()).not.toMatch(/\d_|_/);
    expect(await hint.evaluate((el) => getComputedStyle(el).fontWeight)).toBe('400');
    await check(page, 'phone-empty');

    // A first digit other than 1 is kept, and said to be wrong once she goes on.
    await type(page, '3912345678');
    expect(await page.getByTestId('phone-display').textContent()).toBe('391 2345 678');
    expect(await page.getByTestId('phone-problem').count()).toBe(0);
    await page.getByTestId('wizard-next').click();
    expect(await page.getByTestId('phone-problem').textContent()).toBe('手机号第一位是 1，请改一下');
    await page.getByTestId('wizard-phone').waitFor();
    await check(page, 'phone-first-digit');

    await page.getByRole('button', { name: '清除' }).click();
    await type(page, '1391234567');
    await page.getByTestId('wizard-next').click();
    expect(await page.getByTestId('phone-problem').textContent()).toBe('还差 1 位，手机号是 11 位');
    await check(page, 'phone-short');
    await type(page, '8');
    expect(await page.getByTestId('phone-display').textContent()).toBe('139 1234 5678');
    expect(await page.getByTestId('phone-problem').count()).toBe(0);
    await page.getByTestId('wizard-next').click();

    await page.getByTestId('wizard-work').waitFor();
    await page.getByTestId('group-housekeeping').click();
    await page.getByTestId('trade-4-09-08-02').click();
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('wizard-pay').waitFor();
    await page.getByTestId('pay-next-any').click();
    await page.getByTestId('when-today').click();
    await page.getByTestId('district-any').click();
    await page.getByTestId('distance-any').click();
    await page.getByTestId('wizard-certs').waitFor();
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('recommendations').waitFor();
    expect(stored()).toContain('13912345678');

    // A posting paid by the hour or month, so the slip has a daily figure to add.
    await page.getByTestId('to-browse').click();
    const card = page
      .getByTestId('job-card')
      .filter({ hasText: /元\/(小时|月|周)/ })
      .first();
    await card.waitFor();
    const perDay = (await card.locator('.kjob-perday').textContent()) ?? '';
    expect(perDay).toMatch(/^约 [\d,]+(–[\d,]+)? 元\/天$/);
    const jobId = (await card.getAttribute('data-job'))!;
    const job = await hub.runtime.call(kiosk, 'jobs.get', { id: jobId });
    if (!job.ok) throw new Error(job.error.message);
    await card.getByTestId('apply').click();

    await page.getByTestId('slip').waitFor();
    expect(await page.getByTestId('slip-pay').textContent()).toContain(perDay);
    expect(await page.getByTestId('slip-starts').textContent()).toMatch(/\d{1,2}月\d{1,2}日/);
    expect(await page.getByTestId('slip-hours').textContent()).toBe(job.value.workHours);
    expect(await page.getByTestId('slip-employer-phone').textContent()).toBe(job.value.contactPhone);
    await check(page, 'slip');

    // Lifting the card after 报名 ends the session: her masked name and the buttons go with it.
    await removeCard(hub);
    await page.getByTestId('card-gone').waitFor();
    expect(await page.getByTestId('card-gone').getAttribute('data-mid-question')).toBe('false');
    expect(await page.getByTestId('apply').count()).toBe(0);
    expect(await pageResidue(page)).not.toMatch(/\*\*|1391234|5678/);
    expect(hub.runtime.context.kioskSessions.size).toBe(0);
    await check(page, 'card-gone-ended');
    await page.getByTestId('card-gone-ok').click();
    await page.getByTestId('attract').waitFor();
    await page.close();
  });

  it('a card lifted mid-question ends on a kind screen and stores nothing half-way', async () => {
    const page = await kioskPage();
    await placeCard(hub, 7);
    await page.getByTestId('consent-agree').click();
    await page.getByTestId('wizard-phone').waitFor();
    await type(page, '13700001111');
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('group-loading').click();
    await page.getByTestId('trade-4-02-01-02').click();
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('wizard-pay').waitFor();
    const before = stored();

    await removeCard(hub);
    await page.getByTestId('card-gone').waitFor();
    expect(await page.getByTestId('card-gone').getAttribute('data-mid-question')).toBe('true');
    expect(await page.textContent('body')).toContain('没填完的内容不会保存');
    expect(await page.textContent('body')).toContain('请把身份证放回读卡器');
    expect(stored()).toBe(before);
    expect(stored()).not.toContain('13700001111');
    expect(await pageResidue(page)).not.toMatch(/\*\*|1370000/);
    expect(hub.runtime.context.kioskSessions.size).toBe(0);
    await check(page, 'card-gone-mid-question');

    // Putting the card back starts again (a returning worker now, straight to the first question).
    await placeCard(hub, 7);
    await page.getByTestId('wizard-phone').waitFor();
    await page.getByTestId('finish').click();
    await page.getByTestId('attract').waitFor();
    await removeCard(hub);
    await page.close();
  });

  it('text size is four direct choices: a second tap on 特大 keeps 特大', async () => {
    const page = await kioskPage();
    const size = () => page.locator('main.kiosk').getAttribute('data-text-size');
    await page.getByTestId('text-size-XL').click();
    await page.getByTestId('text-size-XL').click();
    expect(await size()).toBe('XL');
    expect(await page.getByTestId('text-size-XL').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('text-size-L').getAttribute('aria-pressed')).toBe('false');
    await check(page, 'text-size-xl');
    await page.getByTestId('text-size-S').click();
    expect(await size()).toBe('S');
    await page.close();
  });

  it('has no serious or critical axe-core violations on the screens it shows', () => {
    expect(Object.keys(axeFindings).length).toBeGreaterThanOrEqual(8);
    expect(axeFindings).toEqual(Object.fromEntries(Object.keys(axeFindings).map((k) => [k, []])));
  });
});
