/**
 * electron/main.ts as a whole, with Electron faked at its boundary and the real runtime inside: the
 * scheme is privileged before 'ready', handled before the first window, and every window the config
 * names loads app://station, never a file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, powerSaveBlocker } from './fake-electron';

const fake = vi.hoisted(() => {
  const steps: string[] = [];
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  let ready!: () => void;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  const handlers = new Map<string, (r: Request) => Response | Promise<Response>>();
  const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
  return {
    steps,
    handlers,
    listeners,
    ready: () => {
      steps.push('ready');
      ready();
    },
    electron: {
      app: {
        isPackaged: false,
        requestSingleInstanceLock: () => true,
        enableSandbox: () => undefined,
        quit: () => steps.push('quit'),
        exit: (code: number) => steps.push(`exit ${code}`),
        relaunch: () => undefined,
        getPath: () => process.env.FAKE_USER_DATA!,
        whenReady: () => whenReady,
        on(name: string, fn: (...args: unknown[]) => void) {
          listeners.set(name, [...(listeners.get(name) ?? []), fn]);
        },
      },
      protocol: {
        registerSchemesAsPrivileged: (schemes: { scheme: string }[]) =>
          steps.push(`privileged ${schemes.map((s) => s.scheme).join(',')}`),
        handle: (scheme: string, fn: (r: Request) => Response | Promise<Response>) => {
          steps.push(`handle ${scheme}`);
          handlers.set(scheme, fn);
        },
      },
      ipcMain: { handle: () => undefined, on: () => undefined },
      screen: { getAllDisplays: () => [display], getPrimaryDisplay: () => display },
      webContents: { fromId: () => undefined },
      safeStorage: { isEncryptionAvailable: () => false },
    },
  };
});

vi.mock('electron', () => ({ ...fake.electron, BrowserWindow: FakeBrowserWindow, powerSaveBlocker }));

const dir = mkdtempSync(join(tmpdir(), 'station-main-'));
afterAll(() => {
  for (const fn of fake.listeners.get('before-quit') ?? []) fn();
  rmSync(dir, { recursive: true, force: true });
});

describe('the Electron shell (main.ts)', () => {
  it('privileges app:// before ready, handles it before any window, and loads every window from it', async () => {
    process.env.FAKE_USER_DATA = dir;
    const config = join(dir, 'station.json');
    writeFileSync(
      config,
      JSON.stringify({
        dataDir: join(dir, 'data'),
        windows: [
          { role: 'kiosk', kiosk: true },
          { role: 'desk', kiosk: false },
          { role: 'screen', kiosk: false, display: 3 },
        ],
      }),
    );
    process.env.STATION_CONFIG = config;
    FakeBrowserWindow.created.length = 0;

    await import('../../../electron/main');
    expect(fake.steps).toEqual(['privileged app']);
    fake.ready();
    await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(3), { timeout: 15_000 });

    expect(fake.steps).toEqual(['privileged app', 'ready', 'handle app']);
    expect(FakeBrowserWindow.created.map((w) => w.loaded)).toEqual([
      ['app://station/index.html?role=kiosk'],
      ['app://station/index.html?role=desk'],
      ['app://station/index.html?role=screen'],
    ]);
    // The scheme answers from the built renderer folder (a refusal needs no build to show it).
    const handler = fake.handlers.get('app')!;
    expect((await handler(new Request('app://station/..%2f..%2fpackage.json'))).status).toBe(400);
    expect((await handler(new Request('app://station/package.json'))).status).toBe(404);
  });
});
