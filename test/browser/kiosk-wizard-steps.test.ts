/// <reference lib="dom" />
// Functions passed to page.evaluate run in the page, so these tests see the DOM types.
import { mkdirSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '../../electron/hub/start-hub';
import { parseConfig } from '../../electron/runtime/config';
import { launchChromium } from './chromium';
import { axeProblems, openKiosk, placeCard, typeDigits } from './kiosk-helpers';

/** 1080×1920 pictures of each step, to be looked at. */
const SHOTS = '/tmp/shots';
const CLEANER = '4-09-08-02'; // 保洁员
const HOUSEKEEPER = '4-10-01-06'; // 家政服务员

let hub: RunningHub;
let browser: Browser;
const axeFindings: Record<string, string[]> = {};

beforeAll(async () => {
  hub = await startHub({ config: parseConfig({}), dataDir: null, port: 0 });
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

const kioskPage = () => openKiosk(browser, hub);

async function check(page: Page, name: string) {
  axeFindings[name] = await axeProblems(page);
  await page.screenshot({ path: `${SHOTS}/wizard-${name}.png` });
}

const type = typeDigits;

/** The answers stored for everyone: what a session has left on the station. */
const stored = () =>
  hub.runtime.context.store.read((db) =>
    db.all<{ a: string }>('SELECT kiosk_answers AS a FROM worker_profiles WHERE kiosk_answers IS NOT NULL'),
  );

/** The drawings inside some tiles, as markup: equal markup is an identical icon. */
const drawings = (tiles: Locator) =>
  tiles.evaluateAll((els) => els.map((el) => el.querySelector('svg')!.innerHTML));

describe('王秀兰, 58, finds cleaning work in 二道区 alone', () => {
  it('goes from card to application in at most 12 taps besides her phone’s digits, one question per screen', async () => {
    let taps = 0;
    const tap = async (l: Locator) => {
      taps++;
      await l.click();
    };
    const page = await kioskPage();
    await check(page, '00-attract');
    await placeCard(hub, 0);
    await page.getByTestId('consent-agree').waitFor();
    await check(page, '01-consent');
    await tap(page.getByTestId('consent-agree'));

    // She types her number starting with a 3: every digit is kept and, the number finished, said wrong.
    await page.getByTestId('wizard-phone').waitFor();
    const count = () => page.getByTestId('step-count').textContent();
    expect(await count()).toBe('第 1 步，共 7 步');
    await type(page, '39123456789');
    expect(await page.getByTestId('phone-display').textContent()).toBe('391 2345 6789');
    expect(await page.getByTestId('phone-problem').textContent()).toBe('手机号第一位是 1，请改一下');
    await check(page, '02-phone-first-digit');
    await tap(page.getByRole('button', { name: '清除' }));
    await type(page, '13912345678');
    expect(await page.getByTestId('phone-display').textContent()).toBe('139 1234 5678');
    expect(await page.getByTestId('phone-problem').count()).toBe(0);
    await check(page, '03-phone');
    await tap(page.getByTestId('wizard-next'));

    // The group tile opens its trades, each with a drawing of its own, and chooses none of them.
    await page.getByTestId('wizard-work').waitFor();
    expect(await count()).toBe('第 2 步，共 7 步');
    await tap(page.getByTestId('group-housekeeping'));
    const trades = page.getByTestId('trades').locator('.tile');
    expect(await trades.count()).toBe(7);
    const icons = await drawings(trades);
    expect(new Set(icons).size).toBe(icons.length);
    expect(await page.getByTestId('chosen-trades').textContent()).toContain('还没选');
    await check(page, '04-work-group');
    await tap(page.getByTestId(`trade-${CLEANER}`));
    expect(await page.getByTestId(`trade-${CLEANER}`).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('chosen-trades').textContent()).toBe('您选了：保洁员 ');
    await check(page, '05-work-chosen');
    await tap(page.getByTestId('wizard-next'));

    // 140 元/天: the pay starts at what cleaning pays here; she moves it to her figure if it differs.
    await page.getByTestId('wizard-pay').waitFor();
    expect(await count()).toBe('第 3 步，共 7 步');
    await expect.poll(() => page.getByTestId('market-band').textContent()).toMatch(/\d+–\d+/);
    const amount = async () =>
      Number((await page.getByTestId('pay-value').textContent())!.replace(/\D/g, ''));
    await expect.poll(amount).toBeGreaterThan(0);
    while ((await amount()) !== 140)
      await tap(page.getByTestId((await amount()) > 140 ? 'pay-less' : 'pay-more'));
    expect(await page.getByTestId('pay-unit-day').getAttribute('aria-pressed')).toBe('true');
    await check(page, '06-pay');
    // She wants 日结: the tap that answers it moves on.
    await tap(page.getByTestId('pay-next-daily'));

    await page.getByTestId('wizard-when').waitFor();
    expect(await count()).toBe('第 4 步，共 7 步');
    await check(page, '07-when');
    await tap(page.getByTestId('when-today'));

    // District, distance and certificates: a screen each.
    await page.getByTestId('wizard-district').waitFor();
    expect(await count()).toBe('第 5 步，共 7 步');
    expect(await page.getByTestId('wizard-district').getByTestId('wizard-next').count()).toBe(0);
    await check(page, '08-district');
    await tap(page.getByTestId('district-二道区'));

    await page.getByTestId('wizard-distance').waitFor();
    expect(await count()).toBe('第 6 步，共 7 步');
    expect(await page.getByTestId('wizard-distance').textContent()).toContain('从二道区算');
    await check(page, '09-distance');
    await tap(page.getByTestId('distance-any'));

    await page.getByTestId('wizard-certs').waitFor();
    expect(await count()).toBe('第 7 步，共 7 步');
    const certs = page.getByTestId('wizard-certs').locator('.tile');
    expect(await certs.count()).toBe(12);
    const certIcons = await drawings(certs);
    expect(new Set(certIcons).size).toBe(12);
    await check(page, '10-certs');
    expect(stored()).toEqual([]);
    await tap(page.getByTestId('wizard-next'));

    await page.getByTestId('recommendations').waitFor();
    const cards = page.getByTestId('job-card');
    await cards.first().waitFor();
    await check(page, '11-recommendations');
    const answers = JSON.parse(stored()[0]!.a);
    // Filed under the one trade she tapped, in her unit, in her district.
    expect(answers).toMatchObject({
      occupations: [CLEANER],
      expectedPay: { amount: 140, unit: 'day' },
      expectedDailyPay: 140,
      when: 'today',
      dailySettlement: true,
      district: '二道区',
      certificates: [],
    });
    expect(answers).not.toHaveProperty('maxDistanceKm');

    await tap(cards.first().getByTestId('apply'));
    await page.getByTestId('slip').waitFor();
    await check(page, '12-slip');
    // 同意, 清除 (her slip), 下一步, 家政保洁, 保洁员, 下一步, 要日结 · 下一步 (140 was offered), 今天, 二道区,
    // 远近都行, 看推荐的工作, 报名: 12 with the slip corrected, 11 without.
    expect(taps).toBe(12);
    await page.getByTestId('finish').click();
    await page.getByTestId('attract').waitFor();
    await page.close();
  });

  it('takes a trade off with one tap; with no trade, a kind screen says what next and nothing is stored', async () => {
    const page = await kioskPage();
    await placeCard(hub, 2);
    await page.getByTestId('consent-agree').click();
    await page.getByTestId('wizard-next').click(); // 跳过 the phone
    await page.getByTestId('group-housekeeping').click();
    await page.getByTestId(`trade-${CLEANER}`).click();
    await page.getByTestId(`trade-${HOUSEKEEPER}`).click();
    expect(await page.getByTestId('chosen-trades').textContent()).toBe('您选了：保洁员 家政服务员 ');
    await page.getByRole('button', { name: '不要“家政服务员”了' }).click();
    expect(await page.getByTestId('chosen-trades').textContent()).toBe('您选了：保洁员 ');
    expect(await page.getByTestId(`trade-${HOUSEKEEPER}`).getAttribute('aria-pressed')).toBe('false');
    await page.getByTestId(`chosen-${CLEANER}`).click();
    expect(await page.getByTestId('chosen-trades').textContent()).toContain('还没选');

    const before = stored();
    await page.getByTestId('wizard-next').click();
    const problem = page.getByTestId('wizard-problem');
    await problem.waitFor();
    expect(await problem.getAttribute('data-problem')).toBe('no-trade');
    expect(await problem.textContent()).toContain('您的要求还没有保存');
    await check(page, '20-no-trade');
    expect(stored()).toEqual(before);

    await page.getByTestId('problem-fix').click();
    await page.getByTestId('wizard-work').waitFor();
    await page.getByTestId('group-housekeeping').click();
    await page.getByTestId(`trade-${CLEANER}`).click();
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('wizard-pay').waitFor();
    await page.getByTestId('finish').click();
    await page.getByTestId('attract').waitFor();
    await page.close();
  });

  it('takes pay in 元/月 or 元/小时 and shows it a day; an absurd figure in any unit is said kindly and not stored', async () => {
    const page = await kioskPage();
    await placeCard(hub, 3);
    await page.getByTestId('consent-agree').click();
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('group-housekeeping').click();
    await page.getByTestId(`trade-${CLEANER}`).click();
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('wizard-pay').waitFor();
    await expect.poll(() => page.getByTestId('market-band').textContent()).toMatch(/\d+–\d+/);
    const amount = async () =>
      Number((await page.getByTestId('pay-value').textContent())!.replace(/\D/g, ''));
    while ((await amount()) !== 140)
      await page.getByTestId((await amount()) > 140 ? 'pay-less' : 'pay-more').click();

    // 140 tapped as 元/小时 or 元/月 is no day's pay: said, and 下一步 does not take it.
    await page.getByTestId('pay-unit-hour').click();
    const absurd = page.getByTestId('pay-absurd');
    await expect.poll(() => absurd.textContent()).toContain('140 元/小时，折合每天约 1,120 元，好像不太对');
    expect(await page.getByTestId('pay-next-daily').isDisabled()).toBe(true);
    expect(await page.getByTestId('pay-next-any').isDisabled()).toBe(true);
    await check(page, '21-pay-absurd-hour');
    await page.getByTestId('pay-unit-month').click();
    await expect.poll(() => absurd.textContent()).toContain('140 元/月，折合每天约 6 元');
    await check(page, '22-pay-absurd-month');

    // 3100 元/月 is about 143 元 a day, by the station's rule (21.75 days a month).
    while ((await amount()) < 3100) await page.getByTestId('pay-more').click();
    await expect.poll(() => page.getByTestId('pay-per-day').textContent()).toBe('折合每天约 143 元');
    expect(await absurd.count()).toBe(0);
    await check(page, '23-pay-month');
    const before = stored();
    await page.getByTestId('pay-next-any').click();
    await page.getByTestId('when-today').click();
    await page.getByTestId('district-any').click();
    await page.getByTestId('distance-10').click();
    expect(stored()).toEqual(before);
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('recommendations').waitFor();
    const mine = stored()
      .map((r) => JSON.parse(r.a))
      .find((a) => a.expectedPay?.unit === 'month');
    expect(mine).toMatchObject({
      expectedPay: { amount: 3100, unit: 'month' },
      expectedDailyPay: 143,
      maxDistanceKm: 10,
      dailySettlement: false,
    });

    // Coming back to change it, she finds her own unit again, and her 都行 to 日结.
    await page.getByTestId('edit-preferences').click();
    await page.getByTestId('wizard-work').waitFor();
    expect(await page.getByTestId('chosen-trades').textContent()).toBe('您选了：保洁员 ');
    expect(await page.getByTestId('group-housekeeping').getAttribute('aria-expanded')).toBe('true');
    await page.getByTestId('wizard-next').click();
    expect(await page.getByTestId('pay-unit-month').getAttribute('aria-pressed')).toBe('true');
    expect(await amount()).toBe(3100);
    expect(await page.getByTestId('pay-next-any').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('pay-next-daily').getAttribute('aria-pressed')).toBe('false');
    await page.getByTestId('finish').click();
    await page.getByTestId('attract').waitFor();
    await page.close();
  });

  it('a stored district the station does not know is said on its screen and not kept', async () => {
    const page = await kioskPage();
    await placeCard(hub, 4);
    await page.getByTestId('consent-agree').click();
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('group-housekeeping').click();
    await page.getByTestId(`trade-${CLEANER}`).click();
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('wizard-pay').waitFor();
    await expect.poll(() => page.getByTestId('market-band').textContent()).toMatch(/\d+–\d+/);
    await page.getByTestId('pay-next-any').click();
    await page.getByTestId('when-week').click();
    await page.getByTestId('district-any').click();
    await page.getByTestId('distance-any').click();
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('recommendations').waitFor();

    // An answer stored by an older station (the city's name, which is no district of it).
    await hub.runtime.context.store.write((db) =>
      db.run(
        `UPDATE worker_profiles SET kiosk_answers = json_set(kiosk_answers, '$.district', '长春市')
         WHERE kiosk_answers LIKE '%"week"%'`,
      ),
    );
    await page.getByTestId('finish').click();
    await page.getByTestId('attract').waitFor();
    await placeCard(hub, 4);
    await page.getByTestId('recommendations').waitFor();
    await page.getByTestId('edit-preferences').click();
    await page.getByTestId('wizard-work').waitFor();
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('wizard-pay').waitFor();
    await page.getByTestId('pay-next-any').click();
    await page.getByTestId('when-week').click();
    await page.getByTestId('wizard-district').waitFor();
    expect(await page.getByTestId('district-unknown').textContent()).toBe(
      '本站的区县里没有“长春市”，请重新选一个',
    );
    await check(page, '24-district-unknown');
    await page.getByTestId('district-二道区').click();
    await page.getByTestId('distance-any').click();
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('recommendations').waitFor();
    const mine = stored()
      .map((r) => JSON.parse(r.a))
      .find((a) => a.when === 'week');
    expect(mine.district).toBe('二道区');
    await page.getByTestId('finish').click();
    await page.close();
  });

  it('has no serious or critical axe-core violations on any wizard screen', () => {
    expect(Object.keys(axeFindings).length).toBeGreaterThanOrEqual(17);
    expect(axeFindings).toEqual(Object.fromEntries(Object.keys(axeFindings).map((k) => [k, []])));
  });
});
