import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import fastifyStatic from '@fastify/static';
import createDebug from 'debug';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { events as eventDefs, isSyncRole, type ApiError, type ApiResult, type Role } from '../api';
import type { Runtime } from '../runtime/runtime';
import { reaches, type Emitted } from '../runtime/event-bus';
import { clientOf } from './client-cookie';
import { guardConnections, hubServerFactory, type ConnectionLimits } from './connection-limits';
import { securityHeaders } from '../security-headers';
import { statusOf } from './http-status';
import { FailureWindow } from '../runtime/failure-window';
import { tooMany } from './rate-limit';
import { pairRoute } from './pair-route';
import { registerSyncRoutes } from './sync-routes';
import type { Caller, TerminalRegistry } from './terminals';

const log = createDebug('station:hub');

export interface HubOptions {
  /** PEM certificate and key: the hub serves HTTPS. */
  tls?: { cert: Buffer; key: Buffer };
  runtime: Runtime;
  terminals: TerminalRegistry;
  /** The built renderer (vite build output); without it the hub serves only the API. */
  rendererDir?: string;
  maxBodyBytes: number;
  /** SSE keep-alive period; proxies and TV boxes drop silent connections. */
  heartbeatMs?: number;
  /** Timeouts and connection caps against slow or hoarding clients (defaults in connection-limits.ts). */
  limits?: Partial<ConnectionLimits>;
}

/** EventSource cannot send headers, so its token may come in the query, once. */
const eventsQuery = z.object({ token: z.string().max(200).optional() });

/** Where a page's calls land: its terminal, its browser, its booth. */
function pageCaller(terminal: Caller & { role: Role }, client: string) {
  return {
    role: terminal.role,
    terminal: terminal.id,
    client,
    ...(terminal.booth !== undefined ? { booth: terminal.booth } : {}),
  };
}

const syncOnly = {
  code: 'forbidden',
  message: 'this terminal syncs its own store through /v1 and calls no methods',
} as const;

function bearer(req: FastifyRequest): string | undefined {
  const h = req.headers.authorization;
  if (h?.startsWith('Bearer ')) return h.slice(7).trim();
  return undefined;
}

export function fail(reply: FastifyReply, error: ApiError): FastifyReply {
  return reply.code(statusOf[error.code]).send({ ok: false, error } satisfies ApiResult<never>);
}

/**
 * The hub's HTTP face over the runtime's dispatcher: `POST /api/<method>`, `GET /api/events` (SSE),
 * `GET /healthz`, and the renderer for browsers on the LAN. Transport only: every rule lives behind
 * the dispatcher.
 */
export async function createHubServer(options: HubOptions): Promise<FastifyInstance> {
  const { runtime, terminals } = options;
  const secure = !!options.tls;
  const { limits, serverFactory } = hubServerFactory(options.tls, options.limits);
  const app = Fastify({
    // Our own server, so its timeouts and caps are ours (connection-limits.ts).
    serverFactory,
    bodyLimit: options.maxBodyBytes,
    logger: false,
    return503OnClosing: true,
    forceCloseConnections: true,
  });
  guardConnections(app.server, limits);
  // Open event streams end when the hub stops, so shutdown never waits on a TV box's connection.
  const streams = new Set<ServerResponse>();
  app.addHook('onClose', async () => {
    for (const s of streams) s.end();
  });

  app.addHook('onSend', async (_req, reply) => {
    reply.headers(securityHeaders);
  });

  // Malformed JSON, oversized bodies, wrong content types: a clear error result, never a crash.
  app.setErrorHandler((err: { statusCode?: number; code?: string; message: string }, _req, reply) => {
    if (err.statusCode === 413 || err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return fail(reply, {
        code: 'too_large',
        message: `request body is larger than ${options.maxBodyBytes} bytes`,
      });
    }
    if (err.statusCode && err.statusCode < 500) {
      return fail(reply, { code: 'invalid_input', message: `malformed request: ${err.message}` });
    }
    log('hub error: %s', err.message);
    return fail(reply, { code: 'internal', message: 'the hub could not handle this request' });
  });

  app.get('/healthz', async () => ({ ok: true, version: runtime.context.version }));
  registerSyncRoutes(app, runtime, terminals);

  // Closed to other origins: a page elsewhere on the LAN cannot drive the API with a stolen token.
  app.addHook('onRequest', async (req, reply) => {
    const origin = req.headers.origin;
    if (origin && req.method !== 'GET' && req.method !== 'HEAD') {
      const host = req.headers.host;
      let same = false;
      try {
        same = new URL(origin).host === host;
      } catch {
        same = false;
      }
      if (!same) return fail(reply, { code: 'forbidden', message: 'cross-origin requests are not accepted' });
    }
  });

  pairRoute(app, { runtime, fail });

  // PIN guessing: each account locks after a few wrong PINs (staff/sign-in.ts); this also stops one
  // terminal or address from walking through many accounts. Only failures count: a desk whose staff
  // sign in and out all day is never locked out by its own successes.
  const signInPerTerminal = new FailureWindow(20, 5 * 60_000);
  const signInPerAddress = new FailureWindow(30, 5 * 60_000);

  app.post<{ Params: { method: string } }>('/api/:method', async (req, reply) => {
    const terminal = terminals.authenticate(bearer(req));
    if (!terminal)
      return fail(reply, { code: 'unauthenticated', message: 'a paired terminal token is required' });
    if (isSyncRole(terminal.role)) return fail(reply, syncOnly);
    const caller = pageCaller({ ...terminal, role: terminal.role }, clientOf(req, reply, secure));
    const signingIn = req.params.method === 'staff.signIn';
    if (
      signingIn &&
      (signInPerTerminal.blocked(terminal.id, Date.now()) || signInPerAddress.blocked(req.ip, Date.now()))
    )
      return tooMany(reply, '登录尝试过多，请五分钟后再试');
    const result = await runtime.dispatch(caller, req.params.method, req.body);
    if (signingIn && !result.ok && result.error.code !== 'invalid_input') {
      signInPerTerminal.record(terminal.id, Date.now());
      signInPerAddress.record(req.ip, Date.now());
    }
    if (!result.ok) return fail(reply, result.error);
    return reply.send(result);
  });

  app.get('/api/events', (req, reply) => {
    const query = eventsQuery.safeParse(req.query);
    if (!query.success)
      return fail(reply, { code: 'invalid_input', message: 'give the terminal token once' });
    const token = bearer(req) ?? query.data.token;
    const terminal = terminals.authenticate(token);
    if (!terminal)
      return fail(reply, { code: 'unauthenticated', message: 'a paired terminal token is required' });
    if (isSyncRole(terminal.role)) return fail(reply, syncOnly);
    streamEvents(
      req,
      reply,
      { ...terminal, role: terminal.role },
      runtime,
      options.heartbeatMs ?? 15_000,
      () => !!terminals.authenticate(token),
    );
    streams.add(reply.raw);
    reply.raw.on('close', () => streams.delete(reply.raw));
  });

  if (options.rendererDir && existsSync(options.rendererDir)) {
    await app.register(fastifyStatic, { root: options.rendererDir, index: 'index.html', wildcard: false });
    for (const page of ['/kiosk', '/desk', '/booth', '/screen']) {
      app.get(page, (_req, reply) => reply.sendFile('index.html'));
    }
  } else {
    app.get('/', async (_req, reply) =>
      reply.code(503).type('text/plain; charset=utf-8').send('界面尚未构建：请先运行 npm run build:renderer'),
    );
  }

  return app;
}

function streamEvents(
  req: FastifyRequest,
  reply: FastifyReply,
  terminal: Caller & { role: Role },
  runtime: Runtime,
  heartbeatMs: number,
  stillValid: () => boolean,
): void {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    ...securityHeaders,
  });
  res.write(`retry: 2000\n: connected as ${terminal.role}\n\n`);
  const forward = (e: Emitted) => {
    // A revoked terminal's open stream ends at the next event, and the revocation itself is one.
    if (e.event === 'terminals.changed' && !stillValid()) return res.end();
    if (!eventDefs[e.event].roles.includes(terminal.role)) return;
    if (!reaches(e.only, { role: terminal.role, terminal: terminal.id, booth: terminal.booth })) return;
    res.write(`event: ${e.event}\ndata: ${JSON.stringify(e.payload)}\n\n`);
  };
  const unsubscribe = runtime.bus.subscribe(forward);
  // A named event, not a comment: a browser cannot see comments, and a TV box whose Wi-Fi dropped
  // silently learns it is offline only from pings that stop coming.
  const beat = setInterval(
    () => (stillValid() ? res.write('event: ping\ndata: {}\n\n') : res.end()),
    heartbeatMs,
  );
  const end = () => {
    clearInterval(beat);
    unsubscribe();
  };
  req.raw.on('close', end);
  res.on('close', end);
  res.on('error', end);
}
