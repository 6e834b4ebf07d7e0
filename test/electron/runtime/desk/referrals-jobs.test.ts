import { afterEach, describe, expect, it } from 'vitest';
import type { JobDraft } from '../../../../electron/api';
import { employerRecord } from '../../../../electron/runtime/desk/employer-record';
import type { Runtime } from '../../../../electron/runtime/runtime';
import { desk1, jobDraft, failure, ok, registerByHand, signInDemo, testStation } from './helpers';

let rt: Runtime | undefined;
afterEach(async () => {
  await rt?.close();
  rt = undefined;
});

const kiosk = { role: 'kiosk' as const, terminal: 'local-kiosk' };

const draft = jobDraft;

async function station() {
  const s = await testStation();
  rt = s.runtime;
  await signInDemo(rt);
  return s;
}

describe('referrals and placements', () => {
  it('goes referred → interviewed → hired, fills the job and records the worker employed', async () => {
    const s = await station();
    const rt = s.runtime;
    const { job } = await ok(rt, desk1, 'jobs.post', { draft: draft({ headcount: 1 }) });
    const { workerId } = await registerByHand(rt, '陈军');
    let r = await ok(rt, desk1, 'referrals.create', { workerId, jobId: job.job.id });
    expect(r.referrals[0]).toMatchObject({
      status: 'referred',
      next: ['interviewed', 'hired', 'not-hired', 'no-show'],
    });
    expect(r.checklist.referral.done).toBe(1);
    expect(await failure(rt, desk1, 'referrals.create', { workerId, jobId: job.job.id })).toMatchObject({
      code: 'conflict',
    });
    const ref = r.referrals[0]!;
    r = await ok(rt, desk1, 'referrals.update', {
      referralId: ref.id,
      version: ref.version,
      status: 'interviewed',
    });
    // A second terminal acting on what it saw before is refused.
    expect(
      await failure(rt, desk1, 'referrals.update', {
        referralId: ref.id,
        version: ref.version,
        status: 'hired',
      }),
    ).toMatchObject({ code: 'conflict' });
    r = await ok(rt, desk1, 'referrals.update', {
      referralId: ref.id,
      version: ref.version + 1,
      status: 'hired',
    });
    expect(r.referrals[0]).toMatchObject({ status: 'hired', next: [] });
    expect(r.referrals[0]!.history.map((h) => h.status)).toEqual(['referred', 'interviewed', 'hired']);
    expect(r.outcome).toMatchObject({
      status: 'employed',
      jobId: job.job.id,
      employer: '长春市顺达物流有限公司',
      viaStation: true,
    });
    const after = await ok(rt, desk1, 'jobs.deskGet', { jobId: job.job.id });
    expect(after.job).toMatchObject({ filled: 1, status: 'filled' });
    // What goes upstream besides the registration, in the order it happened.
    const outbox = rt.context.data
      .read((tx) => tx.outbox.pending(100))
      .filter((e) => e.type !== 'worker.registered');
    expect(outbox.map((o) => o.type)).toEqual([
      'job.posted',
      'worker.updated', // the phone typed with the registration
      'application.updated',
      'service.recorded',
      'application.updated',
      'application.updated',
      'placement.recorded',
    ]);
    expect(JSON.stringify(outbox)).not.toContain('陈军');
  });

  it('needs a side and a reason for a no-show, and counts employer no-shows and reports on the employer', async () => {
    const { runtime: rt } = await station();
    const { job } = await ok(rt, desk1, 'jobs.post', { draft: draft() });
    const { workerId } = await registerByHand(rt, '林涛');
    const r = await ok(rt, desk1, 'referrals.create', { workerId, jobId: job.job.id });
    const ref = r.referrals[0]!;
    expect(
      await failure(rt, desk1, 'referrals.update', {
        referralId: ref.id,
        version: 1,
        status: 'no-show',
        reason: '没开门',
      }),
    ).toMatchObject({
      code: 'invalid_input',
      message: '爽约要注明是求职者还是用人单位',
    });
    expect(
      await failure(rt, desk1, 'referrals.update', { referralId: ref.id, version: 1, status: 'not-hired' }),
    ).toMatchObject({ message: '请写明原因' });
    await ok(rt, desk1, 'referrals.update', {
      referralId: ref.id,
      version: 1,
      status: 'no-show',
      side: 'employer',
      reason: '到了没人接待',
    });
    await ok(rt, desk1, 'employers.report', {
      workerId,
      employerId: job.job.employer.id,
      kind: 'unpaid-wages',
      note: '干了两天没给钱',
    });
    await ok(rt, desk1, 'employers.report', {
      workerId,
      employerId: job.job.employer.id,
      kind: 'sent-home-early',
    });
    const rec = rt.context.data.read((tx) => employerRecord(tx, job.job.employer.id));
    expect(rec).toMatchObject({
      disputes: 2,
      unpaidWages: 1,
      sentHomeEarly: 1,
      noShows: 1,
      hires: 0,
      referrals: 1,
    });
    expect(await ok(rt, desk1, 'employers.record', { employerId: job.job.employer.id })).toEqual(rec);
  });
});

describe('jobs at the desk', () => {
  it('validates a posting with reasons a person can act on', async () => {
    const { runtime: rt } = await station();
    const before = (await ok(rt, desk1, 'jobs.deskSearch', { status: 'all' })).total;
    const cases: [Partial<JobDraft>, string][] = [
      [{ ageMin: 15 }, '年龄不能低于16岁'],
      [{ headcount: 0 }, '招聘人数至少1人'],
      [{ pay: { amount: 8, unit: 'piece' } }, '计件工资要写明计件单位（单、件、箱）'],
      [{ ageMin: 40, ageMax: 30 }, '年龄下限高于上限'],
      [{ validThrough: '2026-11-01', startDate: '2026-10-01' }, '截止日期已过'],
      [{ occupation: '9-99-99-99' }, '工种“9-99-99-99”不在工种目录里，请从列表中选择'],
    ];
    for (const [over, message] of cases) {
      const e = await failure(rt, desk1, 'jobs.post', { draft: draft(over) });
      expect(e.issues?.[0]?.message ?? e.message, message).toBe(message);
    }
    expect(
      (
        await failure(rt, desk1, 'jobs.post', {
          draft: draft({ pay: { amount: 8, unit: 'fortnight' as 'day' } }),
        })
      ).code,
    ).toBe('invalid_input');
    expect((await ok(rt, desk1, 'jobs.deskSearch', { status: 'all' })).total).toBe(before);
  });

  it('flags a one-sex requirement for review instead of refusing it', async () => {
    const { runtime: rt } = await station();
    const saved = await ok(rt, desk1, 'jobs.post', { draft: draft({ sexRequirement: 'male' }) });
    expect(saved.warnings).toEqual(['sex-requirement']);
    expect(saved.job).toMatchObject({ needsReview: true, shownToSeekers: true });
    const attention = await ok(rt, desk1, 'jobs.deskSearch', { attention: true, q: '顺达' });
    expect(attention.items.map((j) => j.job.id)).toEqual([saved.job.job.id]);
  });

  it('hides a posting nobody reconfirmed from kiosks until it is confirmed', async () => {
    const s = await station();
    const rt = s.runtime;
    const { job } = await ok(rt, desk1, 'jobs.post', { draft: draft({ title: '独一无二的岗位' }) });
    const onKiosk = async () => (await ok(rt, kiosk, 'jobs.list', { q: '独一无二' })).total;
    expect(await onKiosk()).toBe(1);
    s.advance(15 * 86_400_000);
    expect(await onKiosk()).toBe(0);
    await signInDemo(rt);
    const desk = await ok(rt, desk1, 'jobs.deskSearch', { q: '独一无二' });
    expect(desk.items[0]).toMatchObject({ stale: true, shownToSeekers: false });
    const confirmed = await ok(rt, desk1, 'jobs.confirm', { jobId: job.job.id });
    expect(confirmed).toMatchObject({ stale: false, shownToSeekers: true });
    expect(await onKiosk()).toBe(1);
  });

  it('edits, closes, reopens and marks filled', async () => {
    const { runtime: rt } = await station();
    const { job } = await ok(rt, desk1, 'jobs.post', {
      draft: draft({ employer: { name: '测试独有单位' } }),
    });
    const edited = await ok(rt, desk1, 'jobs.edit', {
      jobId: job.job.id,
      draft: draft({ employer: { name: '测试独有单位' }, pay: { amount: 200, unit: 'day' }, headcount: 5 }),
    });
    expect(edited.job.job).toMatchObject({
      id: job.job.id,
      headcount: 5,
      pay: { amount: 200 },
      source: 'hall',
      employer: { id: job.job.employer.id },
    });
    expect(
      (await ok(rt, desk1, 'jobs.setStatus', { jobId: job.job.id, status: 'closed' })).shownToSeekers,
    ).toBe(false);
    expect((await ok(rt, kiosk, 'jobs.list', { q: '测试独有' })).total).toBe(0);
    await ok(rt, desk1, 'jobs.setStatus', { jobId: job.job.id, status: 'open' });
    expect((await ok(rt, desk1, 'jobs.setStatus', { jobId: job.job.id, status: 'filled' })).job.status).toBe(
      'filled',
    );
    expect((await ok(rt, desk1, 'jobs.deskSearch', { status: 'filled', q: '测试独有' })).total).toBe(1);
  });
});
