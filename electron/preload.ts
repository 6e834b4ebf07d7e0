/**
 * Runs in the sandboxed renderer before the page. Exposes `window.station`: a call to a known method
 * and a subscription to a known event (returns its unsubscribe). No ipcRenderer, no channels, no Node.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { eventNames, methodNames, type Role, type StationBridge } from './api';
import { CHANNEL_CALL, CHANNEL_EVENT, CHANNEL_PRINT, CHANNEL_ROLE } from './shell/channels';

const knownMethods = new Set<string>(methodNames);
const knownEvents = new Set<string>(eventNames);
const role = ipcRenderer.sendSync(CHANNEL_ROLE) as Role | null;

const bridge: StationBridge = {
  role: role ?? 'kiosk',
  call(method, input) {
    if (!knownMethods.has(method)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown_method', message: `no method '${String(method)}'` },
      });
    }
    return ipcRenderer.invoke(CHANNEL_CALL, method, input);
  },
  on(event, listener) {
    if (!knownEvents.has(event)) throw new Error(`no event '${String(event)}'`);
    const handler = (_e: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) (listener as (p: unknown) => void)(payload);
    };
    ipcRenderer.on(CHANNEL_EVENT, handler);
    return () => ipcRenderer.removeListener(CHANNEL_EVENT, handler);
  },
  // The main process decides whether and where (only kiosks, only silently, only to the receipt printer).
  print: () => ipcRenderer.invoke(CHANNEL_PRINT) as Promise<boolean>,
};

if (role) contextBridge.exposeInMainWorld('station', bridge);
