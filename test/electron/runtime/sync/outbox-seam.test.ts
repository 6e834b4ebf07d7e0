import { afterEach, describe, expect, it } from 'vitest';
import type { Emitted } from '../../../../electron/runtime/event-bus';
import type { Runtime } from '../../../../electron/runtime/runtime';
import { desk1, jobDraft, ok, registerByHand, signInDemo, testStation } from '../desk/helpers';

let rt: Runtime | undefined;
afterEach(async () => {
  await rt?.close();
  rt = undefined;
});

const outbox = (r: Runtime) =>
  r.context.store.read((db) =>
    db.all<{ type: string; state: string; payload: string }>(
      'SELECT type, state, payload FROM outbox ORDER BY seq',
    ),
  );

const draft = jobDraft({
  title: '小区保洁',
  occupation: '4-09-08-02',
  employer: { name: '长春市洁美物业有限公司' },
  address: '长春市二道区吉林大路88号',
  pay: { amount: 160, unit: 'day' },
});

describe('the station writes what the platform must hear into its outbox', () => {
  it('queues ledger entries and a placement with the change that made them', async () => {
    const s = await testStation();
    rt = s.runtime;
    await signInDemo(rt);
    const { job } = await ok(rt, desk1, 'jobs.post', { draft });
    const { workerId } = await registerByHand(rt, '陈军');
    const r = await ok(rt, desk1, 'referrals.create', { workerId, jobId: job.job.id });
    await ok(rt, desk1, 'workers.setOutcome', {
      workerId,
      version: r.version,
      status: 'employed',
      employer: '自找单位',
      viaStation: false,
    });
    // The posting itself goes upstream too (job.posted); this test is about the ledger.
    const events = outbox(rt).filter((e) => e.type !== 'worker.registered' && e.type !== 'job.posted');
    expect(events.map((e) => [e.type, e.state])).toEqual([
      ['worker.updated', 'pending'], // the phone typed with the registration
      ['application.updated', 'pending'],
      ['service.recorded', 'pending'],
      ['placement.recorded', 'pending'],
    ]);
    // A person who found work by themselves is placed without a station job.
    expect(JSON.parse(events[3]!.payload)).toMatchObject({ workerId, jobId: null, viaStation: false });
    expect(JSON.stringify(events)).not.toContain('陈军');
  });

  it('lets the matching engine and the screens know of a posting at once', async () => {
    const s = await testStation();
    rt = s.runtime;
    await signInDemo(rt);
    const seen: Emitted[] = [];
    rt.bus.subscribe((e) => e.event === 'jobs.changed' && seen.push(e));
    const { job } = await ok(rt, desk1, 'jobs.post', { draft });
    expect(seen).toEqual([
      expect.objectContaining({ payload: expect.objectContaining({ source: 'hall', upserted: 1 }) }),
    ]);
    const kiosk = { role: 'kiosk' as const, terminal: 'local-kiosk' };
    expect(await ok(rt, kiosk, 'jobs.get', { id: job.job.id })).toMatchObject({ title: '小区保洁' });
    const found = await ok(rt, kiosk, 'jobs.search', { text: '洁美' });
    expect(found.items.map((h) => h.job.id)).toContain(job.job.id);
  });
});
