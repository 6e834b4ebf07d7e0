import { afterEach, describe, expect, it } from 'vitest';
import type { Runtime } from '../../../../electron/runtime/runtime';
import {
  booth1,
  booth2,
  boothDraft,
  boothStation,
  desk1,
  employer,
  failure,
  kiosk,
  liftCard,
  ok,
  placeCard,
  signInDemo,
  walkIn,
} from './helpers';

let rt: Runtime | undefined;
afterEach(async () => {
  await rt?.close();
  rt = undefined;
});

async function station() {
  const s = await boothStation();
  rt = s.runtime;
  await signInDemo(rt);
  await ok(rt, desk1, 'booth.assign', { booth: 1, employer });
  await ok(rt, desk1, 'booth.assign', { booth: 2, employer: { name: '长春市顺达物流有限公司' } });
  const { job } = await ok(rt, booth1, 'booth.postJob', { draft: boothDraft() });
  return { s, rt: s.runtime, job: job };
}

const people = (r: Runtime) =>
  r.context.store.read((db) =>
    db.all<{ id: string; name: string; id_number: string; phone: string | null }>(
      'SELECT id, name, id_number, phone FROM workers',
    ),
  );

const outbox = (r: Runtime, type: string) =>
  r.context.store
    .read((db) =>
      db.all<{ payload: string }>('SELECT payload FROM outbox WHERE type = ? ORDER BY seq', [type]),
    )
    .map((e) => JSON.parse(e.payload) as Record<string, unknown>);

describe('people an employer sees at its booth', () => {
  it('shows applicants masked, with wishes, never an ID number, a full name or an unshared phone', async () => {
    const { rt, job } = await station();
    const a = await walkIn(rt, 0, false, {
      phone: '13812345678',
      occupations: ['4-09-08-02'],
      expectedDailyPay: 170,
      certificates: ['健康证'],
    });
    const told: unknown[] = [];
    rt.bus.subscribe((e) => e.event === 'booth.changed' && told.push(e.payload));
    await ok(rt, kiosk, 'kiosk.apply', { session: a.session, jobId: job.id });
    // The employer's booth hears of the application at once (ids only).
    expect(told).toEqual([{ booth: 1, what: 'people' }]);
    const list = await ok(rt, booth1, 'booth.applicants', {});
    expect(list).toEqual([
      expect.objectContaining({
        workerId: a.workerId,
        maskedName: '王**',
        age: 58,
        occupations: [{ code: '4-09-08-02', name: expect.any(String) }],
        certificates: ['健康证'],
        expectedDailyPay: 170,
        phone: null,
        applied: [expect.objectContaining({ jobId: job.id })],
        present: false,
      }),
    ]);
    const text = JSON.stringify(list);
    for (const p of people(rt)) {
      expect(text).not.toContain(p.id_number);
      expect(text).not.toContain(p.name);
      expect(text).not.toContain('13812345678');
    }
    // Another booth's employer sees none of them.
    expect(await ok(rt, booth2, 'booth.applicants', {})).toEqual([]);
  });

  it('offers as candidates only people who agreed to be shown, and their phone only when they ticked it too', async () => {
    const { rt, job } = await station();
    const shared = await walkIn(
      rt,
      1,
      true,
      { phone: '13900001111', occupations: ['4-09-08-02'], expectedDailyPay: 180 },
      true,
    );
    await walkIn(
      rt,
      2,
      false,
      { phone: '13700002222', occupations: ['4-09-08-02'], expectedDailyPay: 180 },
      true,
    );
    // A wish far from the job is not a fit.
    await walkIn(rt, 3, true, { occupations: ['4-02-07-04'], expectedDailyPay: 200 });
    const list = await ok(rt, booth1, 'booth.candidates', {});
    expect(list.map((c) => c.workerId)).toEqual([shared.workerId]);
    expect(list[0]).toMatchObject({
      phone: '13900001111',
      fits: [{ jobId: job.id }],
      applied: [],
      inHallToday: true,
    });
    expect(JSON.stringify(list)).not.toContain('13700002222');
  });

  it('calls a person to the booth: the hall sees their ticket, or only their masked name', async () => {
    const { rt, s } = await station();
    const one = await walkIn(rt, 1, true);
    const two = await walkIn(rt, 4, true);
    // Taken for them at the desk (a kiosk names its person only by its live session).
    await ok(rt, desk1, 'queue.take', {
      service: 'jobs',
      context: { consent: true, workerId: two.workerId },
    });
    const calls: unknown[] = [];
    rt.bus.subscribe((e) => e.event === 'booth.called' && calls.push(e.payload));
    expect(await ok(rt, booth1, 'booth.call', { workerId: one.workerId })).toMatchObject({ label: '李**' });
    s.advance(30_000);
    expect(await ok(rt, booth1, 'booth.call', { workerId: two.workerId })).toMatchObject({ label: 'B001' });
    expect(calls).toEqual([
      expect.objectContaining({ booth: 1, label: '李**' }),
      expect.objectContaining({ booth: 1, label: 'B001' }),
    ]);
    const hall = await ok(rt, { role: 'screen', terminal: 'tv' }, 'screen.calls', {});
    expect(hall.map((c) => [c.kind, c.label, c.place])).toEqual([
      ['booth', 'B001', '1'],
      ['booth', '李**', '1'],
    ]);
    const stranger = await walkIn(rt, 5, false);
    expect(await failure(rt, booth1, 'booth.call', { workerId: stranger.workerId })).toMatchObject({
      code: 'forbidden',
    });
  });
});

describe('hiring on the spot', () => {
  it('identifies the person by the booth’s card reader, records 录用, and the desk, the reports and the platform know', async () => {
    const { rt, job } = await station();
    const a = await walkIn(rt, 0, false);
    await ok(rt, kiosk, 'kiosk.apply', { session: a.session, jobId: job.id });
    const changes: unknown[] = [];
    rt.bus.subscribe((e) => e.event === 'booth.changed' && changes.push(e.payload));

    // The same card, tapped at booth 1: recognised by the hall's hash, the number stays in the runtime.
    await placeCard(rt, booth1, 0);
    expect(changes).toContainEqual({ booth: 1, what: 'card' });
    const here = await ok(rt, booth1, 'booth.identify', { by: 'card' });
    expect(here).toMatchObject({ workerId: a.workerId, maskedName: '王**', present: true });
    expect(JSON.stringify(here)).not.toContain(people(rt)[0]!.id_number);
    expect((await ok(rt, booth1, 'booth.session', {})).interviewing).toBe(1);
    // Shown to an employer: recorded, by the person's id only.
    expect(
      rt.context.store.read((db) =>
        db.all(
          "SELECT action, subject, terminal, detail FROM audit WHERE action IN ('booth.identify', 'booth.call')",
        ),
      ),
    ).toEqual([
      {
        action: 'booth.identify',
        subject: a.workerId,
        terminal: 'booth-1-tablet',
        detail: '{"booth":1,"by":"card"}',
      },
    ]);
    // One tap, one identification.
    expect(await failure(rt, booth1, 'booth.identify', { by: 'card' })).toMatchObject({ code: 'not_found' });
    await liftCard(rt, booth1);

    const after = await ok(rt, booth1, 'booth.recordOutcome', {
      workerId: a.workerId,
      jobId: job.id,
      outcome: 'hired',
      startDate: '2026-11-23',
      agreedPay: { amount: 180, unit: 'day' },
    });
    expect(after).toMatchObject({
      present: false,
      outcome: { outcome: 'hired', startDate: '2026-11-23', agreedPay: { amount: 180, unit: 'day' } },
    });
    const session = await ok(rt, booth1, 'booth.session', {});
    expect(session.interviewing).toBe(0);
    expect(session.jobs[0]).toMatchObject({ hires: 1, job: { filled: 1 } });

    // The desk's ledger: a referral ending in 已录用, the person employed through the station.
    const record = await ok(rt, desk1, 'workers.record', { workerId: a.workerId });
    expect(record.referrals[0]).toMatchObject({ jobId: job.id, status: 'hired' });
    expect(record.referrals[0]!.history.map((h) => h.status)).toEqual(['applied', 'referred', 'hired']);
    expect(record.outcome).toMatchObject({ status: 'employed', jobId: job.id, viaStation: true });
    const report = await ok(rt, desk1, 'reports.summary', { period: 'today' });
    expect(report.figures.find((f) => f.key === 'placements')?.value).toBe(1);
    expect((await ok(rt, kiosk, 'stats.today', {})).placements).toBe(1);

    // The platform, through the outbox: who (by id only), which job, when they start, for how much.
    expect(outbox(rt, 'placement.recorded')).toEqual([
      expect.objectContaining({
        workerId: a.workerId,
        jobId: job.id,
        startDate: '2026-11-23',
        agreedPay: { amount: 180, unit: 'day' },
        booth: 1,
        source: 'booth',
      }),
    ]);
    expect(JSON.stringify(outbox(rt, 'placement.recorded'))).not.toContain('王');
  });

  it('identifies by the slip’s QR text, records 待定 and later 录用', async () => {
    const { rt, job } = await station();
    const a = await walkIn(rt, 1, false);
    const slip = await ok(rt, kiosk, 'kiosk.apply', { session: a.session, jobId: job.id });
    expect(await ok(rt, booth1, 'booth.identify', { by: 'slip', text: slip.qr })).toMatchObject({
      workerId: a.workerId,
      present: true,
    });
    await ok(rt, booth1, 'booth.recordOutcome', { workerId: a.workerId, jobId: job.id, outcome: 'pending' });
    expect((await ok(rt, desk1, 'workers.record', { workerId: a.workerId })).referrals[0]!.status).toBe(
      'interviewed',
    );
    expect((await ok(rt, kiosk, 'stats.today', {})).placements).toBe(0);
    await ok(rt, booth1, 'booth.recordOutcome', {
      workerId: a.workerId,
      jobId: job.id,
      outcome: 'hired',
      startDate: '2026-11-21',
      agreedPay: { amount: 22, unit: 'hour' },
    });
    const record = await ok(rt, desk1, 'workers.record', { workerId: a.workerId });
    expect(record.referrals[0]!.history.map((h) => h.status)).toEqual([
      'applied',
      'referred',
      'interviewed',
      'hired',
    ]);
    // A settled result is not changed from a booth.
    expect(
      await failure(rt, booth1, 'booth.recordOutcome', {
        workerId: a.workerId,
        jobId: job.id,
        outcome: 'not-hired',
      }),
    ).toMatchObject({ code: 'conflict', message: expect.stringContaining('已录用') });
  });

  it('records 未录用 for a candidate who agreed to be shown, as a referral by the station', async () => {
    const { rt, job } = await station();
    const c = await walkIn(rt, 2, true);
    await ok(rt, booth1, 'booth.recordOutcome', {
      workerId: c.workerId,
      jobId: job.id,
      outcome: 'not-hired',
    });
    const record = await ok(rt, desk1, 'workers.record', { workerId: c.workerId });
    expect(record.referrals[0]).toMatchObject({ status: 'not-hired', reason: '摊位面试未录用' });
    expect(record.referrals[0]!.history.map((h) => h.status)).toEqual(['referred', 'not-hired']);
    expect(record.outcome.status).toBe('seeking');
  });

  it('refuses whoever never applied here nor agreed to be shown, another booth’s job, and a hire without terms', async () => {
    const { rt, job } = await station();
    const stranger = await walkIn(rt, 3, false);
    const applicant = await walkIn(rt, 4, false);
    await ok(rt, kiosk, 'kiosk.apply', { session: applicant.session, jobId: job.id });
    const before = rt.context.store.read((db) => ({
      referrals: db.get<{ n: number }>('SELECT count(*) AS n FROM referrals')!.n,
      outbox: db.get<{ n: number }>('SELECT count(*) AS n FROM outbox')!.n,
    }));
    const hire = {
      jobId: job.id,
      outcome: 'hired' as const,
      startDate: '2026-11-22',
      agreedPay: { amount: 180, unit: 'day' as const },
    };
    expect(
      await failure(rt, booth1, 'booth.recordOutcome', { ...hire, workerId: stranger.workerId }),
    ).toMatchObject({
      code: 'forbidden',
    });
    // Booth 2 acting on booth 1's posting, even for a real applicant.
    expect(
      await failure(rt, booth2, 'booth.recordOutcome', { ...hire, workerId: applicant.workerId }),
    ).toMatchObject({
      code: 'forbidden',
    });
    expect(
      await failure(rt, booth1, 'booth.recordOutcome', {
        workerId: applicant.workerId,
        jobId: job.id,
        outcome: 'hired',
      }),
    ).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('上岗日期') });
    expect(
      await failure(rt, booth1, 'booth.recordOutcome', {
        ...hire,
        workerId: applicant.workerId,
        startDate: '2026-11-01',
      }),
    ).toMatchObject({ code: 'invalid_input' });
    expect(
      await failure(rt, booth1, 'booth.recordOutcome', {
        ...hire,
        workerId: applicant.workerId,
        note: '长'.repeat(201),
      }),
    ).toMatchObject({ code: 'invalid_input' });
    // A card at booth 1 of someone who did neither is not shown to the employer.
    await placeCard(rt, booth1, 3);
    expect(await failure(rt, booth1, 'booth.identify', { by: 'card' })).toMatchObject({ code: 'forbidden' });
    // Nor a slip of an application to another employer, nor text that is not a slip.
    const elsewhere = await ok(rt, booth2, 'booth.postJob', { draft: boothDraft({ title: '装卸工' }) });
    const otherSlip = await ok(rt, kiosk, 'kiosk.apply', {
      session: applicant.session,
      jobId: elsewhere.job.id,
    });
    expect(
      await failure(rt, booth1, 'booth.identify', { by: 'slip', text: 'https://example.com' }),
    ).toMatchObject({
      code: 'invalid_input',
    });
    expect(
      await failure(rt, booth2, 'booth.identify', {
        by: 'slip',
        text: 'GSAPP:00000000-0000-4000-8000-000000000000',
      }),
    ).toMatchObject({
      code: 'not_found',
    });
    expect(await failure(rt, booth1, 'booth.identify', { by: 'slip', text: otherSlip.qr })).toMatchObject({
      code: 'forbidden',
    });
    const afterwards = rt.context.store.read((db) => ({
      referrals: db.get<{ n: number }>('SELECT count(*) AS n FROM referrals')!.n,
      outbox: db.get<{ n: number }>('SELECT count(*) AS n FROM outbox')!.n,
    }));
    // Booth 2's posting (job.posted) and the application to it (a referral, one outbox event)
    // added what they make; nothing the refusals touched changed.
    expect(afterwards).toEqual({ referrals: before.referrals + 1, outbox: before.outbox + 2 });
    expect((await ok(rt, booth1, 'booth.session', {})).interviewing).toBe(0);
  });
});
