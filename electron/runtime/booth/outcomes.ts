import { randomUUID } from 'node:crypto';
import createDebug from 'debug';
import type { CandidateView, Job, MethodParsed, ReferralStatus } from '../../api';
import type { CallContext } from '../../dispatcher';
import { ApiFailure } from '../api-error';
import { auditCall } from '../audit/audit-log';
import { repositoriesOf } from '../data/station-data';
import type { StationContext } from '../context';
import { statusLabel } from '../desk/referral-flow';
import { findJob, moveReferral, openReferral, openReferralOf } from '../desk/service-ledger';
import { todayStats } from '../stats';
import type { Db } from '../store/db';
import { localDay } from '../workers/repository';
import { employerAtBooth } from './assignments';
import { ownJob } from './booth-jobs';
import { candidateViews, requireShowable, type BoothScope } from './people';
import { settleVisits } from './visits';

const log = createDebug('station:booth');

type Input = MethodParsed<'booth.recordOutcome'>;

/** 录用 → hired, 未录用 → not hired, 待定 → interviewed (a decision still to come). */
const target: Record<Input['outcome'], ReferralStatus> = {
  hired: 'hired',
  'not-hired': 'not-hired',
  pending: 'interviewed',
};

/**
 * The referral this outcome moves: the open one, or a new one — 报名 for an applicant to this job,
 * 推荐 for a person who agreed to be shown to employers. A referral that already has a result is
 * not changed from a booth; staff correct it at the desk.
 */
function referralFor(
  ctx: StationContext,
  db: Db,
  workerId: string,
  job: Job,
  caller: CallContext,
  now: Date,
) {
  const open = openReferralOf(db, workerId, job.id);
  if (open) return open;
  const settled = db.get<{ status: ReferralStatus }>(
    'SELECT status FROM referrals WHERE worker_id = ? AND job_id = ? ORDER BY updated_at DESC LIMIT 1',
    [workerId, job.id],
  );
  if (settled)
    throw new ApiFailure(
      'conflict',
      `这位求职者应聘这个岗位的结果已登记为“${statusLabel[settled.status]}”，不能在摊位上更改；如需更正请联系前台`,
    );
  const applied = db.get('SELECT 1 AS x FROM applications WHERE worker_id = ? AND job_id = ?', [
    workerId,
    job.id,
  ]);
  const id = randomUUID();
  openReferral(ctx, db, { id, workerId, job, status: applied ? 'applied' : 'referred' }, caller, now);
  return openReferralOf(db, workerId, job.id)!;
}

/** Walks the referral to the outcome the employer chose, one allowed step at a time. */
function walk(
  ctx: StationContext,
  db: Db,
  referralId: string,
  to: ReferralStatus,
  reason: string,
  caller: CallContext,
  now: Date,
  placement: Record<string, unknown>,
) {
  const step = (status: ReferralStatus) => {
    const r = db.get<{ version: number }>('SELECT version FROM referrals WHERE id = ?', [referralId])!;
    moveReferral(
      ctx,
      db,
      { referralId, version: Number(r.version), status, reason: status === 'not-hired' ? reason : '' },
      caller,
      now,
      placement,
    );
  };
  const current = () =>
    db.get<{ status: ReferralStatus }>('SELECT status FROM referrals WHERE id = ?', [referralId])!.status;
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
  const day = localDay(now);
  if (input.startDate !== undefined && input.startDate < day)
    throw new ApiFailure('invalid_input', '上岗日期不能早于今天');
  const result = await ctx.store.write((db) => {
    const assignment = employerAtBooth(db, caller, now);
    const scope: BoothScope = { assignment, day, now };
    const job = ownJob(db, assignment, input.jobId);
    requireShowable(db, assignment.employerId, input.workerId);
    if (input.outcome === 'hired' && (job.status !== 'open' || job.filled >= job.headcount))
      throw new ApiFailure('conflict', '这个岗位已招满或已关闭，不能再录用');
    const referral = referralFor(ctx, db, input.workerId, job, caller, now);
    const placement = {
      source: 'booth',
      booth: assignment.booth,
      employerId: assignment.employerId,
      ...(input.startDate ? { startDate: input.startDate } : {}),
      ...(input.agreedPay ? { agreedPay: input.agreedPay } : {}),
    };
    walk(ctx, db, referral.id, target[input.outcome], input.note || '摊位面试未录用', caller, now, placement);
    db.run(
      `INSERT INTO booth_outcomes (id, booth, day, employer_id, worker_id, job_id, referral_id, outcome, start_date, agreed_pay, note, at, terminal)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        randomUUID(),
        assignment.booth,
        day,
        assignment.employerId,
        input.workerId,
        job.id,
        referral.id,
        input.outcome,
        input.startDate ?? null,
        input.agreedPay ? JSON.stringify(input.agreedPay) : null,
        input.note,
        now.toISOString(),
        caller.terminal,
      ],
    );
    settleVisits(db, scope, input.workerId);
    auditCall(repositoriesOf(db), caller, now, 'booth.outcome', input.workerId, {
      booth: assignment.booth,
      job: job.id,
      outcome: input.outcome,
    });
    return {
      booth: assignment.booth,
      view: candidateViews(db, scope, [input.workerId])[0]!,
      job: findJob(db, job.id),
      version: Number(
        db.get<{ version: number }>('SELECT version FROM worker_profiles WHERE worker_id = ?', [
          input.workerId,
        ])?.version ?? 1,
      ),
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
