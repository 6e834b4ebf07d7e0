import type { BoothJob, Job, MethodParsed } from '../../api';
import type { CallContext } from '../../dispatcher';
import { ApiFailure } from '../api-error';
import type { StationContext } from '../context';
import { editJob, postJob, setJobStatus } from '../desk/desk-jobs';
import { findJob } from '../desk/service-ledger';
import { comparableDaily, dailyWage } from '../match/wage';
import type { Assignment } from '../data/booths';
import type { Repositories } from '../data/repositories';
import { employerAtBooth } from './assignments';

type BoothDraft = MethodParsed<'booth.postJob'>['draft'];

/** A booth's tablet lists this many of its employer's postings. */
const LISTED_AT_BOOTH = 60;

/** The employer's postings, open first, with how many applied and how many were hired. */
export function employerJobs(tx: Repositories, employerId: string): BoothJob[] {
  const jobs = tx.boothJobs.postingsOf(employerId, LISTED_AT_BOOTH);
  const applied = tx.boothJobs.applicationsPerJob(employerId);
  const hired = tx.boothJobs.hiresPerJob(employerId);
  return jobs.map((job) => ({
    job,
    daily: comparableDaily(dailyWage(job.pay)),
    applicants: applied.get(job.id) ?? 0,
    hires: hired.get(job.id) ?? 0,
  }));
}

function boothJob(ctx: StationContext, employerId: string, jobId: string): BoothJob {
  const found = ctx.data.read((tx) => employerJobs(tx, employerId)).find((j) => j.job.id === jobId);
  if (!found) throw new ApiFailure('not_found', '找不到这个岗位');
  return found;
}

/** A job of the booth's employer; another employer's job is refused, whatever its id. */
export function ownJob(tx: Repositories, a: Assignment, jobId: string): Job {
  const job = findJob(tx, jobId);
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
  const a = ctx.data.read((tx) => employerAtBooth(tx, caller, ctx.clock.today()));
  const saved = await postJob(ctx, { draft: withEmployer(draft, a) }, caller);
  return boothJob(ctx, a.employerId, saved.job.job.id);
}

export async function editBoothJob(
  ctx: StationContext,
  caller: CallContext,
  jobId: string,
  draft: BoothDraft,
): Promise<BoothJob> {
  const a = ctx.data.read((tx) => {
    const a = employerAtBooth(tx, caller, ctx.clock.today());
    ownJob(tx, a, jobId);
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
  const a = ctx.data.read((tx) => {
    const a = employerAtBooth(tx, caller, ctx.clock.today());
    ownJob(tx, a, jobId);
    return a;
  });
  await setJobStatus(ctx, { jobId, status }, caller);
  return boothJob(ctx, a.employerId, jobId);
}
