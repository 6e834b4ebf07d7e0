import { randomUUID } from 'node:crypto';
import type { Job, MethodParsed, ReferralStatus, ServiceKind, WorkerRecord } from '../../api';
import type { CallContext } from '../../dispatcher';
import { ApiFailure } from '../api-error';
import { auditCall } from '../audit/audit-log';
import type { Repositories } from '../data/repositories';
import { referralEntryId, type NewReferral, type NoShowSide } from '../data/referrals';
import type { StationContext } from '../context';
import { staffIdOf, writeWorker } from './desk-write';
import { checkTransition } from './referral-flow';
import { ensureProfile } from './worker-record';

function insertService(
  tx: Repositories,
  s: { id: string; workerId: string; kind: ServiceKind; jobId?: string; referralId?: string; note: string },
  caller: CallContext,
  now: Date,
  day: string,
): boolean {
  // The id is the event id: a retry, or the same action arriving from another terminal, counts once.
  if (tx.workerRecords.hasService(s.id)) return false;
  tx.workerRecords.addService({
    id: s.id,
    workerId: s.workerId,
    kind: s.kind,
    jobId: s.jobId ?? null,
    referralId: s.referralId ?? null,
    note: s.note,
    at: now.toISOString(),
    day,
    staffId: staffIdOf(caller),
    terminal: caller.terminal,
  });
  return true;
}

export function recordService(
  ctx: StationContext,
  input: MethodParsed<'services.record'>,
  caller: CallContext,
): Promise<WorkerRecord> {
  return writeWorker(ctx, input.workerId, (tx, now) => {
    const id = input.eventId ?? randomUUID();
    const day = ctx.clock.dayOf(now);
    const service = { id, workerId: input.workerId, kind: input.kind, note: input.note };
    if (!insertService(tx, service, caller, now, day)) return;
    auditCall(tx, caller, now, 'services.record', input.workerId, { kind: input.kind });
    tx.outbox.add({
      type: 'service.recorded',
      at: now,
      payload: {
        id,
        workerId: input.workerId,
        kind: input.kind,
        day,
      },
    });
  });
}

export function findJob(tx: Repositories, jobId: string): Job {
  const job = tx.jobs.byId(jobId);
  if (!job) throw new ApiFailure('not_found', `找不到岗位 ${jobId}`);
  return job;
}

/** A referral is also a ledger entry (one of the three 1131 referrals). */
export function createReferral(
  ctx: StationContext,
  input: MethodParsed<'referrals.create'>,
  caller: CallContext,
): Promise<WorkerRecord> {
  return writeWorker(ctx, input.workerId, (tx, now) => {
    const job = findJob(tx, input.jobId);
    if (job.status !== 'open') throw new ApiFailure('conflict', '这个岗位已关闭或已招满，不能再推荐');
    if (tx.referrals.openOf(input.workerId, input.jobId))
      throw new ApiFailure('conflict', '已经推荐过这个岗位，结果还没有登记');
    const id = input.eventId ?? randomUUID();
    openReferral(ctx, tx, { id, workerId: input.workerId, job, status: input.status }, caller, now);
    auditCall(tx, caller, now, 'referrals.create', input.workerId, {
      referral: id,
      job: job.id,
    });
  });
}

/**
 * Writes a new referral with its first event and its ledger entry, inside the caller's transaction
 * (the desk's referrals.create, or a booth recording an outcome for an applicant).
 */
export function openReferral(
  ctx: StationContext,
  tx: Repositories,
  r: { id: string; workerId: string; job: Job; status: 'applied' | 'referred' },
  caller: CallContext,
  now: Date,
): void {
  const { id, job } = r;
  const day = ctx.clock.dayOf(now);
  tx.referrals.open(newReferral(r.workerId, id, job, r.status, caller, now, day));
  tx.outbox.add({
    type: 'application.updated',
    at: now,
    payload: {
      referralId: id,
      workerId: r.workerId,
      jobId: job.id,
      status: r.status,
    },
  });
  tx.outbox.add({
    type: 'service.recorded',
    at: now,
    payload: {
      id: referralEntryId(id),
      workerId: r.workerId,
      kind: 'referral',
      day,
    },
  });
}

/** The referral row a job and a caller make: the job as it stands, the caller as its first step's actor. */
export function newReferral(
  workerId: string,
  id: string,
  job: Job,
  status: 'applied' | 'referred',
  caller: CallContext,
  now: Date,
  day: string,
): NewReferral {
  return {
    id,
    workerId,
    jobId: job.id,
    employerId: job.employer.id,
    jobTitle: job.title,
    employerName: job.employer.name,
    occupation: job.occupation,
    status,
    at: now.toISOString(),
    day,
    staffId: staffIdOf(caller),
    terminal: caller.terminal,
  };
}

function insertReferralEvent(
  tx: Repositories,
  referralId: string,
  status: ReferralStatus,
  side: NoShowSide | undefined,
  reason: string,
  caller: CallContext,
  now: Date,
  day: string,
) {
  tx.referrals.addEvent({
    referralId,
    status,
    side: side ?? null,
    reason,
    at: now.toISOString(),
    day,
    staffId: staffIdOf(caller),
    terminal: caller.terminal,
  });
}

/**
 * Moves a referral on. A hire fills one place on the job (closing it as filled at headcount) and
 * records the worker as employed through the station, unless an outcome was already recorded.
 */
export async function updateReferral(
  ctx: StationContext,
  input: MethodParsed<'referrals.update'>,
  caller: CallContext,
): Promise<WorkerRecord> {
  const workerId = ctx.data.read((tx) => tx.referrals.workerOf(input.referralId));
  if (!workerId) throw new ApiFailure('not_found', '找不到这条推荐记录');
  let moved: MovedReferral | undefined;
  const record = await writeWorker(ctx, workerId, (tx, now) => {
    moved = moveReferral(ctx, tx, input, caller, now);
    auditCall(tx, caller, now, 'referrals.update', workerId, {
      referral: input.referralId,
      status: input.status,
    });
  });
  if (moved?.filledJob) ctx.sync.jobsChanged({ upserted: [moved.filledJob], removed: [], source: 'hall' });
  // An employer's no-show counts against it in matching.
  if (input.status === 'no-show' && moved) ctx.match.employerChanged(moved.employerId);
  return record;
}

/** What a step of a referral changed beyond its own row: the job a hire filled, the employer. */
export interface MovedReferral {
  filledJob: Job | undefined;
  employerId: string;
}

/**
 * One step of a referral inside the caller's transaction: checks the version and the transition,
 * records the event, tells the platform, and on a hire records the placement.
 */
export function moveReferral(
  ctx: StationContext,
  tx: Repositories,
  input: {
    referralId: string;
    version: number;
    status: ReferralStatus;
    side?: 'worker' | 'employer' | undefined;
    reason: string;
  },
  caller: CallContext,
  now: Date,
  placement: Record<string, unknown> = {},
): MovedReferral {
  const r = tx.referrals.toMove(input.referralId);
  if (!r) throw new ApiFailure('not_found', '找不到这条推荐记录');
  if (r.version !== input.version) {
    throw new ApiFailure('conflict', '这条推荐刚被别人更新过，您的修改没有保存。请看最新状态后再操作。');
  }
  const check = checkTransition(r.status, input.status, input.side, input.reason);
  if (!check.ok) throw new ApiFailure('invalid_input', check.message);
  tx.referrals.move(input.referralId, {
    status: input.status,
    side: input.status === 'no-show' ? (input.side ?? null) : null,
    reason: input.reason,
    at: now.toISOString(),
  });
  insertReferralEvent(
    tx,
    input.referralId,
    input.status,
    input.side,
    input.reason,
    caller,
    now,
    ctx.clock.dayOf(now),
  );
  tx.outbox.add({
    type: 'application.updated',
    at: now,
    payload: {
      referralId: input.referralId,
      workerId: r.workerId,
      jobId: r.jobId,
      status: input.status,
    },
  });
  const filledJob =
    input.status === 'hired' ? recordHire(ctx, tx, r.workerId, r.jobId, caller, now, placement) : undefined;
  return { filledJob, employerId: r.employerId };
}

function recordHire(
  ctx: StationContext,
  tx: Repositories,
  workerId: string,
  jobId: string,
  caller: CallContext,
  now: Date,
  placement: Record<string, unknown>,
): Job | undefined {
  const job = tx.jobs.byId(jobId);
  let updated: Job | undefined;
  if (job) {
    const filled = Math.min(job.headcount, job.filled + 1);
    updated = {
      ...job,
      filled,
      status: filled >= job.headcount ? 'filled' : job.status,
      updatedAt: now.toISOString(),
    };
    tx.jobs.saveFill(updated);
  }
  const p = ensureProfile(tx, workerId);
  if (p.outcome !== 'employed') {
    tx.workerRecords.recordHire(workerId, {
      jobId,
      employer: job ? job.employer.name : null,
      date: ctx.clock.dayOf(now),
      at: now.toISOString(),
      staffId: staffIdOf(caller),
    });
  }
  tx.outbox.add({
    type: 'placement.recorded',
    at: now,
    payload: {
      ...placement,
      workerId,
      jobId,
      date: ctx.clock.dayOf(now),
      viaStation: true,
    },
  });
  return updated;
}

export function recordFollowUp(
  ctx: StationContext,
  input: MethodParsed<'followUps.record'>,
  caller: CallContext,
): Promise<WorkerRecord> {
  return writeWorker(ctx, input.workerId, (tx, now) => {
    const today = ctx.clock.dayOf(now);
    if (input.nextDue && input.nextDue <= today)
      throw new ApiFailure('invalid_input', '下次回访日期要在今天之后');
    tx.workerRecords.addFollowUp({
      id: randomUUID(),
      workerId: input.workerId,
      day: today,
      result: input.result,
      note: input.note,
      nextDue: input.nextDue ?? null,
      at: now.toISOString(),
      staffId: staffIdOf(caller),
    });
    auditCall(tx, caller, now, 'follow_ups.record', input.workerId, { result: input.result });
  });
}

/** A worker's report against an employer goes on the employer's record (see employerRecord) and into matching. */
export async function reportEmployer(
  ctx: StationContext,
  input: MethodParsed<'employers.report'>,
  caller: CallContext,
): Promise<WorkerRecord> {
  const record = await writeWorker(ctx, input.workerId, (tx, now) => {
    tx.employers.addReport({
      id: randomUUID(),
      employerId: input.employerId,
      workerId: input.workerId,
      jobId: input.jobId ?? null,
      kind: input.kind,
      note: input.note,
      at: now.toISOString(),
      staffId: staffIdOf(caller),
    });
    auditCall(tx, caller, now, 'employers.report', input.employerId, { kind: input.kind });
  });
  ctx.match.employerChanged(input.employerId);
  return record;
}
