import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '../../../../electron/hub/start-hub';
import { parseConfig } from '../../../../electron/runtime/config';
import type { Runtime } from '../../../../electron/runtime/runtime';
import { startPlatform, type RunningPlatform } from '../../../platform/platform';
import { cacheVersions, hallSecret, registrationPayload, startTerminal } from './helpers';

describe('malformed items in a feed', () => {
  let platform: RunningPlatform;
  let terminal: Runtime;
  beforeAll(async () => {
    platform = await startPlatform({ jobs: 100 });
    terminal = await startTerminal(platform.url, platform.token);
  });
  afterAll(async () => {
    await terminal.close();
    await platform.close();
  });

  it('rejects each with a reason, counts it, and leaves the cache as it was', async () => {
    await terminal.context.sync.syncNow();
    const before = cacheVersions(terminal);
    expect(before.size).toBe(100);
    const good = platform.state.jobs()[0]!;
    const later = new Date(Date.parse(good.updatedAt) + 86_400_000).toISOString();
    const bad: [string, unknown][] = [
      ['missing-title', { ...good, id: 'bad-1', title: undefined }],
      ['negative-pay', { ...good, id: 'bad-2', pay: { amount: -50, unit: 'day' } }],
      ['unknown-unit', { ...good, id: 'bad-3', pay: { amount: 200, unit: 'fortnight' } }],
      ['bad-date', { ...good, id: 'bad-4', validThrough: '2026-02-30' }],
      ['not-a-date', { ...good, id: 'bad-5', postedAt: 'yesterday' }],
      ['huge', { ...good, id: 'bad-6', description: '长'.repeat((5 * 1024 * 1024) / 3) }],
      ['script', { ...good, id: 'bad-7', description: '<script>alert(1)</script>高薪' }],
      ['markup-title', { ...good, id: 'bad-8', title: '保洁<img src=x onerror=alert(1)>' }],
      // A newer but broken copy of a cached job must not replace the good one.
      ['broken-update', { ...good, updatedAt: later, pay: { amount: -1, unit: 'day' } }],
      ['not-an-object', 'just a string'],
    ];
    for (const [id, raw] of bad) platform.state.upsertRaw(id === 'broken-update' ? good.id : id, raw);

    const status = await terminal.context.sync.syncNow();
    expect(status.pull.lastError).toBeNull();
    expect(status.pull.rejected).toBe(bad.length);
    expect(cacheVersions(terminal)).toEqual(before);
    const reasons = status.pull.recentRejections.map((r) => `${r.id}: ${r.reason}`).join('\n');
    expect(reasons).toMatch(/bad-1: title/);
    expect(reasons).toMatch(/bad-2: pay\.amount/);
    expect(reasons).toMatch(/bad-3: pay\.unit/);
    expect(reasons).toMatch(/bad-4: .*validThrough: not a real calendar date/);
    expect(reasons).toMatch(/bad-5: postedAt/);
    expect(reasons).toMatch(/bad-6: description/);
    expect(reasons).toMatch(/bad-7: description: contains markup/);
    expect(reasons).toMatch(/bad-8: title: contains markup/);
    expect(reasons).toMatch(new RegExp(`${good.id}: pay\\.amount`));
  });
});

describe('the hub endpoints refuse bad requests clearly and store nothing', () => {
  let hub: RunningHub;
  const kiosk = 'kiosk-token-0123456789abcdef';
  const screen = 'screen-token-0123456789abcdef';
  const event = (over: Record<string, unknown> = {}) => ({
    id: 'evt-00000001',
    type: 'worker.registered',
    at: '2026-11-21T10:00:00+08:00',
    payload: registrationPayload(1, new Date('2026-11-21T10:00:00+08:00')),
    ...over,
  });
  const post = async (body: string, token: string | null = kiosk, type = 'application/json') => {
    const res = await fetch(`${hub.url}/v1/events`, {
      method: 'POST',
      headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const stored = () => hub.runtime.context.data.read((tx) => tx.outbox.counts());

  beforeAll(async () => {
    hub = await startHub({
      config: parseConfig({
        readers: [],
        hallSecret,
        hub: {
          terminals: [
            { name: 'kiosk-1', role: 'kiosk-station', token: kiosk },
            { name: 'tv', role: 'screen', token: screen },
          ],
        },
      }),
      dataDir: null,
      port: 0,
      host: '127.0.0.1',
      rendererDir: '/nonexistent',
    });
  });
  afterAll(() => hub.close());

  it('401 without or with a wrong token, before reading the body', async () => {
    expect((await post(JSON.stringify({ events: [event()] }), null)).status).toBe(401);
    expect((await post('{not json', null)).status).toBe(401);
    const wrong = await post(JSON.stringify({ events: [event()] }), 'x'.repeat(30));
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.message).toMatch(/Bearer/);
    expect((await fetch(`${hub.url}/v1/jobs`)).status).toBe(401);
    expect(stored().pending).toBe(0);
  });

  it('400 for malformed bodies, unknown event types and missing idempotency keys', async () => {
    const cases: [string, RegExp][] = [
      ['{"events": [', /malformed|JSON/i],
      [JSON.stringify({ events: 'all of them' }), /events/],
      [JSON.stringify({ events: [] }), /events/],
      [JSON.stringify({ events: [event({ type: 'worker.teleported' })] }), /events\.0\.type/],
      [JSON.stringify({ events: [event({ id: undefined })] }), /events\.0\.id/],
      [JSON.stringify({ events: [event({ at: 'noon' })] }), /events\.0\.at/],
      [JSON.stringify({ events: [event()], extra: 1 }), /extra|Unrecognized/i],
    ];
    for (const [body, message] of cases) {
      const r = await post(body);
      expect(r.status, body).toBe(400);
      expect(r.body.error.message, body).toMatch(message);
    }
    expect(stored().pending).toBe(0);
  });

  it('rejects an invalid payload and a reused key with a different payload, per event', async () => {
    const ok = await post(JSON.stringify({ events: [event()] }));
    expect(ok.body.results).toEqual([{ id: 'evt-00000001', status: 'accepted' }]);
    const again = await post(JSON.stringify({ events: [event()] }));
    expect(again.body.results[0].status).toBe('duplicate');
    const reused = await post(JSON.stringify({ events: [event({ payload: registrationPayload(2) })] }));
    expect(reused.body.results[0]).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/different payload/),
    });
    const invalid = await post(
      JSON.stringify({ events: [event({ id: 'evt-00000002', payload: { jobId: 'j1' } })] }),
    );
    expect(invalid.body.results[0]).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/workerId/),
    });
    const badJob = await post(
      JSON.stringify({
        events: [event({ id: 'evt-00000003', type: 'job.posted', payload: { id: 'x', title: '<script>' } })],
      }),
    );
    expect(badJob.body.results[0].status).toBe('rejected');
    expect(stored().pending).toBe(1);
  });

  it('a screen page neither sends events nor reads the feed nor looks up workers: pages use the API', async () => {
    expect((await post(JSON.stringify({ events: [event({ id: 'evt-00000009' })] }), screen)).status).toBe(
      403,
    );
    const jobs = await fetch(`${hub.url}/v1/jobs?limit=5`, {
      headers: { authorization: `Bearer ${screen}` },
    });
    expect(jobs.status).toBe(403);
    const lookup = await fetch(`${hub.url}/v1/workers/${'a'.repeat(64)}`, {
      headers: { authorization: `Bearer ${screen}` },
    });
    expect(lookup.status).toBe(403);
  });

  it('410 for a cursor it never issued or past its feed (start again), 400 for a bad limit or idHash', async () => {
    const h = { authorization: `Bearer ${kiosk}` };
    const foreign = await fetch(`${hub.url}/v1/jobs?cursor=p1.1.5`, { headers: h });
    expect(foreign.status).toBe(410);
    expect(await foreign.json()).toMatchObject({ error: { code: 'cursor_expired' } });
    // A hub whose data was restored from an older copy: the terminal's cursor is beyond its feed.
    expect((await fetch(`${hub.url}/v1/jobs?cursor=h1.999999999`, { headers: h })).status).toBe(410);
    expect((await fetch(`${hub.url}/v1/jobs?cursor=h1.1`, { headers: h })).status).toBe(200);
    expect((await fetch(`${hub.url}/v1/jobs?limit=0`, { headers: h })).status).toBe(400);
    expect((await fetch(`${hub.url}/v1/workers/110101199003077777`, { headers: h })).status).toBe(400);
    const unknown = await fetch(`${hub.url}/v1/workers/${'b'.repeat(64)}`, { headers: h });
    expect(await unknown.json()).toEqual({ exists: false });
  });

  it('serves its cache as a feed with ETag and 304', async () => {
    const h = { authorization: `Bearer ${kiosk}` };
    let cursor: string | undefined;
    let total = 0;
    for (;;) {
      const res = await fetch(`${hub.url}/v1/jobs?limit=100${cursor ? `&cursor=${cursor}` : ''}`, {
        headers: h,
      });
      const page = (await res.json()) as { items: unknown[]; cursor: string; hasMore: boolean };
      total += page.items.length;
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    expect(total).toBe(
      hub.runtime.context.store.read((db) => db.get<{ n: number }>('SELECT count(*) AS n FROM jobs'))!.n,
    );
    const tail = await fetch(`${hub.url}/v1/jobs?limit=100&cursor=${cursor}`, { headers: h });
    const etag = tail.headers.get('etag')!;
    const again = await fetch(`${hub.url}/v1/jobs?limit=100&cursor=${cursor}`, {
      headers: { ...h, 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
  });
});
