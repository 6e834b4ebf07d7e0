import { describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../../electron/dispatcher';
import { EventBus } from '../../../electron/runtime/event-bus';
import { CHANNEL_CALL, CHANNEL_EVENT, CHANNEL_PRINT, CHANNEL_ROLE } from '../../../electron/shell/channels';
import { registerIpc, type KnownWindow } from '../../../electron/shell/ipc';
import { handlersStub } from './handlers-stub';

const appUrl = 'app://station/index.html?role=kiosk';

/** A fake of the few ipcMain methods the adapter uses. */
function fakeIpcMain() {
  const handlers = new Map<string, (...args: any[]) => any>();
  return {
    handle: (ch: string, fn: (...args: any[]) => any) => void handlers.set(ch, fn),
    on: (ch: string, fn: (...args: any[]) => any) => void handlers.set(ch, fn),
    get: (ch: string) => handlers.get(ch)!,
  };
}

function fakeWindow(id: number, role: KnownWindow['role']) {
  const mainFrame = { url: appUrl };
  return {
    role,
    name: `${role}-${id}`,
    webContents: { id, mainFrame, send: vi.fn(), isDestroyed: () => false },
  } as unknown as KnownWindow & {
    webContents: { send: ReturnType<typeof vi.fn>; mainFrame: { url: string } };
  };
}

const signedIn = {
  staffId: 's1',
  username: 'u',
  name: 'n',
  role: 'staff' as const,
  signedInAt: '2026-11-21T00:00:00Z',
  idleMinutes: 15,
};

function setup() {
  const printed: string[] = [];
  const ipc = fakeIpcMain();
  const bus = new EventBus();
  const kiosk = fakeWindow(1, 'kiosk');
  const desk = fakeWindow(2, 'desk');
  registerIpc({
    ipcMain: ipc as any,
    // Someone is signed in on every window: these tests are about roles, not sessions.
    dispatch: createDispatcher(handlersStub(), { staffOf: () => signedIn }),
    bus,
    windows: () => [kiosk, desk],
    print: async (w) => {
      printed.push(w.name);
      return true;
    },
  });
  return { ipc, bus, kiosk, desk, printed };
}

describe('Electron IPC adapter', () => {
  it("calls with the window's role, never one the page claims", async () => {
    const { ipc, kiosk, desk } = setup();
    const call = ipc.get(CHANNEL_CALL);
    const fromKiosk = await call(
      { sender: { id: 1 }, senderFrame: kiosk.webContents.mainFrame },
      'workers.list',
      {},
    );
    expect(fromKiosk).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const fromDesk = await call(
      { sender: { id: 2 }, senderFrame: desk.webContents.mainFrame },
      'workers.list',
      {},
    );
    expect(fromDesk).toMatchObject({ ok: true });
  });

  it('refuses subframes, unknown senders and foreign pages', async () => {
    const { ipc, kiosk } = setup();
    const call = ipc.get(CHANNEL_CALL);
    const sub = await call({ sender: { id: 1 }, senderFrame: { url: appUrl } }, 'station.info', {});
    expect(sub).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const stranger = await call(
      { sender: { id: 99 }, senderFrame: kiosk.webContents.mainFrame },
      'station.info',
      {},
    );
    expect(stranger.ok).toBe(false);
    kiosk.webContents.mainFrame.url = 'https://evil.example/';
    const foreign = await call(
      { sender: { id: 1 }, senderFrame: kiosk.webContents.mainFrame },
      'station.info',
      {},
    );
    expect(foreign.ok).toBe(false);
  });

  it('accepts only frames on the app origin: not file://, not another app:// host', async () => {
    const { ipc, kiosk } = setup();
    const call = ipc.get(CHANNEL_CALL);
    const role = ipc.get(CHANNEL_ROLE);
    const from = async (url: string) => {
      kiosk.webContents.mainFrame.url = url;
      const event = { sender: { id: 1 }, senderFrame: kiosk.webContents.mainFrame, returnValue: undefined };
      role(event);
      const result = await call(event, 'station.info', {});
      return { role: event.returnValue, ok: result.ok, code: result.ok ? undefined : result.error.code };
    };
    for (const url of [
      'file:///app/dist/renderer/index.html?role=kiosk',
      'file:///tmp/evil.html',
      'app://other/index.html?role=kiosk',
      'app://station:8080/index.html?role=kiosk',
    ]) {
      expect(await from(url), url).toEqual({ role: null, ok: false, code: 'unauthenticated' });
    }
    for (const url of ['app://station/index.html?role=kiosk', 'app://station/kiosk#x']) {
      expect(await from(url), url).toMatchObject({ role: 'kiosk', ok: true });
    }
  });

  it('tells the preload its role, and nothing to an unknown frame', () => {
    const { ipc, kiosk } = setup();
    const event: { sender: { id: number }; senderFrame: unknown; returnValue?: unknown } = {
      sender: { id: 1 },
      senderFrame: kiosk.webContents.mainFrame,
    };
    ipc.get(CHANNEL_ROLE)(event);
    expect(event.returnValue).toBe('kiosk');
    const other = { sender: { id: 7 }, senderFrame: null, returnValue: undefined as unknown };
    ipc.get(CHANNEL_ROLE)(other);
    expect(other.returnValue).toBeNull();
  });

  it("forwards events only to windows whose role may receive them and the reader's terminal", () => {
    const { bus, kiosk, desk } = setup();
    bus.emit('workers.changed', { total: 3 });
    expect(desk.webContents.send).toHaveBeenCalledWith(CHANNEL_EVENT, 'workers.changed', { total: 3 });
    expect(kiosk.webContents.send).not.toHaveBeenCalled();
    bus.emit('card.removed', { reader: 'r1' }, { role: 'kiosk', terminal: kiosk.name });
    expect(kiosk.webContents.send).toHaveBeenCalledWith(CHANNEL_EVENT, 'card.removed', { reader: 'r1' });
    expect(desk.webContents.send).toHaveBeenCalledTimes(1);
    // A card at another kiosk's reader reaches neither window.
    bus.emit('card.read', { reader: 'r2' } as never, { role: 'kiosk', terminal: 'kiosk-elsewhere' });
    expect(kiosk.webContents.send).toHaveBeenCalledTimes(1);
  });

  it('prints only for one of our windows, never for a stranger or a subframe', async () => {
    const { ipc, kiosk, printed } = setup();
    const print = ipc.get(CHANNEL_PRINT);
    expect(await print({ sender: { id: 1 }, senderFrame: kiosk.webContents.mainFrame })).toBe(true);
    expect(await print({ sender: { id: 1 }, senderFrame: { url: appUrl } })).toBe(false);
    expect(await print({ sender: { id: 42 }, senderFrame: kiosk.webContents.mainFrame })).toBe(false);
    expect(printed).toEqual(['kiosk-1']);
  });
});
