/**
 * The Electron IPC adapter over the dispatcher. Accepts calls only from the main frame of one of our
 * windows showing our page; the caller's role is the window's, never something the page says.
 */
import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron';
import { events as eventDefs, type ApiResult, type Role } from '../api';
import type { Dispatch } from '../dispatcher';
import { reaches, type EventBus } from '../runtime/event-bus';
import { CHANNEL_CALL, CHANNEL_EVENT, CHANNEL_PRINT, CHANNEL_ROLE } from './channels';
import { isAppUrl } from './window-policy';

export interface KnownWindow {
  role: Role;
  name: string;
  webContents: Pick<WebContents, 'id' | 'send' | 'mainFrame' | 'isDestroyed'>;
}

type Sender = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

export function trustedWindow(event: Sender, windows: readonly KnownWindow[]): KnownWindow | undefined {
  const w = windows.find((x) => x.webContents.id === event.sender.id);
  const frame = event.senderFrame;
  if (!w || !frame) return undefined;
  if (frame !== w.webContents.mainFrame) return undefined;
  // Only a frame showing the app origin (app://station): never file://, never a page from the web.
  return isAppUrl(frame.url) ? w : undefined;
}

export function registerIpc(options: {
  ipcMain: Pick<IpcMain, 'handle' | 'on'>;
  dispatch: Dispatch;
  bus: EventBus;
  windows: () => readonly KnownWindow[];
  /** Prints the calling window's page; resolves false when that window may not print. */
  print?: (w: KnownWindow) => Promise<boolean>;
}): () => void {
  const { ipcMain, dispatch, bus, windows, print } = options;

  ipcMain.handle(
    CHANNEL_CALL,
    async (event, method: unknown, input: unknown): Promise<ApiResult<unknown>> => {
      const w = trustedWindow(event, windows());
      if (!w) return { ok: false, error: { code: 'unauthenticated', message: 'call from an unknown frame' } };
      if (typeof method !== 'string')
        return { ok: false, error: { code: 'unknown_method', message: 'method must be a name' } };
      // The window is the terminal (its name is its terminal id) and the client: a staff session
      // started in one window is not signed in in another.
      return dispatch(
        { role: w.role, terminal: w.name, client: `window-${w.webContents.id}` },
        method,
        input,
      );
    },
  );

  ipcMain.handle(CHANNEL_PRINT, async (event): Promise<boolean> => {
    const w = trustedWindow(event, windows());
    return w && print ? print(w) : false;
  });

  // The preload asks once, synchronously, which role its window plays.
  ipcMain.on(CHANNEL_ROLE, (event: IpcMainEvent) => {
    event.returnValue = trustedWindow(event, windows())?.role ?? null;
  });

  return bus.subscribe((e) => {
    for (const w of windows()) {
      if (w.webContents.isDestroyed()) continue;
      if (!eventDefs[e.event].roles.includes(w.role)) continue;
      if (!reaches(e.only, { role: w.role, terminal: w.name })) continue;
      w.webContents.send(CHANNEL_EVENT, e.event, e.payload);
    }
  });
}
