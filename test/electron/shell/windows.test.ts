import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, powerSaveBlocker } from './fake-electron';

// Electron is faked once, here, at the module boundary; the factory under test is the real one.
vi.mock('electron', () => ({ BrowserWindow: FakeBrowserWindow, powerSaveBlocker }));
const { createStationWindow } = await import('../../../electron/shell/windows');

type Role = 'kiosk' | 'desk' | 'booth' | 'screen' | 'admin';
function make(role: Role = 'kiosk', kiosk = true) {
  const relaunch = vi.fn();
  const w = createStationWindow({
    role,
    name: `${role}-1`,
    display: undefined,
    kiosk,
    devTools: false,
    preload: '/p.cjs',
    relaunch,
  });
  return {
    w,
    win: w.window as unknown as FakeBrowserWindow,
    wc: (w.window as unknown as FakeBrowserWindow).webContents,
    relaunch,
  };
}
const prevented = () => {
  const e = {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
  return e;
};

afterEach(() => vi.useRealTimers());

describe('the hardened window factory', () => {
  it('loads the app page for its role from app://station, never from file://', () => {
    for (const role of ['kiosk', 'desk', 'booth', 'screen', 'admin'] as const) {
      const { win } = make(role, role === 'kiosk');
      expect(win.loaded).toEqual([`app://station/index.html?role=${role}`]);
    }
  });

  it('makes every window with the hardened options', () => {
    const { win } = make('desk', false);
    expect(win.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
  });

  it('denies new windows and navigation or redirects away from the app origin', () => {
    const { wc } = make();
    expect(wc.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    for (const target of [
      'https://example.com/phish',
      'file:///app/dist/renderer/index.html?role=kiosk',
      'file:///etc/passwd',
      'app://other/index.html',
      'app://station:1/index.html',
    ]) {
      for (const name of ['will-navigate', 'will-redirect']) {
        const away = prevented();
        wc.emit(name, away, target);
        expect(away.defaultPrevented, `${name} ${target}`).toBe(true);
      }
    }
    for (const target of ['app://station/index.html?role=kiosk#top', 'app://station/kiosk']) {
      const home = prevented();
      wc.emit('will-navigate', home, target);
      expect(home.defaultPrevented, target).toBe(false);
    }
  });

  it('denies permissions by default and sets a CSP on every response', () => {
    const { wc } = make();
    const answers: boolean[] = [];
    wc.permissionRequest!(wc, 'media', (ok) => answers.push(ok));
    wc.permissionRequest!(wc, 'geolocation', (ok) => answers.push(ok));
    expect(answers).toEqual([false, false]);
    let headers: any;
    wc.headers!({ responseHeaders: {} }, (r) => (headers = r));
    expect(headers.responseHeaders['Content-Security-Policy'][0]).toContain("default-src 'self'");
  });

  it('swallows escape keys in kiosk mode and refuses to close', () => {
    const { win, wc } = make();
    const f5 = prevented();
    wc.emit('before-input-event', f5, {
      type: 'keyDown',
      key: 'F5',
      control: false,
      meta: false,
      alt: false,
      shift: false,
    });
    expect(f5.defaultPrevented).toBe(true);
    const close = prevented();
    win.emit('close', close);
    expect(close.defaultPrevented).toBe(true);
  });

  it('keeps display windows awake', () => {
    make('screen');
    expect(powerSaveBlocker.started.size).toBeGreaterThan(0);
  });

  it('reloads a crashed renderer with backoff and relaunches after repeated failures', () => {
    vi.useFakeTimers();
    const { win, wc, relaunch } = make();
    wc.emit('render-process-gone', {}, { reason: 'oom' });
    vi.advanceTimersByTime(1000);
    expect(win.loaded).toEqual([
      'app://station/index.html?role=kiosk',
      'app://station/index.html?role=kiosk',
    ]);
    for (let i = 0; i < 4; i++) win.emit('unresponsive');
    expect(relaunch).not.toHaveBeenCalled();
    wc.emit('did-fail-load', {}, -2, 'FAILED', 'app://station/index.html?role=kiosk', true);
    expect(relaunch).toHaveBeenCalledOnce();
  });
});
