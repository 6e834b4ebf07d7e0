import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { quietChromiumFlags } from './chromium';

/** On a machine with no display: load the page in headless Chromium and save what a person would see. */
export async function renderHeadless(executablePath: string, url: string): Promise<string> {
  const browser = await chromium.launch({ executablePath, headless: true, args: quietChromiumFlags });
  try {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.goto(url);
    await page.waitForSelector('main');
    const file = join(tmpdir(), 'station-kiosk.png');
    await page.screenshot({ path: file });
    return file;
  } finally {
    await browser.close();
  }
}
