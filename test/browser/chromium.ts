import { chromium, type Browser } from 'playwright-core';
import { findChromium, quietChromiumFlags } from '../../electron/launcher/chromium';

/** Debian's Chromium (or another found on the machine); playwright never downloads its own here. */
export function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("no Chromium found: run 'npm run setup' or set CHROMIUM_PATH");
  return chromium.launch({ executablePath, headless: true, args: quietChromiumFlags });
}
