import type {
  ApiError,
  MethodInput,
  MethodName,
  MethodResult,
  Role,
  StationBridge,
} from '../../electron/api';
import { createHttpBridge } from './http-bridge';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a browser on the hub. */
    station?: StationBridge;
  }
}

let bridge: StationBridge | undefined;

/** Where this browser keeps its terminal token once paired (renderer/pairing saves it there). */
export const TOKEN_KEY = 'station.terminalToken';
/** Web storage that belongs to the device, not to the person using it: kept when a kiosk session ends. */
export const deviceStorageKeys: readonly string[] = [TOKEN_KEY];

/** The terminal token: from the URL fragment (the station's own windows) or saved when this browser was paired. */
function terminalToken(): string {
  const fromUrl = new URLSearchParams(window.location.hash.slice(1)).get('token');
  return fromUrl ?? window.localStorage.getItem(TOKEN_KEY) ?? '';
}

/** A browser that is neither an Electron window nor holding a token must be paired first. */
export function needsPairing(): boolean {
  return !window.station && terminalToken() === '';
}

/** Electron's preload bridge when present, else the hub's HTTP bridge with this browser's terminal token. */
export function connect(): StationBridge {
  if (bridge) return bridge;
  if (window.station) return (bridge = window.station);
  const token = terminalToken();
  const role = (window.location.pathname.split('/').filter(Boolean).pop() ?? 'kiosk') as Role;
  return (bridge = createHttpBridge({ baseUrl: window.location.origin, token, role }));
}

export function station(): StationBridge {
  return connect();
}

type WithConnection = StationBridge & { onConnection?(cb: (online: boolean) => void): () => void };

/** Changes of the hub's event stream (online, offline); an Electron window is always connected. */
export function onConnection(cb: (online: boolean) => void): () => void {
  const b: WithConnection = station();
  return b.onConnection ? b.onConnection(cb) : () => undefined;
}

/** `?view=display` (or `#…&view=display`): the page a booth's TV opens with a booth token. */
export function requestedView(): string | null {
  return (
    new URLSearchParams(window.location.search).get('view') ??
    new URLSearchParams(window.location.hash.slice(1)).get('view')
  );
}

export class StationError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

/** Calls a method and returns its value; an error result becomes a StationError for the store to show. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const result = await station().call(method, input);
  if (!result.ok) throw new StationError(result.error);
  return result.value;
}

/** For tests: swap the transport. */
export function setBridge(b: StationBridge | undefined): void {
  bridge = b;
}
