import { afterEach, describe, expect, it } from 'vitest';
import type { Runtime } from '../../../../electron/runtime/runtime';
import { desk1, jobDraft, ok, signInDemo, testStation } from './helpers';

let rt: Runtime;
afterEach(() => rt?.close());

const draft = jobDraft();

const upstream = () =>
  rt.context.store.read((db) =>
    db
      .all<{ type: string; payload: string }>(
        "SELECT type, payload FROM outbox WHERE type LIKE 'job.%' ORDER BY seq",
      )
      .map((e) => ({
        type: e.type,
        job: JSON.parse(e.payload) as { id: string; title: string; status: string },
      })),
  );

describe('postings made at the desk go upstream', () => {
  it('as job.posted, then job.updated for each edit, closure and confirmation', async () => {
    rt = (await testStation()).runtime;
    await signInDemo(rt);
    const { job } = await ok(rt, desk1, 'jobs.post', { draft });
    await ok(rt, desk1, 'jobs.edit', { jobId: job.job.id, draft: { ...draft, title: '夜班仓库分拣员' } });
    await ok(rt, desk1, 'jobs.setStatus', { jobId: job.job.id, status: 'closed' });
    await ok(rt, desk1, 'jobs.confirm', { jobId: job.job.id });
    const events = upstream();
    expect(events.map((e) => e.type)).toEqual(['job.posted', 'job.updated', 'job.updated', 'job.updated']);
    expect(events.every((e) => e.job.id === job.job.id)).toBe(true);
    expect(events[1]!.job.title).toBe('夜班仓库分拣员');
    expect(events[2]!.job.status).toBe('closed');
  });

  it('sends nothing for a posting the desk refused', async () => {
    rt = (await testStation()).runtime;
    await signInDemo(rt);
    const r = await rt.call(desk1, 'jobs.post', { draft: { ...draft, headcount: 0 } });
    expect(r.ok).toBe(false);
    expect(upstream()).toEqual([]);
  });
});
