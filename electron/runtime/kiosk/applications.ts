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

const log = createDebug('station:kiosk');

/** The slip's QR text: the application's id under a prefix the desk's scanner recognises. */
export const slipQrText = (applicationId: string) => `GSAPP:${applicationId}`;

/**
 * 报名 from the kiosk: one application per worker and job (a second tap shows the same slip), written
 * with its outbox event in one transaction so the platform hears of it exactly when it exists.
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
  const { id, createdAt, repeated } = await ctx.data.write((tx) => {
    const existing = tx.applications.of(workerId, job.id);
    if (existing) return { ...existing, repeated: true };
    const id = randomUUID();
    const at = now.toISOString();
    tx.applications.insert({
      id,
      workerId,
      jobId: job.id,
      employerId: job.employer.id,
      jobTitle: job.title,
      terminal: caller.terminal,
      createdAt: at,
      day: ctx.clock.dayOf(now),
    });
    // Upstream through the outbox; the event names the worker by id only.
    tx.outbox.add({
      type: 'application.created',
      at: now,
      payload: {
        applicationId: id,
        workerId,
        jobId: job.id,
        employerId: job.employer.id,
        at,
      },
    });
    return { id, createdAt: at, repeated: false };
  });
  log('application %s via %s', repeated ? 'shown again' : 'recorded', caller.terminal);
  // The employer's booth, if it has one in the hall today, sees the applicant at once.
  if (!repeated) notifyEmployerBooths(ctx, job.employer.id, 'people');
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
