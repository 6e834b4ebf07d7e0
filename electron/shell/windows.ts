/** The one hardened window factory: every station window is made here, with every guard attached. */
import { BrowserWindow, powerSaveBlocker, type Display, type WebContents } from 'electron';
import createDebug from 'debug';
import type { Role } from '../api';
import {
  allowPermission,
  contentSecurityPolicy,
  isAppUrl,
  isBlockedKey,
  onWindowFailure,
  rendererUrl,
  windowOptions,
} from './window-policy';

const log = createDebug('station:shell');

export interface StationWindowSpec {
  role: Role;
  name: string;
  display: Display | undefined;
  kiosk: boolean;
  devTools: boolean;
  preload: string;
  /** Called after repeated failures: the app relaunches. */
  relaunch(): void;
}

export interface StationWindow {
  role: Role;
  name: string;
  window: BrowserWindow;
  webContents: WebContents;
}

export function createStationWindow(spec: StationWindowSpec): StationWindow {
  const options = windowOptions({
    role: spec.role,
    preload: spec.preload,
    kiosk: spec.kiosk,
    devTools: spec.devTools,
    ...(spec.display ? { bounds: spec.display.workArea } : {}),
  });
  // The isolation flags are restated here, at the call, so no change to the policy module can turn
  // them off and static checkers (electronegativity) see them where the window is made.
  const win = new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  const wc = win.webContents;
  const url = rendererUrl(spec.role);

  wc.session.setPermissionRequestHandler((_wc, permission, callback) =>
    callback(allowPermission(spec.role, permission)),
  );
  wc.session.setPermissionCheckHandler((_wc, permission) => allowPermission(spec.role, permission));
  wc.session.webRequest.onHeadersReceived((details, callback) =>
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] },
    }),
  );
  wc.setWindowOpenHandler(() => ({ action: 'deny' }));
  wc.on('will-navigate', (event, target) => {
    if (!isAppUrl(target)) event.preventDefault();
  });
  wc.on('will-redirect', (event, target) => {
    if (!isAppUrl(target)) event.preventDefault();
  });
  wc.on('will-attach-webview', (event) => event.preventDefault());
  wc.on('before-input-event', (event, input) => {
    if (isBlockedKey(input, spec.kiosk)) event.preventDefault();
  });
  if (spec.kiosk) win.on('close', (event) => event.preventDefault());

  const blocker =
    spec.role === 'screen' || spec.role === 'kiosk'
      ? powerSaveBlocker.start('prevent-display-sleep')
      : undefined;
  win.on('closed', () => {
    if (blocker !== undefined && powerSaveBlocker.isStarted(blocker)) powerSaveBlocker.stop(blocker);
  });

  const failures: number[] = [];
  const fail = (why: string) => {
    const decision = onWindowFailure(failures, Date.now());
    failures.push(Date.now());
    log('%s window failed (%s): %o', spec.name, why, decision);
    if (decision.action === 'relaunch') spec.relaunch();
    else setTimeout(() => !win.isDestroyed() && void win.loadURL(url), decision.delayMs);
  };
  wc.on('render-process-gone', (_e, details) => fail(`renderer gone: ${details.reason}`));
  win.on('unresponsive', () => fail('unresponsive'));
  wc.on('did-fail-load', (_e, code, description, _url, isMainFrame) => {
    if (isMainFrame) fail(`load failed: ${code} ${description}`);
  });

  win.once('ready-to-show', () => win.show());
  void win.loadURL(url);
  return { role: spec.role, name: spec.name, window: win, webContents: wc };
}
