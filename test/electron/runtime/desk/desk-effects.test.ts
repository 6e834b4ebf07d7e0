import { afterEach, describe, expect, it } from 'vitest';
import type { CardPresented, JobDraft } from '../../../../electron/api';
import type { CallContext } from '../../../../electron/dispatcher';
import type { Runtime } from '../../../../electron/runtime/runtime';
import { desk1, jobDraft, ok, registerByHand, signInDemo, testStation } from './helpers';
import { CLEAR_ID_NUMBER } from '../../../support/id-number-pattern';

let rt: Runtime | undefined;
afterEach(async () => {
  await rt?.close();
  rt = undefined;
});

const kiosk: CallContext = { role: 'kiosk', terminal: 'local-kiosk' };
const CLEANER = '4-09-08-02';

const draft = (over: Partial<JobDraft> = {}): JobDraft =>
  jobDraft({
    title: '写字楼夜班保洁（驿站代发）',
    occupation: CLEANER,
    employer: { name: '长春市洁净物业服务有限公司' },
    address: '吉林省长春市二道区东盛大街88号',
    pay: { amount: 800, unit: 'day' },
    headcount: 3,
    startDate: '2026-11-21',
    ...over,
  });

async function station() {
  const s = await testStation();
  rt = s.runtime;
  await signInDemo(rt);
  return s;
}

/** A person at the kiosk who wants cleaning work: their session, for the kiosk's recommendations. */
async function kioskCleaner(rt: Runtime): Promise<{ session: string; workerId: string }> {
  await ok(rt, kiosk, 'simulator.placeCard', { identity: 0 });
  let card: CardPresented | null = null;
  while (!card) {
    await new Promise((r) => setTimeout(r, 20));
    card = await ok(rt, kiosk, 'card.current', {});
  }
  const reg = await ok(rt, kiosk, 'workers.registerFromCard', {
    token: card.token,
    consent: { registration: true, shareWithEmployers: false },
  });
  await ok(rt, kiosk, 'kiosk.saveAnswers', {
    session: reg.session!,
    answers: { occupations: [CLEANER], expectedDailyPay: 200, district: '二道区' },
  });
  return { session: reg.session!, workerId: reg.workerId };
}

const searchIds = async (rt: Runtime, text: string) =>
  (await ok(rt, kiosk, 'jobs.search', { text, limit: 20 })).items.map((i) => i.job.id);

describe("the desk's changes reach the kiosks at once", () => {
  it('a posting made at the desk is searchable and recommended; closed, it is gone', async () => {
    const { runtime: rt } = await station();
    const { job } = await ok(rt, desk1, 'jobs.post', { draft: draft() });
    expect(await searchIds(rt, '驿站代发')).toEqual([job.job.id]);
    const { session } = await kioskCleaner(rt);
    const recs = await ok(rt, kiosk, 'match.recommend', { session });
    expect(recs.items[0]?.job.id).toBe(job.job.id);

    await ok(rt, desk1, 'jobs.setStatus', { jobId: job.job.id, status: 'closed' });
    expect(await searchIds(rt, '驿站代发')).toEqual([]);
    const after = await ok(rt, kiosk, 'match.recommend', { session });
    expect(after.items.map((i) => i.job.id)).not.toContain(job.job.id);
  });

  it('hides a posting nobody reconfirmed from search and recommendations, whatever else was updated', async () => {
    const s = await station();
    const rt = s.runtime;
    const { job } = await ok(rt, desk1, 'jobs.post', { draft: draft({ validThrough: '2027-03-31' }) });
    s.advance(15 * 86_400_000);
    await signInDemo(rt);
    const { workerId } = await registerByHand(rt, '周强');
    // A hire updates the posting (one place filled) but is no confirmation that it is still real.
    const r = await ok(rt, desk1, 'referrals.create', { workerId, jobId: job.job.id });
    await ok(rt, desk1, 'referrals.update', {
      referralId: r.referrals[0]!.id,
      version: 1,
      status: 'hired',
    });
    expect(await searchIds(rt, '驿站代发')).toEqual([]);
    await ok(rt, desk1, 'jobs.confirm', { jobId: job.job.id });
    expect(await searchIds(rt, '驿站代发')).toEqual([job.job.id]);
  });

  it("counts a worker's unpaid-wage report against the employer in matching", async () => {
    const { runtime: rt } = await station();
    const { job } = await ok(rt, desk1, 'jobs.post', { draft: draft() });
    const { session, workerId } = await kioskCleaner(rt);
    const before = (await ok(rt, kiosk, 'match.recommend', { session })).items.find(
      (i) => i.job.id === job.job.id,
    )!;
    expect(before.reasons.map((x) => x.code)).not.toContain('employer-disputes');

    await ok(rt, desk1, 'employers.report', {
      workerId,
      employerId: job.job.employer.id,
      jobId: job.job.id,
      kind: 'unpaid-wages',
      note: '干了三天没给钱',
    });
    const after = (await ok(rt, kiosk, 'match.recommend', { session })).items.find(
      (i) => i.job.id === job.job.id,
    )!;
    expect(after.reasons).toContainEqual({ code: 'employer-disputes', count: 1 });
    expect(after.score).toBeLessThan(before.score);
  });

  it("follows the desk's edit of what the person wants", async () => {
    const { runtime: rt } = await station();
    const { session, workerId } = await kioskCleaner(rt);
    const record = await ok(rt, desk1, 'workers.record', { workerId });
    // A trade the law opens without a certificate (a cook needs a 健康证 she has not got).
    const loader = '4-02-01-02';
    await ok(rt, desk1, 'workers.updateProfile', {
      workerId,
      version: record.version,
      changes: { occupations: [loader], expectedPay: { amount: 30, unit: 'hour' } },
    });
    const recs = await ok(rt, kiosk, 'match.recommend', { session });
    expect(recs.expectedDailyPay).toBe(240);
    expect(recs.items[0]?.job.occupation).toBe(loader);
    expect(recs.items.map((i) => i.job.occupation)).not.toContain(CLEANER);
  });
});

describe('desk records go upstream through the outbox', () => {
  const outbox = (rt: Runtime) =>
    rt.context.store.read((db) =>
      db.all<{ type: string; payload: string }>('SELECT type, payload FROM outbox ORDER BY seq'),
    );

  it('a registration by hand, a service, a referral and a placement found without the station', async () => {
    const { runtime: rt } = await station();
    const { workerId } = await registerByHand(rt, '吴刚');
    let record = await ok(rt, desk1, 'services.record', { workerId, kind: 'policy' });
    const { job } = await ok(rt, desk1, 'jobs.post', { draft: draft() });
    record = await ok(rt, desk1, 'referrals.create', { workerId, jobId: job.job.id });
    record = await ok(rt, desk1, 'workers.setOutcome', {
      workerId,
      version: record.version,
      status: 'employed',
      employer: '亲戚的装修队',
      viaStation: false,
    });
    expect(record.outcome).toMatchObject({ status: 'employed', jobId: null, viaStation: false });

    const events = outbox(rt);
    expect(events.map((e) => e.type)).toEqual([
      'worker.registered',
      'worker.updated', // the phone typed with the registration
      'service.recorded',
      'job.posted',
      'application.updated',
      'service.recorded',
      'placement.recorded',
    ]);
    const registered = JSON.parse(events[0]!.payload) as Record<string, unknown>;
    expect(registered).toMatchObject({ workerId, name: '吴刚' });
    // The clear number stays here; the hall and the platform get the masked one.
    expect(events.map((e) => e.payload).join()).not.toMatch(CLEAR_ID_NUMBER);
    expect(JSON.parse(events[6]!.payload)).toMatchObject({ workerId, jobId: null, viaStation: false });
  });
});
