import { randomUUID } from 'node:crypto';
import createDebug from 'debug';
import type { ApplicationSlip } from '../../contract/kiosk';
import type { CallContext } from '../../dispatcher';
import type { Job } from '../../schema/job';
import { ApiFailure } from '../api-error';
import type { StationContext } from '../context';
import { isVisible, seekerMomentOf } from '../jobs/visibility';
import { dailyWage } from '../match/wage';
import { notifyEmployerBooths } from '../booth/notify';
import { newReferral } from '../desk/service-ledger';
import { todayStats } from '../stats';

const log = createDebug('station:kiosk');

/** The slip's QR text: the application's id under a prefix the desk's scanner recognises. */
export const slipQrText = (applicationId: string) => `GSAPP:${applicationId}`;

/**
 * 报名 from the kiosk: one application per worker and job (a second tap shows the same slip). A 报名
 * is a referral: in the same transaction it opens one in state 已报名 with its 职业介绍 (or marks as
 * applied for the referral the desk had already made to this job), keeps the slip, and queues the
 * outbox event, so the desk, the reports and the booth read it where they read every referral and
 * the platform hears of it exactly when it exists.
 */
export async function applyForJob(
  ctx: StationContext,
  workerId: string,
  job: Job | undefined,
  caller: CallContext,
): Promise<ApplicationSlip> {
  // Only what a seeker may see can be applied for: a posting filled or closed since it was shown is not.
  if (!job || !isVisible(job, seekerMomentOf(ctx)))
    throw new ApiFailure('not_found', 'this job is no longer open');
  const now = ctx.now();
  const { id, createdAt, repeated, version } = await ctx.data.write((tx) => {
    const recordVersion = () => tx.workerRecords.profile(workerId)?.version ?? 1;
    const existing = tx.applications.of(workerId, job.id);
    if (existing) return { ...existing, repeated: true, version: recordVersion() };
    const at = now.toISOString();
    const day = ctx.clock.dayOf(now);
    // The slip names the referral: a booth reading its QR finds the person's referral to this job.
    const open = tx.referrals.openOf(workerId, job.id);
    const id = open?.id ?? randomUUID();
    if (open) tx.referrals.markApplied(open.id, at);
    else tx.referrals.open(newReferral(workerId, id, job, 'applied', caller, now, day));
    tx.applications.insert({
      id,
      workerId,
      jobId: job.id,
      employerId: job.employer.id,
      jobTitle: job.title,
      terminal: caller.terminal,
      createdAt: at,
      day,
    });
    // Upstream through the outbox; the event names the worker by id only. It is the referral's only
    // event: a kiosk PC sends applications, and its referral and 职业介绍 follow from this one where
    // it arrives.
    tx.outbox.add({
      type: 'application.created',
      at: now,
      payload: {
        applicationId: id,
        referralId: id,
        status: 'applied',
        workerId,
        jobId: job.id,
        employerId: job.employer.id,
        terminal: caller.terminal,
        at,
      },
    });
    return { id, createdAt: at, repeated: false, version: recordVersion() };
  });
  log('application %s via %s', repeated ? 'shown again' : 'recorded', caller.terminal);
  if (!repeated) {
    // The employer's booth, if it has one in the hall today, sees the applicant at once; a desk
    // showing the person's record shows the referral; the hall's screen counts it (a third
    // referral may complete someone's 1131).
    notifyEmployerBooths(ctx, job.employer.id, 'people');
    ctx.bus.emit('worker.updated', { workerId, version });
    ctx.bus.emit('stats.changed', todayStats(ctx));
  }
  return {
    applicationId: id,
    repeated,
    jobId: job.id,
    title: job.title,
    employer: job.employer.name,
    address: job.address,
    district: job.district,
    pay: job.pay,
    // The card's 约 X 元/天, by the one rule every list uses, so the slip says what the card said.
    wage: dailyWage(job.pay),
    settlement: job.settlement,
    // The first day she can go: the posting's start, or today for one already running.
    startDate: job.startDate > ctx.clock.dayOf(now) ? job.startDate : ctx.clock.dayOf(now),
    ...(job.workHours ? { workHours: job.workHours } : {}),
    ...(job.contactPhone ? { employerPhone: job.contactPhone } : {}),
    ...(job.payProtection ? { payProtection: job.payProtection } : {}),
    stationName: ctx.config.stationName,
    stationPhone: ctx.config.kiosk.stationPhone,
    qr: slipQrText(id),
    createdAt,
  };
}
