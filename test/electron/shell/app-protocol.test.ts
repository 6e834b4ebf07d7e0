import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appOrigin,
  appResponse,
  appScheme,
  handleAppScheme,
  registerAppScheme,
  resolveAppRequest,
} from '../../../electron/shell/app-protocol';
import { contentSecurityPolicy } from '../../../electron/security-headers';

// A renderer folder with a secret beside it (not inside): nothing may ever reach the secret.
let base: string;
let root: string;
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'app-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  mkdirSync(join(root, 'speech', 'zh-CN'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'export {};');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(root, 'speech', 'zh-CN', '0526744b.opus'), 'OggS');
  writeFileSync(join(base, 'secret.txt'), 'not for the page');
  writeFileSync(join(base, 'renderer-evil.js'), 'alert(1)');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const file = (url: string) => {
  const r = resolveAppRequest(url, root);
  return r.ok ? relative(root, r.file).split(sep).join('/') : r.status;
};

describe('app:// request → file in the renderer folder', () => {
  it('maps the app page, its assets and its recordings to files inside the folder', () => {
    expect(file('app://station/index.html')).toBe('index.html');
    expect(file('app://station/')).toBe('index.html');
    expect(file('app://station')).toBe('index.html');
    expect(file('app://station/assets/index-abc.js')).toBe('assets/index-abc.js');
    expect(file('app://station/speech/zh-CN/0526744b.opus')).toBe('speech/zh-CN/0526744b.opus');
  });

  it('serves the role pages (SPA routes) as index.html, as the hub does', () => {
    for (const page of ['kiosk', 'desk', 'booth', 'screen']) {
      expect(file(`app://station/${page}`)).toBe('index.html');
    }
    expect(file('app://station/kiosk/extra')).toBe(404);
  });

  it('ignores the query and the fragment', () => {
    expect(file('app://station/index.html?role=kiosk#token=x')).toBe('index.html');
    expect(file('app://station/assets/index-abc.js?../../secret.txt')).toBe('assets/index-abc.js');
    expect(file('app://station/desk?view=display')).toBe('index.html');
  });

  it('refuses traversal, plain or encoded, and never names a file outside the folder', async () => {
    const attacks = [
      'app://station/../secret.txt',
      'app://station/assets/../../secret.txt',
      'app://station/%2e%2e/secret.txt',
      'app://station/%2E%2E/%2E%2E/secret.txt',
      'app://station/.%2e/secret.txt',
      'app://station/%2E%2E%2Fsecret.txt',
      'app://station/..%2fsecret.txt',
      'app://station/assets%2F..%2F..%2Fsecret.txt',
      'app://station/..%5csecret.txt',
      'app://station/assets\\..\\..\\secret.txt',
      'app://station/%252e%252e/secret.txt',
      'app://station/..%c0%afsecret.txt',
      'app://station/index.html%00.js',
      'app://station/.env',
      'app://station/../renderer-evil.js',
    ];
    for (const url of attacks) {
      const r = resolveAppRequest(url, root);
      // The URL parser folds a plain or %2e `..` away before we see it; what is left stays inside.
      if (r.ok) expect(relative(root, r.file).startsWith('..'), url).toBe(false);
      const res = await appResponse({ url, method: 'GET' }, root);
      expect([400, 404], url).toContain(res.status);
      expect(await res.text(), url).not.toMatch(/not for the page|alert/);
    }
    // An encoded separator is never decoded into one.
    for (const url of attacks.filter((a) => /%2f|%5c|\\/i.test(a))) {
      expect(resolveAppRequest(url, root), url).toMatchObject({ ok: false, status: 400 });
    }
  });

  it('refuses absolute paths and drive letters', () => {
    for (const url of [
      'app://station//etc/passwd',
      'app://station/%2Fetc%2Fpasswd',
      'app://station/C:/Windows/win.ini',
      'app://station/C%3A%5CWindows%5Cwin.ini',
      `app://station/${encodeURIComponent(join(base, 'secret.txt'))}`,
      'app://station/\\\\server\\share\\x.js',
      'app://station/CON',
      'app://station/assets/nul.js',
    ]) {
      expect(resolveAppRequest(url, root).ok, url).toBe(false);
    }
  });

  it('refuses another host, another scheme, credentials and ports', () => {
    for (const url of [
      'app://other/index.html',
      'app:///index.html',
      'app://user:pw@station/index.html',
      'app://station:8080/index.html',
      'file:///etc/passwd',
      `file://${join(root, 'index.html')}`,
      'http://station/index.html',
      'not a url',
    ]) {
      expect(resolveAppRequest(url, root), url).toMatchObject({ ok: false, status: 404 });
    }
  });

  it('names the content type of each file, and refuses what the app does not ship', () => {
    const type = (url: string) => {
      const r = resolveAppRequest(url, root);
      return r.ok ? r.contentType : r.status;
    };
    expect(type('app://station/index.html')).toBe('text/html; charset=utf-8');
    expect(type('app://station/kiosk')).toBe('text/html; charset=utf-8');
    // Chromium runs a module script only when it is served as JavaScript.
    expect(type('app://station/assets/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(type('app://station/assets/index-abc.css')).toBe('text/css; charset=utf-8');
    expect(type('app://station/speech/zh-CN/0526744b.opus')).toBe('audio/ogg');
    expect(type('app://station/assets/x.woff2')).toBe('font/woff2');
    expect(type('app://station/assets/a.exe')).toBe(404);
    expect(type('app://station/assets')).toBe(404);
  });
});

describe('the app:// response', () => {
  it('answers a file with its type and the security headers, CSP included', async () => {
    const res = await appResponse({ url: 'app://station/assets/index-abc.js', method: 'GET' }, root);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('export {};');
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const page = await appResponse({ url: 'app://station/kiosk?role=kiosk', method: 'GET' }, root);
    expect(await page.text()).toContain('<div id="root">');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('answers 404 for a missing file without naming the disk', async () => {
    const res = await appResponse({ url: 'app://station/assets/gone.js', method: 'GET' }, root);
    expect(res.status).toBe(404);
    const body = await res.text();
    expect(body).not.toContain(root);
    expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it('answers 400 for traversal and never reads outside the folder', async () => {
    for (const url of ['app://station/..%2fsecret.txt', 'app://station/%2E%2E%2Fsecret.txt']) {
      const res = await appResponse({ url, method: 'GET' }, root);
      expect(res.status, url).toBe(400);
      expect(await res.text()).not.toContain('not for the page');
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await appResponse({ url: 'app://station/index.html', method: 'HEAD' }, root);
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await appResponse({ url: 'app://station/index.html', method: 'POST' }, root);
    expect(post.status).toBe(405);
  });
});

describe('registering the scheme with Electron', () => {
  it('registers app:// as a privileged standard, secure scheme, without opening it to other origins', () => {
    const registered: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (s) => void registered.push(...s) });
    expect(registered).toEqual([
      {
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
      },
    ]);
    const privileges = (registered[0] as { privileges: Record<string, unknown> }).privileges;
    // The CSP applies to our own pages, and no other origin may read ours.
    expect(privileges.bypassCSP).toBeFalsy();
    expect(privileges.corsEnabled).toBeFalsy();
    expect(appOrigin).toBe(`${appScheme}://station`);
  });

  it('handles app:// with the mapping over the renderer folder', async () => {
    let scheme = '';
    let handler: ((r: Request) => Response | Promise<Response>) | undefined;
    handleAppScheme(
      {
        handle: (s, h) => {
          scheme = s;
          handler = h;
        },
      },
      root,
    );
    expect(scheme).toBe('app');
    const res = await handler!(new Request('app://station/index.html?role=desk'));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root">');
    expect((await handler!(new Request('app://station/..%2fsecret.txt'))).status).toBe(400);
  });
});
