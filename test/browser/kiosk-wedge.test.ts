import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '../../electron/hub/start-hub';
import { parseConfig } from '../../electron/runtime/config';
import { syntheticCards } from '../../drivers/simulator/identities';
import { launchChromium } from './chromium';
import { axeProblems, openKiosk } from './kiosk-helpers';

let hub: RunningHub;
let browser: Browser;
/** Cards the station presented to the kiosk, as the bus carried them. */
const reads: unknown[] = [];

beforeAll(async () => {
  // The kiosk's reader is a keyboard wedge: it types the ID number and Enter at the kiosk's window.
  hub = await startHub({
    config: parseConfig({ readers: [{ driver: 'wedge', id: 'wedge-1', serves: 'kiosk' }] }),
    dataDir: null,
    port: 0,
  });
  hub.runtime.bus.subscribe((e) => e.event === 'card.read' && reads.push(e.payload));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

const NUMBER = syntheticCards[2]!.idNumber!;

describe('a kiosk whose reader is a keyboard wedge', () => {
  it('takes the number the reader types as a card, and sends the unverified card to the desk', async () => {
    const page = await openKiosk(browser, hub);
    // As the reader types it: all eighteen characters and Enter within a few milliseconds.
    await page.keyboard.type(NUMBER, { delay: 0 });
    await page.keyboard.press('Enter');
    const desk = page.getByTestId('needs-desk');
    await desk.waitFor();
    expect(await desk.getAttribute('data-reason')).toBe('unverified');
    expect(await page.locator('h1').textContent()).toBe('这台读卡器只读出了身份证号码');
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ reader: 'wedge-1', valid: false, problems: ['unverified'] });
    expect(await axeProblems(page)).toEqual([]);
    // She can still take a number for the desk or look at jobs.
    await page.getByTestId('desk-browse').waitFor();
    await page.close();
  });

  it('leaves a person typing the same digits by hand alone', async () => {
    reads.length = 0;
    const page = await openKiosk(browser, hub);
    await page.keyboard.type(NUMBER, { delay: 150 });
    await page.waitForTimeout(150);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    expect(reads).toEqual([]);
    expect(await page.getByTestId('attract').isVisible()).toBe(true);
    expect(await page.getByTestId('needs-desk').count()).toBe(0);
    await page.close();
  });

  it('a number that fails its check digit is not taken as a card: the kiosk says the card needs staff', async () => {
    reads.length = 0;
    const page = await openKiosk(browser, hub);
    const forged = NUMBER.slice(0, 17) + (NUMBER[17] === '1' ? '2' : '1');
    await page.keyboard.type(forged, { delay: 0 });
    await page.keyboard.press('Enter');
    const desk = page.getByTestId('needs-desk');
    await desk.waitFor();
    expect(await desk.getAttribute('data-reason')).toBe('card-problem');
    expect(reads).toEqual([]);
    await page.close();
  });
});
