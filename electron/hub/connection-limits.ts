import { createServer as createHttpServer, type RequestListener, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Socket } from 'node:net';
import createDebug from 'debug';

const log = createDebug('station:hub');

/**
 * What keeps slow or hoarding clients from starving the hub of sockets and file descriptors: a
 * client that opens connections and sends nothing, or a header a byte a minute, is cut off; one
 * address may hold only so many connections; the hub as a whole stays under its descriptor budget.
 */
export interface ConnectionLimits {
  /** The whole request head must arrive within this (slowloris). */
  headersMs: number;
  /** The whole request, body included, must arrive within this. */
  requestMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveMs: number;
  /** A socket with no traffic either way is closed after this; event streams ping well within it. */
  idleSocketMs: number;
  /** How often the server looks for requests past their deadlines. */
  checkEveryMs: number;
  /** Connections one address may hold at once (a browser uses about six, plus one event stream). */
  perAddress: number;
  /** Connections the hub holds at once, under a 1,024 descriptor limit with room for its files. */
  total: number;
}

export const defaultLimits: ConnectionLimits = {
  headersMs: 10_000,
  requestMs: 30_000,
  keepAliveMs: 5_000,
  idleSocketMs: 60_000,
  checkEveryMs: 1_000,
  perAddress: 64,
  total: 800,
};

/** A server factory for Fastify with the limits' timeouts set on the server itself. */
export function hubServerFactory(
  tls: { cert: Buffer; key: Buffer } | undefined,
  overrides: Partial<ConnectionLimits> = {},
): { limits: ConnectionLimits; serverFactory: (handler: RequestListener) => Server } {
  const limits = { ...defaultLimits, ...overrides };
  const options = {
    headersTimeout: limits.headersMs,
    requestTimeout: limits.requestMs,
    keepAliveTimeout: limits.keepAliveMs,
    connectionsCheckingInterval: limits.checkEveryMs,
  };
  const serverFactory = (handler: RequestListener): Server => {
    const server: Server = tls
      ? (createHttpsServer({ ...options, ...tls }, handler) as unknown as Server)
      : createHttpServer(options, handler);
    server.setTimeout(limits.idleSocketMs);
    server.maxConnections = limits.total;
    return server;
  };
  return { limits, serverFactory };
}

/** Refuses a connection beyond an address's share, at once, before it costs a request. */
export function guardConnections(server: Server, limits: ConnectionLimits): void {
  const byAddress = new Map<string, number>();
  let refused = 0;
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const held = byAddress.get(address) ?? 0;
    if (held >= limits.perAddress) {
      if (refused++ % 100 === 0) log('refusing connections from an address over its share (%d)', refused);
      socket.destroy();
      return;
    }
    byAddress.set(address, held + 1);
    socket.once('close', () => {
      const n = (byAddress.get(address) ?? 1) - 1;
      if (n > 0) byAddress.set(address, n);
      else byAddress.delete(address);
    });
  });
}
