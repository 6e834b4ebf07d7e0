import { describe, expect, it } from 'vitest';
import {
  printOptions,
  allowPermission,
  isAppUrl,
  isBlockedKey,
  onWindowFailure,
  rendererUrl,
  windowOptions,
} from '../../../electron/shell/window-policy';

const key = (
  k: string,
  mods: Partial<{ control: boolean; meta: boolean; alt: boolean; shift: boolean }> = {},
) => ({
  type: 'keyDown',
  key: k,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
});

describe('window options', () => {
  it('isolates every window: sandbox, context isolation, no Node, no webviews', () => {
    for (const role of ['kiosk', 'desk', 'booth', 'screen'] as const) {
      const w = windowOptions({
        role,
        preload: '/app/preload.cjs',
        kiosk: true,
        devTools: false,
      }).webPreferences!;
      expect(w).toMatchObject({
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        webSecurity: true,
        devTools: false,
        preload: '/app/preload.cjs',
      });
      expect(w.additionalArguments).toEqual([`--station-role=${role}`]);
    }
  });

  it('fills the named display and goes full screen in kiosk mode', () => {
    const o = windowOptions({
      role: 'screen',
      preload: 'p',
      kiosk: true,
      devTools: false,
      bounds: { x: 1920, y: 0, width: 3840, height: 2160 },
    });
    expect(o).toMatchObject({ x: 1920, y: 0, width: 3840, height: 2160, kiosk: true, frame: false });
    expect(o.webPreferences?.backgroundThrottling).toBe(false);
  });
});

describe('navigation policy', () => {
  it('allows the app origin, app://station, and nothing else', () => {
    expect(isAppUrl('app://station/index.html?role=kiosk#x')).toBe(true);
    expect(isAppUrl('app://station/desk')).toBe(true);
    expect(isAppUrl('APP://STATION/index.html')).toBe(true);
    for (const url of [
      'file:///opt/station/dist/renderer/index.html?role=kiosk',
      'file:///etc/passwd',
      'app://other/index.html',
      'app://station.evil.example/index.html',
      'app://user@station/index.html',
      'app://station:8080/index.html',
      'app:station/index.html',
      'https://station/index.html',
      'http://127.0.0.1:8780/kiosk',
      'https://example.com/',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'about:blank',
      'not a url',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
  it('puts the role in the renderer URL on the app origin', () => {
    expect(rendererUrl('desk')).toBe('app://station/index.html?role=desk');
    expect(rendererUrl('screen')).toBe('app://station/index.html?role=screen');
  });
});

describe('permissions', () => {
  it('denies everything a station does not use', () => {
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'hid',
      'serial',
      'usb',
      'clipboard-read',
      'openExternal',
    ]) {
      expect(allowPermission('kiosk', p)).toBe(false);
      expect(allowPermission('desk', p)).toBe(false);
    }
    expect(allowPermission('kiosk', 'fullscreen')).toBe(true);
  });
});

describe('kiosk key filter', () => {
  it('swallows reload, devtools, zoom, close and navigation keys in kiosk mode', () => {
    for (const k of [
      key('F5'),
      key('F12'),
      key('r', { control: true }),
      key('I', { control: true, shift: true }),
      key('=', { control: true }),
      key('-', { control: true }),
      key('0', { control: true }),
      key('w', { control: true }),
      key('q', { meta: true }),
      key('F4', { alt: true }),
      key('ArrowLeft', { alt: true }),
    ]) {
      expect(isBlockedKey(k, true), JSON.stringify(k)).toBe(true);
    }
  });
  it('lets ordinary typing through, and everything through off kiosk mode', () => {
    for (const k of [key('a'), key('1'), key('Backspace'), key('Enter'), key('A', { shift: true })]) {
      expect(isBlockedKey(k, true)).toBe(false);
    }
    expect(isBlockedKey(key('F5'), false)).toBe(false);
    expect(isBlockedKey({ ...key('F5'), type: 'keyUp' }, true)).toBe(false);
  });
});

describe('window failure path', () => {
  it('reloads with growing backoff, then relaunches after repeated failures', () => {
    const now = 1_000_000;
    expect(onWindowFailure([], now)).toEqual({ action: 'reload', delayMs: 1000 });
    expect(onWindowFailure([now - 1000], now)).toEqual({ action: 'reload', delayMs: 2000 });
    expect(
      onWindowFailure(
        [1, 2, 3, 4].map((i) => now - i * 1000),
        now,
      ),
    ).toEqual({ action: 'reload', delayMs: 16000 });
    expect(
      onWindowFailure(
        [1, 2, 3, 4, 5].map((i) => now - i * 1000),
        now,
      ),
    ).toEqual({ action: 'relaunch' });
  });
  it('forgets failures older than the window', () => {
    const now = 100 * 60_000;
    expect(onWindowFailure([1, 2, 3, 4, 5], now)).toEqual({ action: 'reload', delayMs: 1000 });
  });
});

describe('printing', () => {
  it('lets only a kiosk print, silently, to the configured receipt printer', () => {
    expect(printOptions('kiosk', 'POS-80')).toEqual({
      silent: true,
      deviceName: 'POS-80',
      printBackground: true,
    });
    expect(printOptions('kiosk', undefined)).toBeNull();
    for (const role of ['desk', 'booth', 'screen', 'admin'] as const)
      expect(printOptions(role, 'POS-80')).toBeNull();
  });
});
