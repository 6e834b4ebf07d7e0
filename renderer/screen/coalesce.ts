/**
 * Many events, few fetches: parts asked for within `delayMs` are fetched together once, and a part
 * asked for again while its fetch runs is fetched once more after it. A hall's screen sees bursts of
 * events (a sync page, a busy desk); this keeps its work, and the hub's, flat.
 */
export interface Timers {
  set(fn: () => void, ms: number): ReturnType<typeof setTimeout>;
  clear(t: ReturnType<typeof setTimeout>): void;
}

export function coalescer<P extends string>(
  run: (parts: P[]) => Promise<void>,
  delayMs: number,
  // Wrapped: a browser's setTimeout refuses to be called as a method of another object.
  timers: Timers = { set: (fn, ms) => setTimeout(fn, ms), clear: (t) => clearTimeout(t) },
) {
  const pending = new Set<P>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;

  const flush = async () => {
    timer = undefined;
    if (running || pending.size === 0) return;
    const parts = [...pending];
    pending.clear();
    running = true;
    try {
      await run(parts);
    } finally {
      running = false;
      if (pending.size > 0) arm();
    }
  };
  const arm = () => {
    if (timer === undefined) timer = timers.set(() => void flush(), delayMs);
  };
  return {
    ask(...parts: P[]) {
      for (const p of parts) pending.add(p);
      if (!running) arm();
    },
    cancel() {
      if (timer !== undefined) timers.clear(timer);
      timer = undefined;
      pending.clear();
    },
  };
}
