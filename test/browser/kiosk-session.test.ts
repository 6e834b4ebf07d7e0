/// <reference lib="dom" />
// Functions passed to page.evaluate run in the page, so these tests see the DOM types.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '../../electron/hub/start-hub';
import { parseConfig } from '../../electron/runtime/config';
import { syntheticCards } from '../../drivers/simulator/identities';
import { launchChromium } from './chromium';
import { pageResidue, placeCard, portrait, removeCard } from './kiosk-helpers';

let hub: RunningHub;
let browser: Browser;

beforeAll(async () => {
  // A short idle time so the wipe is tested without waiting a minute.
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

/** A fake voice that records what was spoken (headless Chromium has none). */
const fakeSpeech = () => {
  const spoken: string[] = [];
  (window as unknown as { spoken: string[] }).spoken = spoken;
  const voice = { lang: 'zh-CN', name: 'fake', default: true, localService: true, voiceURI: 'fake' };
  class Utterance {
    voice: unknown = null;
    lang = '';
    rate = 1;
    constructor(readonly text: string) {}
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
  Object.defineProperty(window, 'speechSynthesis', {
    value: {
      getVoices: () => [voice, { ...voice, lang: 'ko-KR' }, { ...voice, lang: 'en-US' }],
      speak: (u: { text: string }) => spoken.push(u.text),
      cancel: () => undefined,
    },
  });
};

async function kioskPage(withVoice = false): Promise<Page> {
  const page = await browser.newPage({ viewport: portrait });
  if (withVoice) await page.addInitScript(fakeSpeech);
  await page.goto(hub.pageUrl('kiosk'));
  await page.getByTestId('attract').waitFor();
  return page;
}

describe('kiosk sessions end cleanly for the next person', () => {
  it('after the idle timeout nothing personal is left in the DOM, storage or IndexedDB', async () => {
    const page = await kioskPage();
    await placeCard(hub, 3);
    await page.getByTestId('consent-agree').click();
    await page.getByTestId('wizard-phone').waitFor();
    for (const d of '13912345678') await page.getByTestId(`key-${d}`).click();
    expect(await page.getByTestId('phone-display').textContent()).toBe('139 1234 5678');
    await page.getByTestId('text-size-XL').click();
    await page.getByTestId('contrast').click();

    // The countdown shows, then the attract screen returns by itself.
    await page.getByTestId('idle-overlay').waitFor({ timeout: 6000 });
    await page.getByTestId('attract').waitFor({ timeout: 6000 });
    const residue = await pageResidue(page);
    const card = syntheticCards[3]!;
    for (const fragment of [
      '刘**',
      '刘桂芝',
      '1391234',
      '139 1234',
      '5678',
      card.idNumber!.slice(0, 6),
      card.idNumber!.slice(-4),
    ])
      expect(residue).not.toContain(fragment);
    // Accessibility choices are per person too.
    expect(await page.locator('main.kiosk').getAttribute('data-text-size')).toBe('L');
    expect(await page.locator('main.kiosk').getAttribute('data-contrast')).toBe('normal');
    // The session capability is dead at the station as well.
    expect(hub.runtime.context.kioskSessions.size).toBe(0);
    await removeCard(hub);
    await page.close();
  });

  it('switches language for one session and back to Chinese for the next', async () => {
    const page = await kioskPage();
    await page.getByTestId('lang-ko').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('일자리 찾기: 먼저 신분증을 대주십시오');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Find work: start with your ID card');
    await placeCard(hub, 4);
    await page.getByTestId('consent-agree').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Hello, 陈**');
    await page.getByTestId('consent-decline').click();
    await page.getByTestId('finish').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('找工作，先刷身份证');
    await removeCard(hub);
    await page.close();
  });

  it('reads screens aloud when asked, in the chosen language, from recordings where no voice exists, and says so when nothing can be said', async () => {
    const page = await kioskPage(true);
    await page.getByTestId('read-aloud').click();
    expect(await page.getByTestId('read-aloud').getAttribute('aria-pressed')).toBe('true');
    await placeCard(hub, 5);
    await page.getByTestId('consent-agree').waitFor();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken.join('|')))
      .toContain('开始前，请看看我们会保存什么');
    await page.getByTestId('read-aloud').click();
    await page.getByTestId('consent-decline').click();
    await page.getByTestId('finish').click();
    await removeCard(hub);
    await page.close();

    // No voice for the language (headless Chromium has none): the recorded phrase plays instead.
    const mute = await kioskPage();
    const clip = mute.waitForRequest(/\/speech\/zh-CN\/[0-9a-f]{8}\.opus$/);
    await mute.getByTestId('attract-listen').click();
    // Media is fetched by range: 206 is the recording arriving.
    expect([200, 206]).toContain((await (await clip).response())?.status());
    await mute.getByTestId('read-aloud').click();
    await placeCard(hub, 5);
    await mute.getByTestId('consent-agree').waitFor();
    // The consent screen's phrases, one recording each, in order.
    await expect
      .poll(() =>
        mute.evaluate(
          () => performance.getEntriesByType('resource').filter((e) => e.name.includes('/speech/')).length,
        ),
      )
      .toBeGreaterThan(1);
    expect(await mute.getByTestId('toolbar-note').count()).toBe(0);
    await mute.getByTestId('consent-decline').click();
    await mute.getByTestId('finish').click();
    await removeCard(hub);
    await mute.close();

    // Neither a voice nor sound: the screen says so rather than staying silent.
    const silent = await browser.newPage({ viewport: portrait });
    await silent.addInitScript(() => Object.defineProperty(window, 'Audio', { value: undefined }));
    await silent.goto(hub.pageUrl('kiosk'));
    await silent.getByTestId('attract').waitFor();
    await silent.getByTestId('read-aloud').click();
    await silent.getByTestId('toolbar-note').waitFor();
    expect(await silent.getByTestId('toolbar-note').textContent()).toContain('没有可用的语音');
    await silent.close();
  });

  it('the call-staff button raises an alert for the desk', async () => {
    const seen: string[] = [];
    const off = hub.runtime.bus.subscribe((e) => {
      if (e.event === 'kiosk.staffCalled') seen.push((e.payload as { screen: string }).screen);
    });
    const page = await kioskPage();
    await page.getByTestId('call-staff').click();
    await page.getByTestId('toolbar-note').waitFor();
    expect(seen).toEqual(['attract']);
    off();
    await page.close();
  });
});
