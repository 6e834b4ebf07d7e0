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

type Listener = (payload: unknown) => void;

/**
 * The hub transport for browsers: `POST /api/<method>` and one EventSource for all events.
 * EventSource reconnects by itself; `onConnection` reports the state so screens can say they are offline.
 */
export function createHttpBridge(options: { baseUrl: string; token: string; role: Role }): StationBridge & {
  onConnection(cb: (online: boolean) => void): () => void;
} {
  const listeners = new Map<string, Set<Listener>>();
  const connectionListeners = new Set<(online: boolean) => void>();
  let source: EventSource | undefined;

  function ensureSource() {
    if (source) return;
    source = new EventSource(`${options.baseUrl}/api/events?token=${encodeURIComponent(options.token)}`);
    source.onopen = () => connectionListeners.forEach((cb) => cb(true));
    source.onerror = () => connectionListeners.forEach((cb) => cb(false));
    for (const name of listeners.keys()) attach(name);
  }
  const attached = new Set<string>();
  function attach(name: string) {
    if (!source || attached.has(name)) return;
    attached.add(name);
    source.addEventListener(name, (e) => {
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
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener as Listener);
      ensureSource();
      attach(event);
      return () => set.delete(listener as Listener);
    },
    onConnection(cb) {
      connectionListeners.add(cb);
      return () => connectionListeners.delete(cb);
    },
  };
}
