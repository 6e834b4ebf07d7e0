import { randomUUID } from 'node:crypto';
import createDebug from 'debug';
import type { CandidateView, Job, MethodParsed, ReferralStatus } from '../../api';
import type { CallContext } from '../../dispatcher';
import { ApiFailure } from '../api-error';
import { auditCall } from '../audit/audit-log';
import type { StationContext } from '../context';
import { statusLabel } from '../desk/referral-flow';
import { findJob, moveReferral, openReferral } from '../desk/service-ledger';
import { todayStats } from '../stats';
import type { Repositories } from '../data/repositories';
import { employerAtBooth } from './assignments';
import { ownJob } from './booth-jobs';
import { candidateViews, requireShowable, type BoothScope } from './people';
import { placeOf } from './visits';

const log = createDebug('station:booth');

type Input = MethodParsed<'booth.recordOutcome'>;

/** 录用 → hired, 未录用 → not hired, 待定 → interviewed (a decision still to come). */
const target: Record<Input['outcome'], ReferralStatus> = {
  hired: 'hired',
  'not-hired': 'not-hired',
  pending: 'interviewed',
};

/**
 * The referral this outcome moves: the open one (a 报名 is one from the moment it is made), or a new
 * 推荐 for a person who agreed to be shown to employers. A referral that already has a result is not
 * changed from a booth; staff correct it at the desk.
 */
function referralFor(
  ctx: StationContext,
  tx: Repositories,
  workerId: string,
  job: Job,
  caller: CallContext,
  now: Date,
) {
  const open = tx.referrals.openOf(workerId, job.id);
  if (open) return open;
  const settled = tx.referrals.latestStatus(workerId, job.id);
  if (settled)
    throw new ApiFailure(
      'conflict',
      `这位求职者应聘这个岗位的结果已登记为“${statusLabel[settled]}”，不能在摊位上更改；如需更正请联系前台`,
    );
  const id = randomUUID();
  openReferral(ctx, tx, { id, workerId, job, status: 'referred' }, caller, now);
  return tx.referrals.openOf(workerId, job.id)!;
}

/** Walks the referral to the outcome the employer chose, one allowed step at a time. */
function walk(
  ctx: StationContext,
  tx: Repositories,
  referralId: string,
  to: ReferralStatus,
  reason: string,
  caller: CallContext,
  now: Date,
  placement: Record<string, unknown>,
) {
  const step = (status: ReferralStatus) => {
    const { version } = tx.referrals.state(referralId)!;
    moveReferral(
      ctx,
      tx,
      { referralId, version, status, reason: status === 'not-hired' ? reason : '' },
      caller,
      now,
      placement,
    );
  };
  const current = () => tx.referrals.state(referralId)!.status;
  // Meeting the employer at the station's booth is the station's introduction (推荐).
  if (current() === 'applied') step('referred');
  if (current() === to) return;
  step(to);
}

/**
 * 录用 / 未录用 / 待定 at the booth, in one transaction: the desk's referral moves (a hire fills a
 * place, marks the person employed and queues placement.recorded for the platform), the booth keeps
 * the start date and agreed pay, and the person's interview at the booth ends.
 */
export async function recordOutcome(
  ctx: StationContext,
  input: Input,
  caller: CallContext,
): Promise<CandidateView> {
  const now = ctx.now();
  const day = ctx.clock.dayOf(now);
  if (input.startDate !== undefined && input.startDate < day)
    throw new ApiFailure('invalid_input', '上岗日期不能早于今天');
  const result = await ctx.data.write((tx) => {
    const assignment = employerAtBooth(tx, caller, day);
    const scope: BoothScope = { assignment, day, now };
    const job = ownJob(tx, assignment, input.jobId);
    requireShowable(tx, assignment.employerId, input.workerId);
    if (input.outcome === 'hired' && (job.status !== 'open' || job.filled >= job.headcount))
      throw new ApiFailure('conflict', '这个岗位已招满或已关闭，不能再录用');
    const referral = referralFor(ctx, tx, input.workerId, job, caller, now);
    const placement = {
      source: 'booth',
      booth: assignment.booth,
      employerId: assignment.employerId,
      ...(input.startDate ? { startDate: input.startDate } : {}),
      ...(input.agreedPay ? { agreedPay: input.agreedPay } : {}),
    };
    const reason = input.note || '摊位面试未录用';
    walk(ctx, tx, referral.id, target[input.outcome], reason, caller, now, placement);
    tx.boothOutcomes.record({
      booth: assignment.booth,
      day,
      employerId: assignment.employerId,
      workerId: input.workerId,
      jobId: job.id,
      referralId: referral.id,
      outcome: input.outcome,
      startDate: input.startDate ?? null,
      agreedPay: input.agreedPay ?? null,
      note: input.note,
      at: now,
      terminal: caller.terminal,
    });
    tx.boothVisits.settle(placeOf(scope), input.workerId, now);
    auditCall(tx, caller, now, 'booth.outcome', input.workerId, {
      booth: assignment.booth,
      job: job.id,
      outcome: input.outcome,
    });
    return {
      booth: assignment.booth,
      view: candidateViews(tx, scope, [input.workerId])[0]!,
      job: findJob(tx, job.id),
      version: tx.boothPeople.recordVersion(input.workerId) ?? 1,
    };
  });
  log('booth %d recorded %s', result.booth, input.outcome);
  ctx.sync.outboxChanged();
  if (input.outcome === 'hired')
    ctx.sync.jobsChanged({ upserted: [result.job], removed: [], source: 'hall' });
  ctx.bus.emit('worker.updated', { workerId: input.workerId, version: result.version });
  ctx.bus.emit('stats.changed', todayStats(ctx));
  ctx.bus.emit('booth.changed', { booth: result.booth, what: 'outcome' });
  return result.view;
}
