import { createHash, randomUUID } from 'node:crypto';
import createDebug from 'debug';
import { jobSchema } from '../../schema/job';
import type { DeskJob, Job, MethodParsed, Page, SavedJob } from '../../api';
import type { CallContext } from '../../dispatcher';
import { ApiFailure } from '../api-error';
import { auditCall } from '../audit/audit-log';
import type { Repositories } from '../data/repositories';
import type { StationContext } from '../context';
import { hasPlaces, isOpen } from '../jobs/visibility';
import { loadTaxonomy } from '../match/taxonomy';
import { todayStats } from '../stats';
import { isStale, seekerCutoff } from './job-freshness';
import { findJob } from './service-ledger';

const log = createDebug('station:desk');

type Draft = MethodParsed<'jobs.post'>['draft'];

/** `today` is the station's day of `now`. */
export function toDeskJob(job: Job, now: Date, today: string, reconfirmDays: number): DeskJob {
  const stale = isStale(job, now, reconfirmDays);
  return {
    job,
    stale,
    needsReview: job.sexRequirement !== undefined,
    // jobs/visibility's rule, by its parts: the desk has the station's day at hand, not its zone.
    shownToSeekers: isOpen(job) && hasPlaces(job) && job.validThrough >= today && !stale,
  };
}

export function searchDeskJobs(
  tx: Repositories,
  input: MethodParsed<'jobs.deskSearch'>,
  now: Date,
  today: string,
  reconfirmDays: number,
): Page<DeskJob> {
  const { total, jobs } = tx.jobs.deskSearch({
    status: input.status === 'all' ? undefined : input.status,
    unconfirmedBefore: input.attention ? seekerCutoff(now, reconfirmDays) : undefined,
    q: input.q?.trim() || undefined,
    limit: input.limit,
    offset: input.offset,
  });
  return { total, items: jobs.map((job) => toDeskJob(job, now, today, reconfirmDays)) };
}

/** A hall employer without a platform id gets a stable one from its name, so reports about it add up. */
export const employerIdFor = (name: string) =>
  `hall-e-${createHash('sha256').update(name.trim()).digest('hex').slice(0, 12)}`;

function validated(job: Job): Job {
  const parsed = jobSchema.safeParse(job);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ApiFailure('invalid_input', `岗位信息有误：${first?.path.join('.')} ${first?.message ?? ''}`);
  }
  return parsed.data;
}

function fromDraft(
  draft: Draft,
  base: Partial<Job> & Pick<Job, 'id' | 'postedAt' | 'source' | 'filled' | 'status'>,
  now: Date,
): Job {
  // Matching, the kiosk's tiles and the reports all go by the taxonomy: an unknown code would orphan the posting.
  if (!loadTaxonomy().occupation(draft.occupation))
    throw new ApiFailure('invalid_input', `工种“${draft.occupation}”不在工种目录里，请从列表中选择`);
  return buildJob(draft, base, now);
}

function buildJob(
  draft: Draft,
  base: Partial<Job> & Pick<Job, 'id' | 'postedAt' | 'source' | 'filled' | 'status'>,
  now: Date,
): Job {
  const { employer, ...rest } = draft;
  return validated({
    ...rest,
    id: base.id,
    employer: {
      id: employer.id ?? base.employer?.id ?? employerIdFor(employer.name),
      name: employer.name,
      agency: employer.agency,
    },
    certificates: base.certificates ?? [],
    publicWelfare: base.publicWelfare ?? false,
    filled: base.filled,
    status: base.status,
    postedAt: base.postedAt,
    updatedAt: now.toISOString(),
    ...(base.confirmedAt ? { confirmedAt: base.confirmedAt } : {}),
    ...(base.geo ? { geo: base.geo } : {}),
    source: base.source,
  });
}

async function save(
  ctx: StationContext,
  caller: CallContext,
  job: Job,
  action: 'jobs.post' | 'jobs.edit',
): Promise<SavedJob> {
  const now = ctx.now();
  await ctx.data.write((tx) => {
    tx.jobs.upsert(job);
    // Postings made in the hall reach the platform, in the same transaction as the posting.
    tx.outbox.add({
      type: action === 'jobs.post' ? 'job.posted' : 'job.updated',
      at: now,
      payload: { ...job },
    });
    auditCall(
      tx,
      caller,
      now,
      action,
      job.id,
      job.sexRequirement ? { review: 'sex-requirement' } : undefined,
    );
  });
  log('%s %s', action, job.id);
  // Kiosk matching and every screen listing jobs see the posting at once.
  ctx.sync.jobsChanged({ upserted: [job], removed: [], source: 'hall' });
  ctx.bus.emit('stats.changed', todayStats(ctx));
  // 就业促进法: a one-sex requirement is kept for staff to take up with the employer, not refused.
  return {
    job: toDeskJob(job, now, ctx.clock.dayOf(now), ctx.config.desk.reconfirmDays),
    warnings: job.sexRequirement ? ['sex-requirement'] : [],
  };
}

export function postJob(
  ctx: StationContext,
  input: MethodParsed<'jobs.post'>,
  caller: CallContext,
): Promise<SavedJob> {
  const now = ctx.now();
  if (input.draft.validThrough < ctx.clock.dayOf(now)) throw new ApiFailure('invalid_input', '截止日期已过');
  const at = now.toISOString();
  // Posted by staff on the employer's word: that is a confirmation.
  const job = fromDraft(
    input.draft,
    {
      id: `hall-${randomUUID().slice(0, 8)}`,
      postedAt: at,
      confirmedAt: at,
      source: 'hall',
      filled: 0,
      status: 'open',
    },
    now,
  );
  return save(ctx, caller, job, 'jobs.post');
}

export function editJob(
  ctx: StationContext,
  input: MethodParsed<'jobs.edit'>,
  caller: CallContext,
): Promise<SavedJob> {
  const now = ctx.now();
  const current = ctx.data.read((tx) => findJob(tx, input.jobId));
  if (input.draft.headcount < current.filled) {
    throw new ApiFailure('invalid_input', `已录用${current.filled}人，招聘人数不能少于这个数`);
  }
  return save(ctx, caller, fromDraft(input.draft, current, now), 'jobs.edit');
}

async function change(
  ctx: StationContext,
  caller: CallContext,
  jobId: string,
  action: 'jobs.status' | 'jobs.confirm',
  f: (j: Job, now: Date) => Job,
): Promise<DeskJob> {
  const now = ctx.now();
  const job = await ctx.data.write((tx) => {
    const next = validated(f(findJob(tx, jobId), now));
    tx.jobs.upsert(next);
    tx.outbox.add({ type: 'job.updated', at: now, payload: { ...next } });
    auditCall(tx, caller, now, action, jobId, action === 'jobs.status' ? { status: next.status } : undefined);
    return next;
  });
  ctx.sync.jobsChanged({ upserted: [job], removed: [], source: 'hall' });
  ctx.bus.emit('stats.changed', todayStats(ctx));
  return toDeskJob(job, now, ctx.clock.dayOf(now), ctx.config.desk.reconfirmDays);
}

export function setJobStatus(
  ctx: StationContext,
  input: MethodParsed<'jobs.setStatus'>,
  caller: CallContext,
): Promise<DeskJob> {
  return change(ctx, caller, input.jobId, 'jobs.status', (j, now) => {
    if (input.status === 'open' && j.validThrough < ctx.clock.dayOf(now))
      throw new ApiFailure('conflict', '截止日期已过，请先修改截止日期再重新开放');
    return { ...j, status: input.status, updatedAt: now.toISOString() };
  });
}

export function confirmJob(
  ctx: StationContext,
  input: MethodParsed<'jobs.confirm'>,
  caller: CallContext,
): Promise<DeskJob> {
  return change(ctx, caller, input.jobId, 'jobs.confirm', (j, now) => ({
    ...j,
    confirmedAt: now.toISOString(),
    updatedAt: now.toISOString(),
  }));
}
