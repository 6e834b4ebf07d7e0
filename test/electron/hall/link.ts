import { createServer, connect, type Server as NetServer, type Socket } from 'node:net';

/** A terminal's line to the hub that a test can cut (a long cut: every connection dropped) and restore. */
export interface Link {
  close(): Promise<void>;
  open(): Promise<void>;
  url: string;
}

/** What a slow, intermittent line does: each chunk delayed, every n-th answer lost on its way back. */
export interface LineFaults {
  latencyMs?: number;
  /** The hub did the work, but its answer never arrives: the terminal must retry, the hub dedupe. */
  loseEveryNthAnswer?: number;
}

/**
 * A TCP forwarder to `target`'s port, on a port of its own, that can be cut and restored, and
 * given faults (`faults`, changeable while running).
 */
export async function forwarder(
  target: string,
  faults: LineFaults = {},
): Promise<Link & { faults: LineFaults }> {
  const to = new URL(target);
  const sockets = new Set<Socket>();
  let server: NetServer | undefined;
  let port = 0;
  let answers = 0;
  const open = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(Number(to.port), to.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        const delayed = (to: Socket) => (chunk: Buffer) => {
          if (!faults.latencyMs) return void to.write(chunk);
          setTimeout(() => to.writable && to.write(chunk), faults.latencyMs);
        };
        client.on('data', delayed(upstream));
        const back = delayed(client);
        upstream.on('data', (chunk: Buffer) => {
          if (chunk.subarray(0, 9).toString('latin1') === 'HTTP/1.1 ') answers++;
          const n = faults.loseEveryNthAnswer;
          if (n && answers % n === 0) {
            client.destroy();
            upstream.destroy();
            return;
          }
          back(chunk);
        });
        // After whatever is still delayed on the line.
        client.on('end', () => setTimeout(() => upstream.end(), faults.latencyMs ?? 0));
        upstream.on('end', () => setTimeout(() => client.end(), faults.latencyMs ?? 0));
      });
      server.listen(port, '127.0.0.1', () => {
        const a = server!.address();
        port = typeof a === 'object' && a ? a.port : port;
        resolve();
      });
    });
  await open();
  return {
    faults,
    url: `http://127.0.0.1:${port}`,
    open,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server!.close(() => resolve());
      }),
  };
}
