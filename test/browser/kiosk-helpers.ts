/// <reference lib="dom" />
// Functions passed to page.evaluate run in the page, so these tests see the DOM types.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import type { RunningHub } from '../../electron/hub/start-hub';

export const SHOTS = '/tmp/kiosk-shots';
export const portrait = { width: 1080, height: 1920 };
export const landscape = { width: 1920, height: 1080 };

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Places a synthetic card on the kiosk's virtual reader (the physical act, not a tap). */
export async function placeCard(hub: RunningHub, identity: number): Promise<void> {
  const r = await hub.runtime.call({ role: 'kiosk', terminal: 'local-kiosk' }, 'simulator.placeCard', {
    identity,
  });
  if (!r.ok) throw new Error(r.error.message);
}

/** Lifts the card and waits until the reader's loop has seen it go (it polls; a quick swap looks like one card). */
export async function removeCard(hub: RunningHub): Promise<void> {
  const seen = new Promise<void>((resolve) => {
    const timer = setTimeout(done, 3000);
    const off = hub.runtime.bus.subscribe((e) => e.event === 'card.removed' && done());
    function done() {
      clearTimeout(timer);
      off();
      resolve();
    }
  });
  await hub.runtime.call({ role: 'kiosk', terminal: 'local-kiosk' }, 'simulator.removeCard', {});
  await seen;
}

/** axe-core in the page: the serious and critical violations, as "rule: target" lines. */
export async function axeProblems(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol: the page's CSP (script-src 'self') rightly forbids inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            o: object,
          ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Screenshots of the current screen in both orientations (portrait first: the kiosk's own). */
export async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const original = page.viewportSize();
  for (const [tag, size] of [
    ['portrait', portrait],
    ['landscape', landscape],
  ] as const) {
    await page.setViewportSize(size);
    // Laid out again at the new size: two frames after the resize.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: `${SHOTS}/${name}-${tag}.png`, fullPage: false });
  }
  if (original) await page.setViewportSize(original);
}

/** Everything personal a page could still hold: visible text, attributes, web storage, IndexedDB. */
export async function pageResidue(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const dbs = 'indexedDB' in window && indexedDB.databases ? await indexedDB.databases() : [];
    return [
      document.documentElement.outerHTML,
      JSON.stringify({ ...localStorage }),
      JSON.stringify({ ...sessionStorage }),
      JSON.stringify(dbs.map((d) => d.name)),
    ].join('\n');
  });
}

/**
 * The quickest way through the new-worker wizard from its first question: no phone, 保洁员, the
 * suggested pay (日结 or not: 都行), today, anywhere, any distance, no certificate. `tap` counts the taps when asked.
 */
export async function answerWizard(page: Page, tap: (l: Locator) => Promise<void> = (l) => l.click()) {
  await page.getByTestId('wizard-phone').waitFor();
  await tap(page.getByTestId('wizard-next'));
  await tap(page.getByTestId('group-housekeeping'));
  await tap(page.getByTestId('trade-4-09-08-02'));
  await tap(page.getByTestId('wizard-next'));
  await page.getByTestId('wizard-pay').waitFor();
  await tap(page.getByTestId('pay-next-any'));
  await tap(page.getByTestId('when-today'));
  await tap(page.getByTestId('district-any'));
  await tap(page.getByTestId('distance-any'));
  await page.getByTestId('wizard-certs').waitFor();
  await tap(page.getByTestId('wizard-next'));
  await page.getByTestId('recommendations').waitFor();
}

/** A fresh portrait kiosk page on the hub, at its attract screen. */
export async function openKiosk(browser: Browser, hub: RunningHub): Promise<Page> {
  const page = await browser.newPage({ viewport: portrait });
  await page.goto(hub.pageUrl('kiosk'));
  await page.getByTestId('attract').waitFor();
  return page;
}

/** Types digits on the kiosk's on-screen keypad, one tap each. */
export async function typeDigits(page: Page, digits: string): Promise<void> {
  for (const d of digits) await page.getByTestId(`key-${d}`).click();
}
