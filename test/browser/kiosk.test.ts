import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '../../electron/hub/start-hub';
import { parseConfig } from '../../electron/runtime/config';
import { syntheticCards } from '../../drivers/simulator/identities';
import { launchChromium } from './chromium';
import { axeProblems, openKiosk, pageResidue, placeCard, removeCard, shoot } from './kiosk-helpers';

let hub: RunningHub;
let browser: Browser;
const desk = { role: 'desk', terminal: 'desk-test' } as const;
const axeFindings: Record<string, string[]> = {};

beforeAll(async () => {
  hub = await startHub({ config: parseConfig({}), dataDir: null, port: 0 });
  // The test counts workers as staff at the desk would (the demo account of a simulated station).
  const signIn = await hub.runtime.call(desk, 'staff.signIn', { username: 'demo', pin: '000000' });
  if (!signIn.ok) throw new Error(signIn.error.message);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

const kioskPage = () => openKiosk(browser, hub);

/** Records axe findings and screenshots for a screen; assertions on axe run once at the end. */
async function check(page: Page, name: string) {
  axeFindings[name] = await axeProblems(page);
  await shoot(page, name);
}

async function workerCount(): Promise<number> {
  const r = await hub.runtime.call(desk, 'workers.list', {});
  if (!r.ok) throw new Error(r.error.message);
  return r.value.total;
}

describe('the kiosk, in Chromium against the hub', () => {
  it('takes a new worker from card to application in 11 taps (12 allowed)', async () => {
    const page = await kioskPage();
    await check(page, '01-attract');
    let taps = 0;
    const tap = async (l: Locator) => {
      taps++;
      await l.click();
    };

    await placeCard(hub, 1);
    await page.getByTestId('consent-agree').waitFor();
    expect(await page.locator('h1').textContent()).toBe('李**，您好');
    expect(await workerCount()).toBe(0);
    await check(page, '02-consent');

    await tap(page.getByTestId('consent-agree'));
    await page.getByTestId('wizard-phone').waitFor();
    await check(page, '03-wizard-phone');
    await tap(page.getByTestId('wizard-next')); // 跳过: the number is optional

    await page.getByTestId('wizard-work').waitFor();
    await tap(page.getByTestId('group-housekeeping'));
    await tap(page.getByTestId('trade-4-09-08-02'));
    await check(page, '04-wizard-work');
    await tap(page.getByTestId('wizard-next'));

    await page.getByTestId('wizard-pay').waitFor();
    await expect.poll(() => page.getByTestId('market-band').textContent()).toMatch(/\d+–\d+/);
    await check(page, '05-wizard-pay');
    // 日结 is asked where the pay step ends, answered by the tap that moves on: two big buttons.
    expect(await page.getByTestId('wizard-pay').textContent()).toContain('工资要当天结（日结）吗？');
    expect(await page.getByTestId('wizard-next').count()).toBe(0);
    for (const [id, words] of [
      ['pay-next-daily', '要日结 · 下一步'],
      ['pay-next-any', '都行 · 下一步'],
    ] as const) {
      const button = page.getByTestId(id);
      expect(await button.textContent()).toBe(words);
      expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(72);
    }
    await tap(page.getByTestId('pay-next-daily'));

    await page.getByTestId('wizard-when').waitFor();
    await check(page, '06-wizard-when');
    await tap(page.getByTestId('when-today'));

    await page.getByTestId('wizard-district').waitFor();
    await check(page, '07-wizard-district');
    await tap(page.getByTestId('district-any'));
    await page.getByTestId('wizard-distance').waitFor();
    await check(page, '07-wizard-distance');
    await tap(page.getByTestId('distance-any'));
    await page.getByTestId('wizard-certs').waitFor();
    await check(page, '07-wizard-certs');
    await tap(page.getByTestId('wizard-next'));

    await page.getByTestId('recommendations').waitFor();
    const cards = page.getByTestId('job-card');
    await cards.first().waitFor();
    // Her trade and the ones the taxonomy relates to it, each card saying which, never another
    // trade to fill the screen: the sample's cleaning jobs she may take come from two employers.
    const shown = await cards.count();
    expect(shown).toBeGreaterThanOrEqual(2);
    expect(shown).toBeLessThanOrEqual(5);
    for (let i = 0; i < shown; i++)
      expect(await cards.nth(i).textContent()).toMatch(/正是您想做的|和您想做的很接近|同一类工作|相关的工作/);
    const first = (await cards.first().textContent()) ?? '';
    // Today a time; an older posting shows its date too, so it never looks fresh.
    expect(first).toMatch(/更新于 (\d{1,2}\/\d{1,2} )?\d{1,2}:\d{2}/);
    const chart = page.getByTestId('wage-chart');
    await chart.locator('svg text').first().waitFor();
    // On the portrait kiosk the chart is seen with the first card, without scrolling.
    const fold = page.viewportSize()!.height;
    const chartBox = (await chart.boundingBox())!;
    expect(chartBox.y + chartBox.height).toBeLessThanOrEqual(fold);
    expect((await cards.first().boundingBox())!.y).toBeLessThan(fold);
    // No two of its words (bar names, values, axis figures) and none with the key overlap.
    const words = await page.$$eval('[data-testid="wage-chart"] svg text, [data-testid="wage-key"] li', (els) =>
      els
        .map((e) => ({ text: e.textContent ?? '', box: e.getBoundingClientRect() }))
        .filter((w) => w.text.trim() !== '' && w.box.width > 0)
        .map((w) => ({ text: w.text, x: w.box.x, y: w.box.y, r: w.box.right, b: w.box.bottom })),
    );
    expect(words.length).toBeGreaterThan(shown * 2);
    for (const [i, a] of words.entries())
      for (const b of words.slice(i + 1)) {
        const overlap = a.x < b.r - 1 && b.x < a.r - 1 && a.y < b.b - 1 && b.y < a.b - 1;
        expect(overlap, `"${a.text}" and "${b.text}" overlap`).toBe(false);
      }
    await check(page, '08-recommendations');

    await tap(cards.first().getByTestId('apply'));
    await page.getByTestId('slip').waitFor();
    await page.getByTestId('slip-qr').waitFor();
    await check(page, '09-slip');
    // One question per screen, the phone skipped: consent, 跳过, a group, its trade, 下一步,
    // 要日结 · 下一步, today, district, distance, 看推荐的工作, 报名.
    expect(taps).toBe(11);
    expect(taps).toBeLessThanOrEqual(12);
    // Her 日结 answer is stored with the rest (and ranks 日结 jobs first for her).
    const answers = hub.runtime.context.store.read((db) =>
      db.all<{ a: string }>('SELECT kiosk_answers AS a FROM worker_profiles WHERE kiosk_answers IS NOT NULL'),
    );
    expect(answers.map((r) => JSON.parse(r.a).dailySettlement)).toEqual([true]);

    const apps = hub.runtime.context.store.read((db) =>
      db.all<{ worker_id: string }>('SELECT worker_id FROM applications'),
    );
    expect(apps).toHaveLength(1);
    // The kiosk never shows an ID number or fragment of one (the slip's phone numbers are digits too).
    const id = syntheticCards[1]!.idNumber!;
    const body = (await page.textContent('body')) ?? '';
    for (const fragment of [id.slice(0, 6), id.slice(6, 14), id.slice(10)])
      expect(body).not.toContain(fragment);

    await page.getByTestId('take-ticket').click();
    await expect.poll(() => page.getByTestId('ticket').textContent()).toMatch(/B\d{3}/);
    await page.getByTestId('finish').click();
    await page.getByTestId('attract').waitFor();
    await removeCard(hub);
    await page.close();
  });

  it('greets a returning worker by masked name and goes straight to today’s recommendations', async () => {
    const page = await kioskPage();
    await placeCard(hub, 1);
    await page.getByTestId('recommendations').waitFor();
    expect(await page.locator('h1').textContent()).toBe('李**，今天为您推荐');
    await page.getByTestId('job-card').first().waitFor();
    // Changing preferences reopens the wizard at the work question, with the stored answers.
    await page.getByTestId('edit-preferences').click();
    await page.getByTestId('wizard-work').waitFor();
    expect(await page.getByTestId('group-housekeeping').getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByTestId('trade-4-09-08-02').getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('finish').click();
    await removeCard(hub);
    await page.close();
  });

  it('declining consent stores nothing; anonymous search understands initials', async () => {
    const page = await kioskPage();
    const before = await workerCount();
    await placeCard(hub, 2);
    await page.getByTestId('consent-decline').click();
    await page.getByTestId('declined-note').waitFor();
    expect(await workerCount()).toBe(before);
    expect(await page.getByTestId('apply').count()).toBe(0);

    await page.getByTestId('toggle-keyboard').click();
    const kb = page.getByTestId('onscreen-keyboard');
    await kb.locator('[data-skbtn="b"]').click();
    await kb.locator('[data-skbtn="j"]').click();
    await expect.poll(() => page.getByTestId('search-text').textContent()).toBe('bj');
    await page.getByTestId('candidate').first().waitFor();
    expect(await page.getByTestId('candidate').allTextContents()).toContain('保洁');
    await page.getByTestId('job-card').first().waitFor();
    await check(page, '10-browse-keyboard');
    await page.getByTestId('toggle-keyboard').click();
    await check(page, '11-browse');
    await page.getByTestId('finish').click();
    await removeCard(hub);
    await page.close();
  });

  it('the consent screen names who sees what; the phone reaches employers only by its own tick box', async () => {
    const page = await kioskPage();
    await placeCard(hub, 3);
    await page.getByTestId('consent-agree').waitFor();
    expect(await page.getByTestId('consent-platform').textContent()).toContain('姓名、性别、出生日期');
    expect(await page.getByTestId('consent-employers').textContent()).toContain('年龄');
    // Both optional, both unticked; each is a whole row an older finger finds (64 px at least).
    for (const id of ['consent-share', 'consent-phone']) {
      const box = page.getByTestId(id);
      expect(await box.isChecked()).toBe(false);
      expect((await box.boundingBox())!.height).toBeGreaterThanOrEqual(64);
      expect((await page.locator('label.toggle', { has: box }).boundingBox())!.height).toBeGreaterThanOrEqual(
        64,
      );
    }
    // A tap on the words ticks it.
    await page.getByText('招聘单位也能看到我的手机号').click();
    expect(await page.getByTestId('consent-phone').isChecked()).toBe(true);
    await page.getByTestId('consent-agree').click();
    await page.getByTestId('wizard-phone').waitFor();
    // Stored with her registration: shown to no employer but those she applies to, phone and all.
    expect(
      hub.runtime.context.store.read((db) =>
        db.all(
          'SELECT share_with_employers AS share, phone_to_employers AS phone FROM workers WHERE id_number = ?',
          [syntheticCards[3]!.idNumber!],
        ),
      ),
    ).toEqual([{ share: 0, phone: 1 }]);
    await page.getByTestId('finish').click();
    await removeCard(hub);
    await page.close();
  });

  it('sends a forged and an expired card to the desk with words that say what to do', async () => {
    const page = await kioskPage();
    await placeCard(hub, 12); // forged check character
    await page.getByTestId('needs-desk').waitFor();
    expect(await page.getByTestId('needs-desk').getAttribute('data-reason')).toBe('card-problem');
    expect(await page.textContent('body')).toContain('请到前台');
    await check(page, '12-needs-desk');
    await removeCard(hub);
    await page.getByTestId('attract').waitFor();

    await placeCard(hub, 11); // a 港澳台 residence card that expired in 2025
    await page.getByTestId('needs-desk').waitFor();
    expect(await page.getByTestId('needs-desk').getAttribute('data-reason')).toBe('expired');
    await removeCard(hub);

    await page.getByTestId('attract-qr').click();
    await page.getByTestId('needs-desk').waitFor();
    expect(await page.getByTestId('needs-desk').getAttribute('data-reason')).toBe('social-card');
    await page.getByTestId('finish').click();
    expect(await pageResidue(page)).not.toContain('钱');
    await page.close();
  });

  it('has no serious or critical axe-core violations on any kiosk screen', () => {
    expect(Object.keys(axeFindings).length).toBeGreaterThanOrEqual(10);
    expect(axeFindings).toEqual(Object.fromEntries(Object.keys(axeFindings).map((k) => [k, []])));
  });
});
