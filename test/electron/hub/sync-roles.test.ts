import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '../../../electron/hub/start-hub';
import { parseConfig } from '../../../electron/runtime/config';
import type { Job } from '../../../electron/schema/job';
import { applicationPayload, registrationPayload } from '../runtime/sync/helpers';

/**
 * Who may push events into the hall (POST /v1/events): only terminals whose job is to sync, each
 * only the event types its kind of terminal causes. Browser pages never push; jobs enter from the
 * upstream, the desk's job methods or a booth's methods bounded to its employer.
 */
const tokens = {
  booth: 'booth-token-0123456789abcdef',
  kiosk: 'kiosk-page-token-0123456789ab',
  desk: 'desk-page-token-0123456789abc',
  screen: 'screen-token-0123456789abcdef',
  kioskPc: 'kiosk-pc-token-0123456789abcd',
  deskPc: 'desk-pc-token-0123456789abcde',
};
let hub: RunningHub;
let seq = 0;

const snapshot = () =>
  hub.runtime.context.store.read((db) => ({
    jobs: db.all<{ id: string; data: string }>('SELECT id, data FROM jobs ORDER BY id'),
    outbox: db.get<{ n: number }>('SELECT count(*) AS n FROM outbox')!.n,
  }));

function someJob(): Job {
  const row = hub.runtime.context.store.read((db) =>
    db.get<{ data: string }>('SELECT data FROM jobs ORDER BY id LIMIT 1'),
  )!;
  return JSON.parse(row.data) as Job;
}

function event(type: string, payload: Record<string, unknown>) {
  seq++;
  return { id: `evt-roles-${String(seq).padStart(4, '0')}`, type, at: new Date().toISOString(), payload };
}

async function push(token: string, events: unknown[]) {
  const res = await fetch(`${hub.url}/v1/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ events }),
  });
  return { status: res.status, body: (await res.json()) as any };
}

const forgedJob = () => ({
  ...someJob(),
  id: `forged-${seq}`,
  title: '长春市人力资源和社会保障局 · 高薪',
  verified: true,
  pay: { amount: 900, unit: 'day' },
});

beforeAll(async () => {
  hub = await startHub({
    config: parseConfig({
      readers: [],
      hub: {
        terminals: [
          { name: 'booth-1', role: 'booth', booth: 1, token: tokens.booth },
          { name: 'kiosk-page', role: 'kiosk', token: tokens.kiosk },
          { name: 'desk-page', role: 'desk', token: tokens.desk },
          { name: 'hall-tv', role: 'screen', token: tokens.screen },
          { name: 'kiosk-pc-1', role: 'kiosk-station', token: tokens.kioskPc },
          { name: 'desk-pc', role: 'desk-station', token: tokens.deskPc },
        ],
      },
    }),
    dataDir: null,
    port: 0,
    rendererDir: '/nonexistent',
  });
});
afterAll(() => hub.close());

describe('POST /v1/events by role', () => {
  it('refuses every browser page, whatever it sends, and changes nothing', async () => {
    const before = snapshot();
    for (const token of [tokens.booth, tokens.kiosk, tokens.desk, tokens.screen]) {
      const posted = await push(token, [event('job.posted', forgedJob())]);
      expect(posted.status, token).toBe(403);
      expect(posted.body.error.message).toMatch(/sync/);
      const placed = await push(token, [event('placement.recorded', { workerId: 'w-1', jobId: null })]);
      expect(placed.status).toBe(403);
      expect(
        (await fetch(`${hub.url}/v1/jobs`, { headers: { authorization: `Bearer ${token}` } })).status,
      ).toBe(403);
    }
    expect(snapshot()).toEqual(before);
  });

  it('lets a kiosk PC send what a kiosk causes, and rejects a job from it with the reason', async () => {
    const before = snapshot();
    const job = forgedJob();
    const r = await push(tokens.kioskPc, [
      event('job.posted', job),
      event('job.updated', { ...someJob(), pay: { amount: 1, unit: 'day' } }),
      event('placement.recorded', { workerId: 'w-1', jobId: null }),
    ]);
    expect(r.status).toBe(200);
    expect(r.body.results.map((x: any) => x.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(r.body.results[0].reason).toMatch(/kiosk-station.*job\.posted|job\.posted.*kiosk-station/);
    expect(snapshot()).toEqual(before);

    const applied = await push(tokens.kioskPc, [
      event('worker.registered', registrationPayload(1)),
      event('application.created', applicationPayload('w-1', someJob())),
    ]);
    expect(applied.body.results.map((r: any) => r.status)).toEqual(['accepted', 'accepted']);
    expect(snapshot().outbox).toBe(before.outbox + 2);
  });

  it('takes a job from a desk PC, and audits every accepted event with the terminal that sent it', async () => {
    const audited = () =>
      hub.runtime.context.store.read((db) =>
        db.all<{ terminal: string; actor: string; subject: string }>(
          "SELECT terminal, actor, subject FROM audit WHERE action = 'sync.event_received' ORDER BY rowid",
        ),
      );
    const earlier = audited();
    const job = { ...forgedJob(), title: '保洁员（前台录入）', verified: false };
    const e = event('job.posted', job);
    const broken = event('job.posted', { ...job, id: `${job.id}-b`, title: '' });
    const second = event('job.posted', { ...job, id: `${job.id}-2`, title: '搬运工（前台录入）' });
    const r = await push(tokens.deskPc, [e, broken, second]);
    expect(r.body.results.map((x: any) => x.status)).toEqual(['accepted', 'rejected', 'accepted']);
    expect(r.body.results[1].reason).toMatch(/title/);
    expect(snapshot().jobs.some((j) => j.id === job.id)).toBe(true);
    expect(snapshot().jobs.some((j) => j.id === `${job.id}-b`)).toBe(false);
    // Each accepted event once, under the terminal that sent it; the rejected one not at all.
    expect(audited().slice(earlier.length)).toEqual([
      { terminal: 'desk-pc', actor: 'desk-pc', subject: e.id },
      { terminal: 'desk-pc', actor: 'desk-pc', subject: second.id },
    ]);
    // A resend is a duplicate, not a second record.
    expect((await push(tokens.deskPc, [e])).body.results[0].status).toBe('duplicate');
    expect(audited()).toHaveLength(earlier.length + 2);
    expect(earlier.map((a) => a.terminal)).toContain('kiosk-pc-1');
  });
});
