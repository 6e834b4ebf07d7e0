/**
 * The shell's security and window policies as pure functions, so each is unit-tested without Electron.
 * Types come from Electron's own .d.ts.
 */
import type { BrowserWindowConstructorOptions, Input, Rectangle } from 'electron';
import type { Role } from '../api';
import { appOrigin, isAppOrigin } from './app-protocol';

export { contentSecurityPolicy } from '../security-headers';

export interface WindowSpec {
  role: Role;
  preload: string;
  /** The display's work area; the window fills it. */
  bounds?: Rectangle;
  kiosk: boolean;
  /** Devtools only when unpackaged or enabled by a flag. */
  devTools: boolean;
}

export function windowOptions(spec: WindowSpec): BrowserWindowConstructorOptions {
  return {
    ...(spec.bounds ?? {
      width: spec.role === 'kiosk' ? 1080 : 1920,
      height: spec.role === 'kiosk' ? 1920 : 1080,
    }),
    show: false,
    kiosk: spec.kiosk,
    fullscreen: spec.kiosk,
    frame: !spec.kiosk,
    autoHideMenuBar: true,
    backgroundColor: spec.role === 'screen' ? '#10161d' : '#f6f4ef',
    title: '零工驿站',
    webPreferences: {
      preload: spec.preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click would open links in new windows, which a kiosk never wants.
      disableBlinkFeatures: 'Auxclick',
      devTools: spec.devTools,
      additionalArguments: [`--station-role=${spec.role}`],
      // Screens that run for weeks must not be throttled when not focused.
      backgroundThrottling: spec.role !== 'screen',
    },
  };
}

/** Only the app's own origin, app://station, may load or call: never file://, never the web. */
export function isAppUrl(url: string): boolean {
  try {
    return isAppOrigin(new URL(url));
  } catch {
    return false;
  }
}

/** Deny by default. Nothing a station does needs camera, microphone, location, notifications or USB from the page. */
const allowedPermissions: Partial<Record<Role, readonly string[]>> = {
  // Printing a slip and going full screen are the only page permissions a kiosk uses.
  kiosk: ['fullscreen'],
  screen: ['fullscreen'],
};

export function allowPermission(role: Role, permission: string): boolean {
  return allowedPermissions[role]?.includes(permission) ?? false;
}

type KeyInput = Pick<Input, 'type' | 'key' | 'control' | 'meta' | 'alt' | 'shift'>;

/**
 * Keys a kiosk swallows: reload, devtools, zoom, close, print dialog, address-bar and window tricks.
 * A hardware keyboard left on a kiosk must not lead anyone out of the app.
 */
export function isBlockedKey(input: KeyInput, kiosk: boolean): boolean {
  if (!kiosk || input.type !== 'keyDown') return false;
  const key = input.key.toLowerCase();
  const mod = input.control || input.meta;
  if (['f5', 'f11', 'f12', 'browserback', 'browserforward', 'browserrefresh', 'browserhome'].includes(key))
    return true;
  if (input.alt && (key === 'f4' || key === 'arrowleft' || key === 'arrowright' || key === 'home'))
    return true;
  if (mod && ['r', 'w', 'q', 'n', 't', 'p', 'o', 's', 'l', 'u', 'j', '+', '=', '-', '0', 'tab'].includes(key))
    return true;
  if (mod && input.shift && ['i', 'j', 'c', 'r', 'delete'].includes(key)) return true;
  return false;
}

export type FailureAction = { action: 'reload'; delayMs: number } | { action: 'relaunch' };

/**
 * One answer to every window failure (renderer gone, unresponsive, failed load): reload with growing
 * backoff; after `maxFailures` within `windowMs`, relaunch the app.
 */
export function onWindowFailure(
  recentFailures: readonly number[],
  now: number,
  { maxFailures = 5, windowMs = 10 * 60_000, baseDelayMs = 1000, maxDelayMs = 30_000 } = {},
): FailureAction {
  const recent = recentFailures.filter((t) => now - t < windowMs);
  if (recent.length >= maxFailures) return { action: 'relaunch' };
  return { action: 'reload', delayMs: Math.min(maxDelayMs, baseDelayMs * 2 ** recent.length) };
}

/** The renderer entry for a role: the built index.html on the app origin, the role in the query. */
export function rendererUrl(role: Role): string {
  const u = new URL('/index.html', appOrigin);
  u.searchParams.set('role', role);
  return u.toString();
}

/**
 * Who may print, and how. Only a kiosk prints (its slips), only silently, and only to the receipt
 * printer the station names: a print dialog on a public screen is a way out to the desktop.
 */
export function printOptions(
  role: Role,
  receiptPrinter: string | undefined,
): { silent: true; deviceName: string; printBackground: true } | null {
  if (role !== 'kiosk' || !receiptPrinter) return null;
  return { silent: true, deviceName: receiptPrinter, printBackground: true };
}
