import type { z } from 'zod';
import {
  erasuresPageSchema,
  eventsResponseSchema,
  jobsPageSchema,
  protocolErrorSchema,
  workerLookupSchema,
  type ErasuresPage,
  type EventResult,
  type JobsPage,
  type SyncEvent,
  type WorkerLookup,
} from './protocol';

/**
 * How a call failed, which decides what the caller does next:
 * transient (5xx, 409, 429, timeouts, resets, truncated or garbled answers) → retry with backoff;
 * gone (410, expired cursor) → restart the pull from scratch; auth (401/403) → retry slowly, show staff;
 * invalid (400/413/422) → our request is wrong, retrying it unchanged will not help.
 */
export interface Failure {
  kind: 'transient' | 'gone' | 'auth' | 'invalid';
  status?: number;
  message: string;
}
export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: Failure };

export type PullAnswer =
  { notModified: true } | { notModified: false; page: JobsPage; etag: string | undefined };

export interface ClientOptions {
  url: string;
  token: string;
  timeoutMs: number;
  /** Aborts everything in flight when the runtime stops. */
  signal?: AbortSignal;
}

function kindOf(status: number): Failure['kind'] {
  if (status === 410) return 'gone';
  if (status === 401 || status === 403) return 'auth';
  if (status === 400 || status === 404 || status === 413 || status === 422) return 'invalid';
  return 'transient';
}

/** The upstream (hub or platform) over HTTP, with every answer parsed by the protocol's schemas. */
export class UpstreamClient {
  private readonly base: string;

  constructor(private readonly options: ClientOptions) {
    this.base = options.url.replace(/\/+$/, '');
  }

  async pullJobs(cursor: string | null, limit: number, etag?: string): Promise<Outcome<PullAnswer>> {
    const q = new URLSearchParams({ limit: String(limit) });
    if (cursor) q.set('cursor', cursor);
    const res = await this.request('GET', `/v1/jobs?${q}`, undefined, this.options.timeoutMs, etag);
    if (!res.ok) return res;
    if (res.value.status === 304) return { ok: true, value: { notModified: true } };
    const page = this.parse(res.value, jobsPageSchema);
    if (!page.ok) return page;
    return {
      ok: true,
      value: { notModified: false, page: page.value, etag: res.value.headers.get('etag') ?? undefined },
    };
  }

  /** A page of the hall's erasures after `cursor` (a hub's feed; a platform has none and answers 404). */
  async pullErasures(cursor: string | null, limit: number): Promise<Outcome<ErasuresPage>> {
    const q = new URLSearchParams({ limit: String(limit) });
    if (cursor) q.set('cursor', cursor);
    const res = await this.request('GET', `/v1/erasures?${q}`, undefined, this.options.timeoutMs);
    if (!res.ok) return res;
    return this.parse(res.value, erasuresPageSchema);
  }

  async pushEvents(events: SyncEvent[]): Promise<Outcome<EventResult[]>> {
    const res = await this.request('POST', '/v1/events', { events }, this.options.timeoutMs);
    if (!res.ok) return res;
    const parsed = this.parse(res.value, eventsResponseSchema);
    if (!parsed.ok) return parsed;
    const ids = new Set(events.map((e) => e.id));
    const results = parsed.value.results.filter((r) => ids.has(r.id));
    // An answer that does not cover every event we sent is not an answer we can settle them by.
    if (new Set(results.map((r) => r.id)).size !== ids.size) {
      return { ok: false, failure: { kind: 'transient', message: 'upstream answered for only some events' } };
    }
    return { ok: true, value: results };
  }

  async lookupWorker(idHash: string, timeoutMs: number): Promise<Outcome<WorkerLookup>> {
    const res = await this.request('GET', `/v1/workers/${idHash}`, undefined, timeoutMs);
    if (!res.ok) return res;
    return this.parse(res.value, workerLookupSchema);
  }

  private async request(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    timeoutMs: number,
    etag?: string,
  ): Promise<Outcome<{ status: number; headers: Headers; text: string }>> {
    const signals = [AbortSignal.timeout(timeoutMs)];
    if (this.options.signal) signals.push(this.options.signal);
    try {
      const res = await fetch(`${this.base}${path}`, {
        method,
        signal: AbortSignal.any(signals),
        headers: {
          authorization: `Bearer ${this.options.token}`,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(etag ? { 'if-none-match': etag } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      // Reading the whole body inside the try: a reset or truncation mid-body lands in the catch.
      const text = await res.text();
      if (res.status === 304 || (res.status >= 200 && res.status < 300)) {
        return { ok: true, value: { status: res.status, headers: res.headers, text } };
      }
      return {
        ok: false,
        failure: { kind: kindOf(res.status), status: res.status, message: errorText(res.status, text) },
      };
    } catch (err) {
      const e = err as Error & { cause?: { code?: string } };
      const why =
        e.name === 'TimeoutError' ? `timed out after ${timeoutMs} ms` : (e.cause?.code ?? e.message);
      return {
        ok: false,
        failure: { kind: 'transient', message: `${method} ${path.split('?')[0]}: ${why}` },
      };
    }
  }

  private parse<T>(res: { text: string }, schema: z.ZodType<T>): Outcome<T> {
    let json: unknown;
    try {
      json = JSON.parse(res.text);
    } catch {
      return { ok: false, failure: { kind: 'transient', message: 'upstream answer is not complete JSON' } };
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      return {
        ok: false,
        failure: { kind: 'transient', message: 'upstream answer does not match the protocol' },
      };
    }
    return { ok: true, value: parsed.data };
  }
}

/** The upstream's own error message, shortened; bodies are never logged whole (they may carry data). */
function errorText(status: number, text: string): string {
  try {
    const parsed = protocolErrorSchema.safeParse(JSON.parse(text));
    if (parsed.success) return `HTTP ${status}: ${parsed.data.error.message.slice(0, 200)}`;
  } catch {
    // not JSON: fall through to the status alone
  }
  return `HTTP ${status}`;
}
