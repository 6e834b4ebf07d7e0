/// <reference lib="dom" />
// Functions passed to page.evaluate and addInitScript run in the page, so this test sees the DOM types.
/**
 * What an Electron window shows, in Chromium: the built renderer served through the app:// mapping
 * (a local HTTP server whose handler is that mapping stands in for the scheme, which only Electron can
 * register) renders the app; the same build opened from file:// stays blank, which is the bug the
 * scheme fixes. The preload is stood in for by a `window.station` bridge over a real runtime.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../electron/api';
import { rendererDistDir } from '../../electron/runtime/app-root';
import { parseConfig } from '../../electron/runtime/config';
import { createRuntime, type Runtime } from '../../electron/runtime/runtime';
import { contentSecurityPolicy } from '../../electron/security-headers';
import { appOrigin, appResponse } from '../../electron/shell/app-protocol';
import { launchChromium } from './chromium';

const dist = rendererDistDir();

let browser: Browser;
let runtime: Runtime;
let server: Server;
let base: string;
/** Requests the mapping did not answer with a file. */
const misses: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(dist, 'index.html')))
    throw new Error('dist/renderer is missing: run npm run build:renderer');
  runtime = await createRuntime(parseConfig({}), { dataDir: null, startSync: false });
  // The stand-in for protocol.handle('app', …): the request's path on the app origin, answered by the mapping.
  server = createServer((req, res) => {
    void (async () => {
      const answer = await appResponse(
        { url: new URL(req.url ?? '/', appOrigin).href, method: req.method ?? 'GET' },
        dist,
      );
      if (answer.status !== 200) misses.push(`${answer.status} ${req.url}`);
      answer.headers.forEach((value, name) => res.setHeader(name, value));
      res.writeHead(answer.status);
      res.end(Buffer.from(await answer.arrayBuffer()));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await runtime?.close();
});

/** A page with what the preload gives an Electron window: `window.station` for its role, over the runtime. */
async function windowPage(role: Role): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.exposeFunction('stationCall', (method: string, input: unknown) =>
    runtime.dispatch({ role, terminal: `${role}-1` }, method, input),
  );
  await page.addInitScript((r: string) => {
    const w = window as unknown as Record<string, unknown> & {
      stationCall(m: string, i: unknown): Promise<unknown>;
    };
    w.station = {
      role: r,
      call: (m: string, i: unknown) => w.stationCall(m, i),
      on: () => () => undefined,
      print: () => Promise.resolve(false),
    };
  }, role);
  return { page, errors };
}

describe('the Electron window in Chromium', () => {
  it('renders the kiosk and the big screen when the build is served through the app:// mapping', async () => {
    for (const [role, path, testId] of [
      ['kiosk', '/index.html?role=kiosk', 'attract'],
      ['screen', '/screen', 'job-board'],
    ] as const) {
      const { page, errors } = await windowPage(role);
      misses.length = 0;
      const response = await page.goto(`${base}${path}`);
      expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy);
      await page.getByTestId(testId).waitFor({ timeout: 15_000 });
      // The CSP is in force ('self' let the app's module script run; an injected inline script is refused).
      const inline = await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.inlineRan = true';
        document.head.append(s);
        return (window as unknown as { inlineRan?: boolean }).inlineRan ?? false;
      });
      expect(inline).toBe(false);
      // Chromium asks for /favicon.ico on its own; the app ships none. Everything the page asked for came.
      expect(misses.filter((m) => m !== '404 /favicon.ico')).toEqual([]);
      expect(errors.filter((e) => !/Content Security Policy|Failed to load resource/.test(e))).toEqual([]);
      await page.close();
    }
  });

  it('refuses to serve what lies outside the build, even asked for in ways a browser does not normalise', async () => {
    for (const path of [
      '/..%2f..%2fpackage.json',
      '/%2E%2E%2F%2E%2E%2Fpackage.json',
      '/..%5c..%5cpackage.json',
    ]) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(400);
    }
    expect((await fetch(`${base}/assets/nothing-here.js`)).status).toBe(404);
  });

  it('stays blank when the same build is opened from file:// (the bug the scheme fixes)', async () => {
    const { page, errors } = await windowPage('kiosk');
    await page.goto(pathToFileURL(join(dist, 'index.html')).href);
    await expect.poll(() => errors.some((e) => /CORS/.test(e)), { timeout: 10_000 }).toBe(true);
    expect(await page.evaluate(() => document.getElementById('root')?.childElementCount)).toBe(0);
    expect(await page.getByTestId('attract').count()).toBe(0);
    await page.close();
  });
});
