import type { BoothJob, Job, MethodParsed } from '../../api';
import type { CallContext } from '../../dispatcher';
import { ApiFailure } from '../api-error';
import type { StationContext } from '../context';
import { editJob, postJob, setJobStatus } from '../desk/desk-jobs';
import { findJob } from '../desk/service-ledger';
import { comparableDaily, dailyWage } from '../match/wage';
import type { Db } from '../store/db';
import { employerAtBooth, type Assignment } from './assignments';

type BoothDraft = MethodParsed<'booth.postJob'>['draft'];

/** The employer's postings, open first, with how many applied and how many were hired. */
export function employerJobs(db: Db, employerId: string): BoothJob[] {
  const jobs = db
    .all<{ data: string }>(
      "SELECT data FROM jobs WHERE employer_id = ? ORDER BY (status = 'open') DESC, updated_at DESC, id LIMIT 60",
      [employerId],
    )
    .map((r) => JSON.parse(r.data) as Job);
  const applied = new Map(
    db
      .all<{ job_id: string; n: number }>(
        'SELECT job_id, count(*) AS n FROM applications WHERE employer_id = ? GROUP BY job_id',
        [employerId],
      )
      .map((r) => [r.job_id, Number(r.n)]),
  );
  const hired = new Map(
    db
      .all<{ job_id: string; n: number }>(
        "SELECT job_id, count(DISTINCT worker_id) AS n FROM referrals WHERE employer_id = ? AND status = 'hired' GROUP BY job_id",
        [employerId],
      )
      .map((r) => [r.job_id, Number(r.n)]),
  );
  return jobs.map((job) => ({
    job,
    daily: comparableDaily(dailyWage(job.pay)),
    applicants: applied.get(job.id) ?? 0,
    hires: hired.get(job.id) ?? 0,
  }));
}

function boothJob(ctx: StationContext, employerId: string, jobId: string): BoothJob {
  const found = ctx.store.read((db) => employerJobs(db, employerId)).find((j) => j.job.id === jobId);
  if (!found) throw new ApiFailure('not_found', '找不到这个岗位');
  return found;
}

/** A job of the booth's employer; another employer's job is refused, whatever its id. */
export function ownJob(db: Db, a: Assignment, jobId: string): Job {
  const job = findJob(db, jobId);
  if (job.employer.id !== a.employerId) throw new ApiFailure('forbidden', '这个岗位不属于本摊位的单位');
  return job;
}

const withEmployer = (draft: BoothDraft, a: Assignment) => ({
  ...draft,
  employer: { id: a.employerId, name: a.employerName, agency: a.agency },
});

/** Posted at the booth with the desk's rules; the employer is always the booth's own. */
export async function postBoothJob(
  ctx: StationContext,
  caller: CallContext,
  draft: BoothDraft,
): Promise<BoothJob> {
  const a = ctx.store.read((db) => employerAtBooth(db, caller, ctx.now()));
  const saved = await postJob(ctx, { draft: withEmployer(draft, a) }, caller);
  return boothJob(ctx, a.employerId, saved.job.job.id);
}

export async function editBoothJob(
  ctx: StationContext,
  caller: CallContext,
  jobId: string,
  draft: BoothDraft,
): Promise<BoothJob> {
  const a = ctx.store.read((db) => {
    const a = employerAtBooth(db, caller, ctx.now());
    ownJob(db, a, jobId);
    return a;
  });
  await editJob(ctx, { jobId, draft: withEmployer(draft, a) }, caller);
  return boothJob(ctx, a.employerId, jobId);
}

export async function setBoothJobStatus(
  ctx: StationContext,
  caller: CallContext,
  jobId: string,
  status: 'open' | 'closed' | 'filled',
): Promise<BoothJob> {
  const a = ctx.store.read((db) => {
    const a = employerAtBooth(db, caller, ctx.now());
    ownJob(db, a, jobId);
    return a;
  });
  await setJobStatus(ctx, { jobId, status }, caller);
  return boothJob(ctx, a.employerId, jobId);
}
