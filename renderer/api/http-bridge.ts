import type {
  ApiResult,
  EventName,
  EventPayload,
  MethodInput,
  MethodName,
  MethodResult,
  Role,
  StationBridge,
} from '../../electron/api';
import { reconnectDelay, STREAM_SILENCE_MS } from './reconnect';

type Listener = (payload: unknown) => void;

/**
 * The hub transport for browsers: `POST /api/<method>` and one EventSource for all events.
 * A dropped stream (an error, or silence past the hub's pings) is closed and opened again with
 * backoff; `onConnection` reports each change so screens can say they are offline and reload what
 * they missed when they are back.
 */
export function createHttpBridge(options: { baseUrl: string; token: string; role: Role }): StationBridge & {
  onConnection(cb: (online: boolean) => void): () => void;
} {
  const listeners = new Map<string, Set<Listener>>();
  const connectionListeners = new Set<(online: boolean) => void>();
  let source: EventSource | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let watchdog: ReturnType<typeof setInterval> | undefined;
  let failures = 0;
  let online: boolean | undefined;
  let lastHeard = Date.now();

  const report = (now: boolean) => {
    if (online === now) return;
    online = now;
    connectionListeners.forEach((cb) => cb(now));
  };

  function open() {
    const s = new EventSource(`${options.baseUrl}/api/events?token=${encodeURIComponent(options.token)}`);
    source = s;
    lastHeard = Date.now();
    s.onopen = () => {
      failures = 0;
      lastHeard = Date.now();
      report(true);
    };
    s.onerror = () => dropped();
    s.addEventListener('ping', () => (lastHeard = Date.now()));
    for (const name of listeners.keys()) attach(s, name);
    watchdog ??= setInterval(() => {
      if (source && Date.now() - lastHeard > STREAM_SILENCE_MS) dropped();
    }, 5_000);
  }

  function dropped() {
    report(false);
    source?.close();
    source = undefined;
    if (retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      open();
    }, reconnectDelay(failures++));
  }

  function attach(s: EventSource, name: string) {
    s.addEventListener(name, (e) => {
      lastHeard = Date.now();
      const data: unknown = JSON.parse((e as MessageEvent<string>).data);
      listeners.get(name)?.forEach((l) => l(data));
    });
  }

  return {
    role: options.role,
    async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<ApiResult<MethodResult<M>>> {
      try {
        const res = await fetch(`${options.baseUrl}/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
          body: JSON.stringify(input ?? {}),
        });
        return (await res.json()) as ApiResult<MethodResult<M>>;
      } catch (err) {
        return {
          ok: false,
          error: { code: 'unavailable', message: `station unreachable: ${(err as Error).message}` },
        };
      }
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
      let set = listeners.get(event);
      const fresh = !set;
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener as Listener);
      if (!source && !retry) open();
      else if (fresh && source) attach(source, event);
      return () => set.delete(listener as Listener);
    },
    onConnection(cb) {
      connectionListeners.add(cb);
      return () => connectionListeners.delete(cb);
    },
  };
}
