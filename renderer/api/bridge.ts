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

/** Electron's preload bridge when present, else the hub's HTTP bridge with the token from the URL fragment. */
export function connect(): StationBridge {
  if (bridge) return bridge;
  if (window.station) return (bridge = window.station);
  const params = new URLSearchParams(window.location.hash.slice(1));
  const token = params.get('token') ?? '';
  const role = (window.location.pathname.split('/').filter(Boolean).pop() ?? 'kiosk') as Role;
  return (bridge = createHttpBridge({ baseUrl: window.location.origin, token, role }));
}

export function station(): StationBridge {
  return connect();
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
