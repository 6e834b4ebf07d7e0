/** A minimal server-sent-events reader over fetch, for tests: waits for named events. */
export function collectEvents(url: string) {
  const controller = new AbortController();
  const received: { event: string; data: unknown }[] = [];
  const waiters: { event: string; from: number; resolve: (d: unknown) => void }[] = [];
  let cursor = 0;
  let finished = false;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((r) => (markReady = r));

  const deliver = () => {
    for (const w of [...waiters]) {
      const i = received.findIndex((e, idx) => idx >= w.from && e.event === w.event);
      if (i >= 0) {
        waiters.splice(waiters.indexOf(w), 1);
        cursor = Math.max(cursor, i + 1);
        w.resolve(received[i]!.data);
      }
    }
  };

  void (async () => {
    const res = await fetch(url, { signal: controller.signal });
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    markReady();
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) {
        finished = true;
        return;
      }
      buffer += decoder.decode(value, { stream: true });
      let sep: number;
      while ((sep = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, sep);
        buffer = buffer.slice(sep + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data) received.push({ event, data: JSON.parse(data) });
      }
      deliver();
    }
  })();

  return {
    ready,
    next(event: string, timeoutMs = 3000): Promise<unknown> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no '${event}' event within ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.push({ event, from: cursor, resolve: (d) => (clearTimeout(timer), resolve(d)) });
        deliver();
      });
    },
    seen: (event: string) => received.some((e) => e.event === event),
    count: (event: string) => received.filter((e) => e.event === event).length,
    /** The server closed the stream. */
    ended: () => finished,
    close: () => controller.abort(),
  };
}
