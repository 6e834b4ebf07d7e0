/**
 * The reference platform: a TEST DOUBLE of the regional employment platform, implementing the sync
 * protocol (electron/runtime/sync/README.md) with switchable faults. It is not the real platform and
 * knows nothing of its internals; it exists so the hub's sync can be tested and measured on loopback.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateJobs, rng } from '../../assets/jobs/generator';
import {
  describeIssues,
  eventsRequestSchema,
  idHashSchema,
  jobsQuerySchema,
} from '../../electron/runtime/sync/protocol';
import { noFaults, type Faults } from './faults';
import { PlatformState } from './state';

export interface PlatformOptions {
  port?: number;
  host?: string;
  /** Bearer token callers must present. */
  token?: string;
  /** Jobs to seed from the generator (up to 100k). */
  jobs?: number;
  seed?: number;
  now?: Date;
  faults?: Partial<Faults>;
  /** Largest POST body, bytes. */
  maxBodyBytes?: number;
}

export interface RunningPlatform {
  url: string;
  token: string;
  state: PlatformState;
  faults: Faults;
  setFaults(f: Partial<Faults>): void;
  /** No connection open and no request still being answered (a dead client's included). */
  idle(): boolean;
  close(): Promise<void>;
}

export const defaultPlatformToken = 'platform-test-token-0123456789';

export async function startPlatform(options: PlatformOptions = {}): Promise<RunningPlatform> {
  const token = options.token ?? defaultPlatformToken;
  const state = new PlatformState();
  const random = rng(options.seed ?? 7);
  const faults: Faults = { ...noFaults, ...options.faults };
  const maxBody = options.maxBodyBytes ?? 8 * 1024 * 1024;
  for (const job of generateJobs({
    count: options.jobs ?? 0,
    seed: options.seed ?? 20261121,
    ...(options.now ? { now: options.now } : {}),
    prefix: 'pf',
  })) {
    state.upsert(job);
  }
  const chance = (rate: number) => rate > 0 && random() < rate;

  const send = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
    if (chance(faults.truncate) && status === 200) {
      // Promise the whole body, deliver half, hang up: what a dropped link looks like to the client.
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        ...headers,
      });
      res.write(body.slice(0, Math.floor(body.length / 2)));
      res.destroy();
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(body);
  };
  const error = (res: ServerResponse, status: number, code: string, message: string) =>
    send(res, status, JSON.stringify({ error: { code, message } }));

  const readBody = (req: IncomingMessage): Promise<string | undefined> =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > maxBody) {
          resolve(undefined);
          req.destroy();
        } else chunks.push(c);
      });
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://platform');
    if (faults.latencyMs > 0)
      await new Promise((r) => setTimeout(r, faults.latencyMs * (0.5 + random() / 2)));
    if (req.headers.authorization !== `Bearer ${token}`) {
      return error(res, 401, 'unauthenticated', 'Authorization: Bearer <token> is required');
    }
    if (req.method === 'GET' && url.pathname === '/v1/jobs') return jobs(req, res, url);
    if (req.method === 'POST' && url.pathname === '/v1/events') return events(req, res);
    const worker = /^\/v1\/workers\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && worker) {
      const hash = idHashSchema.safeParse(worker[1]);
      if (!hash.success) return error(res, 400, 'invalid_input', 'idHash must be 64 hex digits');
      return send(res, 200, JSON.stringify(state.lookupWorker(hash.data)));
    }
    return error(res, 404, 'not_found', `no ${req.method} ${url.pathname}`);
  }

  function jobs(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const q = jobsQuerySchema.safeParse(Object.fromEntries(url.searchParams));
    const cursor = url.searchParams.get('cursor');
    const log = (status: number) => state.pulls.push({ cursor, status });
    if (!q.success) return (log(400), error(res, 400, 'invalid_input', describeIssues(q.error)));
    let after = 0;
    if (q.data.cursor) {
      const m = /^p1\.(\d+)\.(\d+)$/.exec(q.data.cursor);
      if (!m) return (log(400), error(res, 400, 'invalid_cursor', 'not a cursor this platform issued'));
      if (Number(m[1]) !== state.epoch || chance(faults.expire)) {
        state.epoch += Number(m[1]) === state.epoch ? 1 : 0;
        return (log(410), error(res, 410, 'cursor_expired', 'cursor expired; start again without one'));
      }
      after = Number(m[2]);
    }
    if (chance(faults.error5xx)) return (log(503), error(res, 503, 'unavailable', 'injected fault'));
    if (chance(faults.reset)) return (log(0), void res.destroy());
    const etag = `"p-${state.epoch}-${state.seq}-${after}-${q.data.limit}"`;
    if (req.headers['if-none-match'] === etag) {
      log(304);
      res.writeHead(304, { etag });
      return void res.end();
    }
    const slice = state.slice(after, q.data.limit);
    let items = slice.items;
    if (chance(faults.duplicate)) {
      const before = state.slice(Math.max(0, after - q.data.limit), q.data.limit).items;
      items = [...before, ...items];
    }
    if (chance(faults.reorder)) {
      items = [...items, ...state.staleCopies(Math.ceil(items.length / 4) + 1, random)];
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [items[i], items[j]] = [items[j]!, items[i]!];
      }
    }
    const body = `{"items":[${items.join(',')}],"deleted":${JSON.stringify(slice.deleted)},"cursor":"p1.${state.epoch}.${slice.lastSeq}","hasMore":${slice.hasMore}}`;
    log(200);
    send(res, 200, body, { etag });
  }

  async function events(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = await readBody(req);
    if (text === undefined) return error(res, 413, 'too_large', `body larger than ${maxBody} bytes`);
    if (chance(faults.error5xx / 2))
      return error(res, 503, 'unavailable', 'injected fault (before processing)');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return error(res, 400, 'invalid_input', 'body is not JSON');
    }
    const parsed = eventsRequestSchema.safeParse(json);
    if (!parsed.success) return error(res, 400, 'invalid_input', describeIssues(parsed.error));
    const results = state.receive(parsed.data.events);
    // The faults below strike after the events were taken: the client must retry and get duplicates.
    if (chance(faults.error5xx / 2))
      return error(res, 503, 'unavailable', 'injected fault (after processing)');
    if (chance(faults.reset)) return void res.destroy();
    send(res, 200, JSON.stringify({ results }));
  }

  let inFlight = 0;
  let connections = 0;
  const server = createServer((req, res) => {
    inFlight++;
    handle(req, res)
      .catch(() => {
        if (!res.headersSent) error(res, 500, 'internal', 'platform double failed');
        else res.destroy();
      })
      .finally(() => inFlight--);
  });
  server.on('connection', (socket) => {
    connections++;
    socket.once('close', () => connections--);
  });
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve),
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    token,
    state,
    faults,
    setFaults: (f) => Object.assign(faults, f),
    idle: () => connections === 0 && inFlight === 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
