import { createServer, connect, type Server as NetServer, type Socket } from 'node:net';

/** A terminal's line to the hub that a test can cut (a long cut: every connection dropped) and restore. */
export interface Link {
  close(): Promise<void>;
  open(): Promise<void>;
  url: string;
}

/** A TCP forwarder to `target`'s port, on a port of its own, that can be cut and restored. */
export async function forwarder(target: string): Promise<Link> {
  const to = new URL(target);
  const sockets = new Set<Socket>();
  let server: NetServer | undefined;
  let port = 0;
  const open = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(Number(to.port), to.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => {
        const a = server!.address();
        port = typeof a === 'object' && a ? a.port : port;
        resolve();
      });
    });
  await open();
  return {
    url: `http://127.0.0.1:${port}`,
    open,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server!.close(() => resolve());
      }),
  };
}
