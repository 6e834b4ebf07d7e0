import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../../../electron/api';
import type { Runtime } from '../../../../electron/runtime/runtime';
import {
  booth1,
  boothDraft,
  boothStation,
  desk1,
  employer,
  kiosk,
  ok,
  signInDemo,
  walkIn,
} from '../booth/helpers';

let rt: Runtime | undefined;
afterEach(async () => {
  await rt?.close();
  rt = undefined;
});

const figure = (r: Report, key: string) => r.figures.find((f) => f.key === key)?.value;

async function station() {
  const s = await boothStation();
  rt = s.runtime;
  await signInDemo(rt);
  await ok(rt, desk1, 'booth.assign', { booth: 1, employer });
  const cleaning = (await ok(rt, booth1, 'booth.postJob', { draft: boothDraft() })).job;
  const porter = (await ok(rt, booth1, 'booth.postJob', { draft: boothDraft({ title: '商场搬运工' }) })).job;
  return { rt, cleaning, porter };
}

describe('a 报名 at the kiosk is a referral', () => {
  it('shows two kiosk applications at the desk as 已报名 referrals, counts them as 职业介绍 everywhere, and lists the person at the booth', async () => {
    const { rt, cleaning, porter } = await station();
    const a = await walkIn(rt, 0, false);
    await ok(rt, kiosk, 'kiosk.apply', { session: a.session, jobId: cleaning.id });
    await ok(rt, kiosk, 'kiosk.apply', { session: a.session, jobId: porter.id });
    // A second tap on the same job shows the same slip and counts nothing more.
    expect(await ok(rt, kiosk, 'kiosk.apply', { session: a.session, jobId: porter.id })).toMatchObject({
      repeated: true,
    });

    const record = await ok(rt, desk1, 'workers.record', { workerId: a.workerId });
    expect(
      record.referrals
        .map((r) => ({ jobId: r.jobId, title: r.jobTitle, status: r.status, place: r.place }))
        .sort((x, y) => x.title.localeCompare(y.title)),
    ).toEqual(
      [
        { jobId: cleaning.id, title: '商场保洁员', status: 'applied', place: '本机自助机' },
        { jobId: porter.id, title: '商场搬运工', status: 'applied', place: '本机自助机' },
      ].sort((x, y) => x.title.localeCompare(y.title)),
    );
    expect(record.checklist.referral.done).toBe(2);
    expect(record.services.filter((s) => s.kind === 'referral')).toHaveLength(2);

    const report = await ok(rt, desk1, 'reports.summary', { period: 'today' });
    expect(figure(report, 'referrals')).toBe(2);
    expect(figure(report, 'served')).toBe(1);

    const applicants = await ok(rt, booth1, 'booth.applicants', {});
    expect(applicants.map((c) => c.workerId)).toEqual([a.workerId]);
    expect(applicants[0]!.applied.map((x) => x.jobId).sort()).toEqual([cleaning.id, porter.id].sort());
    const session = await ok(rt, booth1, 'booth.session', {});
    expect(session.jobs.map((j) => j.applicants)).toEqual([1, 1]);
  });

  it('brings the booth’s 录用 and 未录用 back into that referral, and counts each referral once', async () => {
    const { rt, cleaning, porter } = await station();
    const a = await walkIn(rt, 0, false);
    await ok(rt, kiosk, 'kiosk.apply', { session: a.session, jobId: cleaning.id });
    await ok(rt, kiosk, 'kiosk.apply', { session: a.session, jobId: porter.id });
    await ok(rt, booth1, 'booth.recordOutcome', {
      workerId: a.workerId,
      jobId: cleaning.id,
      outcome: 'hired',
      startDate: '2026-11-23',
      agreedPay: { amount: 22, unit: 'hour' },
    });
    await ok(rt, booth1, 'booth.recordOutcome', {
      workerId: a.workerId,
      jobId: porter.id,
      outcome: 'not-hired',
    });

    const record = await ok(rt, desk1, 'workers.record', { workerId: a.workerId });
    expect(record.referrals).toHaveLength(2);
    const byJob = new Map(record.referrals.map((r) => [r.jobId, r]));
    // The kiosk's referral itself moved: no second referral for the booth's outcome.
    expect(byJob.get(cleaning.id)!.history.map((h) => h.status)).toEqual(['applied', 'referred', 'hired']);
    expect(record.outcome).toMatchObject({ status: 'employed', jobId: cleaning.id, viaStation: true });
    expect(byJob.get(porter.id)).toMatchObject({ status: 'not-hired', reason: '摊位面试未录用' });
    expect(record.checklist.referral.done).toBe(2);
    const report = await ok(rt, desk1, 'reports.summary', { period: 'today' });
    expect(figure(report, 'referrals')).toBe(2);
    expect(figure(report, 'placementsViaStation')).toBe(1);
  });

  it('lists a 报名 the desk recorded at the booth too', async () => {
    const { rt, cleaning } = await station();
    const a = await walkIn(rt, 0, false);
    await ok(rt, desk1, 'referrals.create', { workerId: a.workerId, jobId: cleaning.id, status: 'applied' });
    expect((await ok(rt, booth1, 'booth.applicants', {})).map((c) => c.workerId)).toEqual([a.workerId]);
    // A 推荐 the desk made is not an application: the booth does not see someone who did not agree to be shown.
    const b = await walkIn(rt, 1, false);
    await ok(rt, desk1, 'referrals.create', { workerId: b.workerId, jobId: cleaning.id, status: 'referred' });
    expect((await ok(rt, booth1, 'booth.applicants', {})).map((c) => c.workerId)).toEqual([a.workerId]);
  });
});
