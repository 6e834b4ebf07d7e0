import { randomUUID } from 'node:crypto';
import type { Job, MethodParsed, ReferralStatus, WorkerRecord } from '../../api';
import type { CallContext } from '../../dispatcher';
import { ApiFailure } from '../api-error';
import { auditCall } from '../audit/audit-log';
import { repositoriesOf } from '../data/station-data';
import type { StationContext } from '../context';
import type { Db } from '../store/db';
import { staffIdOf, toOutbox, writeWorker } from './desk-write';
import { checkTransition } from './referral-flow';
import { ensureProfile } from './worker-record';

function insertService(
  db: Db,
  s: { id: string; workerId: string; kind: string; jobId?: string; referralId?: string; note: string },
  caller: CallContext,
  now: Date,
  day: string,
): boolean {
  // The id is the event id: a retry, or the same action arriving from another terminal, counts once.
  if (db.get('SELECT 1 AS x FROM service_records WHERE id = ?', [s.id])) return false;
  db.run(
    `INSERT INTO service_records (id, worker_id, kind, job_id, referral_id, note, at, day, staff_id, terminal)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      s.id,
      s.workerId,
      s.kind,
      s.jobId ?? null,
      s.referralId ?? null,
      s.note,
      now.toISOString(),
      day,
      staffIdOf(caller),
      caller.terminal,
    ],
  );
  return true;
}

export function recordService(
  ctx: StationContext,
  input: MethodParsed<'services.record'>,
  caller: CallContext,
): Promise<WorkerRecord> {
  return writeWorker(ctx, input.workerId, (db, now) => {
    const id = input.eventId ?? randomUUID();
    const day = ctx.clock.dayOf(now);
    const service = { id, workerId: input.workerId, kind: input.kind, note: input.note };
    if (!insertService(db, service, caller, now, day)) return;
    auditCall(repositoriesOf(db), caller, now, 'services.record', input.workerId, { kind: input.kind });
    toOutbox(ctx, db, 'service.recorded', {
      id,
      workerId: input.workerId,
      kind: input.kind,
      day,
    });
  });
}

export function findJob(db: Db, jobId: string): Job {
  const row = db.get<{ data: string }>('SELECT data FROM jobs WHERE id = ?', [jobId]);
  if (!row) throw new ApiFailure('not_found', `找不到岗位 ${jobId}`);
  return JSON.parse(row.data) as Job;
}

/** A referral is also a ledger entry (one of the three 1131 referrals). */
export function createReferral(
  ctx: StationContext,
  input: MethodParsed<'referrals.create'>,
  caller: CallContext,
): Promise<WorkerRecord> {
  return writeWorker(ctx, input.workerId, (db, now) => {
    const job = findJob(db, input.jobId);
    if (job.status !== 'open') throw new ApiFailure('conflict', '这个岗位已关闭或已招满，不能再推荐');
    if (openReferralOf(db, input.workerId, input.jobId))
      throw new ApiFailure('conflict', '已经推荐过这个岗位，结果还没有登记');
    const id = input.eventId ?? randomUUID();
    openReferral(ctx, db, { id, workerId: input.workerId, job, status: input.status }, caller, now);
    auditCall(repositoriesOf(db), caller, now, 'referrals.create', input.workerId, {
      referral: id,
      job: job.id,
    });
  });
}

/** The referral of this worker to this job that has no result yet, if any. */
export function openReferralOf(
  db: Db,
  workerId: string,
  jobId: string,
): { id: string; status: ReferralStatus; version: number } | undefined {
  return db.get<{ id: string; status: ReferralStatus; version: number }>(
    "SELECT id, status, version FROM referrals WHERE worker_id = ? AND job_id = ? AND status IN ('applied', 'referred', 'interviewed')",
    [workerId, jobId],
  );
}

/**
 * Writes a new referral with its first event and its ledger entry, inside the caller's transaction
 * (the desk's referrals.create, or a booth recording an outcome for an applicant).
 */
export function openReferral(
  ctx: StationContext,
  db: Db,
  r: { id: string; workerId: string; job: Job; status: 'applied' | 'referred' },
  caller: CallContext,
  now: Date,
): void {
  const { id, job } = r;
  const at = now.toISOString();
  const day = ctx.clock.dayOf(now);
  db.run(
    `INSERT INTO referrals (id, worker_id, job_id, employer_id, job_title, employer_name, occupation, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, r.workerId, job.id, job.employer.id, job.title, job.employer.name, job.occupation, r.status, at, at],
  );
  insertReferralEvent(db, id, r.status, undefined, '', caller, now, day);
  insertService(
    db,
    { id: `ref-${id}`, workerId: r.workerId, kind: 'referral', jobId: job.id, referralId: id, note: '' },
    caller,
    now,
    day,
  );
  toOutbox(ctx, db, 'application.updated', {
    referralId: id,
    workerId: r.workerId,
    jobId: job.id,
    status: r.status,
  });
  toOutbox(ctx, db, 'service.recorded', {
    id: `ref-${id}`,
    workerId: r.workerId,
    kind: 'referral',
    day,
  });
}

function insertReferralEvent(
  db: Db,
  referralId: string,
  status: string,
  side: string | undefined,
  reason: string,
  caller: CallContext,
  now: Date,
  day: string,
) {
  db.run(
    `INSERT INTO referral_events (id, referral_id, status, side, reason, at, day, staff_id, terminal)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      randomUUID(),
      referralId,
      status,
      side ?? null,
      reason,
      now.toISOString(),
      day,
      staffIdOf(caller),
      caller.terminal,
    ],
  );
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
  const ref = ctx.store.read((db) =>
    db.get<{ worker_id: string }>('SELECT worker_id FROM referrals WHERE id = ?', [input.referralId]),
  );
  if (!ref) throw new ApiFailure('not_found', '找不到这条推荐记录');
  let moved: MovedReferral | undefined;
  const record = await writeWorker(ctx, ref.worker_id, (db, now) => {
    moved = moveReferral(ctx, db, input, caller, now);
    auditCall(repositoriesOf(db), caller, now, 'referrals.update', ref.worker_id, {
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
  db: Db,
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
  const r = db.get<{
    status: ReferralStatus;
    version: number;
    job_id: string;
    worker_id: string;
    employer_id: string;
  }>('SELECT status, version, job_id, worker_id, employer_id FROM referrals WHERE id = ?', [
    input.referralId,
  ]);
  if (!r) throw new ApiFailure('not_found', '找不到这条推荐记录');
  if (r.version !== input.version) {
    throw new ApiFailure('conflict', '这条推荐刚被别人更新过，您的修改没有保存。请看最新状态后再操作。');
  }
  const check = checkTransition(r.status, input.status, input.side, input.reason);
  if (!check.ok) throw new ApiFailure('invalid_input', check.message);
  db.run(
    'UPDATE referrals SET status = ?, side = ?, reason = ?, version = version + 1, updated_at = ? WHERE id = ?',
    [
      input.status,
      input.status === 'no-show' ? (input.side ?? null) : null,
      input.reason,
      now.toISOString(),
      input.referralId,
    ],
  );
  insertReferralEvent(
    db,
    input.referralId,
    input.status,
    input.side,
    input.reason,
    caller,
    now,
    ctx.clock.dayOf(now),
  );
  toOutbox(ctx, db, 'application.updated', {
    referralId: input.referralId,
    workerId: r.worker_id,
    jobId: r.job_id,
    status: input.status,
  });
  const filledJob =
    input.status === 'hired' ? recordHire(ctx, db, r.worker_id, r.job_id, caller, now, placement) : undefined;
  return { filledJob, employerId: r.employer_id };
}

function recordHire(
  ctx: StationContext,
  db: Db,
  workerId: string,
  jobId: string,
  caller: CallContext,
  now: Date,
  placement: Record<string, unknown>,
): Job | undefined {
  const row = db.get<{ data: string }>('SELECT data FROM jobs WHERE id = ?', [jobId]);
  let updated: Job | undefined;
  if (row) {
    const job = JSON.parse(row.data) as Job;
    const filled = Math.min(job.headcount, job.filled + 1);
    updated = {
      ...job,
      filled,
      status: filled >= job.headcount ? 'filled' : job.status,
      updatedAt: now.toISOString(),
    };
    db.run('UPDATE jobs SET status = ?, updated_at = ?, data = ? WHERE id = ?', [
      updated.status,
      updated.updatedAt,
      JSON.stringify(updated),
      jobId,
    ]);
  }
  const p = ensureProfile(db, workerId);
  if (p.outcome !== 'employed') {
    db.run(
      `UPDATE worker_profiles SET outcome = 'employed', outcome_job_id = ?, outcome_employer = ?, outcome_date = ?,
         outcome_via_station = 1, outcome_at = ?, version = version + 1, updated_at = ?, updated_by = ? WHERE worker_id = ?`,
      [
        jobId,
        row ? (JSON.parse(row.data) as Job).employer.name : null,
        ctx.clock.dayOf(now),
        now.toISOString(),
        now.toISOString(),
        staffIdOf(caller),
        workerId,
      ],
    );
  }
  toOutbox(ctx, db, 'placement.recorded', {
    ...placement,
    workerId,
    jobId,
    date: ctx.clock.dayOf(now),
    viaStation: true,
  });
  return updated;
}

export function recordFollowUp(
  ctx: StationContext,
  input: MethodParsed<'followUps.record'>,
  caller: CallContext,
): Promise<WorkerRecord> {
  return writeWorker(ctx, input.workerId, (db, now) => {
    const today = ctx.clock.dayOf(now);
    if (input.nextDue && input.nextDue <= today)
      throw new ApiFailure('invalid_input', '下次回访日期要在今天之后');
    db.run(
      `INSERT INTO follow_ups (id, worker_id, day, result, note, next_due, at, staff_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        randomUUID(),
        input.workerId,
        today,
        input.result,
        input.note,
        input.nextDue ?? null,
        now.toISOString(),
        staffIdOf(caller),
      ],
    );
    auditCall(repositoriesOf(db), caller, now, 'follow_ups.record', input.workerId, { result: input.result });
  });
}

/** A worker's report against an employer goes on the employer's record (see employerRecord) and into matching. */
export async function reportEmployer(
  ctx: StationContext,
  input: MethodParsed<'employers.report'>,
  caller: CallContext,
): Promise<WorkerRecord> {
  const record = await writeWorker(ctx, input.workerId, (db, now) => {
    db.run(
      `INSERT INTO employer_reports (id, employer_id, worker_id, job_id, kind, note, at, staff_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        randomUUID(),
        input.employerId,
        input.workerId,
        input.jobId ?? null,
        input.kind,
        input.note,
        now.toISOString(),
        staffIdOf(caller),
      ],
    );
    auditCall(repositoriesOf(db), caller, now, 'employers.report', input.employerId, { kind: input.kind });
  });
  ctx.match.employerChanged(input.employerId);
  return record;
}
