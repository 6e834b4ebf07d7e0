import type { CandidateOutcome, CandidateView, Job } from '../../api';
import { ApiFailure } from '../api-error';
import { createCertificateBook } from '../match/certificates';
import { loadTaxonomy, type OccupationFit } from '../match/taxonomy';
import { comparableDaily, dailyWage } from '../match/wage';
import { occupationName } from '../reports/occupation-names';
import type { BoothPerson } from '../data/booth-people';
import type { Assignment } from '../data/booths';
import type { Repositories } from '../data/repositories';
import { maskName } from '../workers/masking';
import { ageOn } from '../workers/age';
import { placeOf } from './visits';

/** Where a booth stands when it looks at people: whose booth, which day, what time. */
export interface BoothScope {
  assignment: Assignment;
  day: string;
  now: Date;
}

interface Wishes {
  occupations: string[];
  certificates: string[];
  expectedDailyPay: number | null;
}

/** The desk's columns first (staff may have corrected them), the kiosk's answers for the rest. */
function wishesOf(p: BoothPerson): Wishes {
  const { answers, occupations } = p;
  const daily = p.expectedPay ? comparableDaily(dailyWage(p.expectedPay)) : null;
  return {
    occupations: occupations.length ? occupations : (answers.occupations ?? []),
    certificates: answers.certificates ?? [],
    expectedDailyPay: answers.expectedDailyPay ?? daily,
  };
}

/** Applied to this employer's jobs, or agreed to be shown to employers: nobody else, ever. */
export function requireShowable(tx: Repositories, employerId: string, workerId: string): void {
  if (!tx.workers.exists(workerId)) throw new ApiFailure('not_found', '找不到这位求职者（可能已被删除）');
  if (!tx.boothPeople.mayShow(employerId, workerId))
    throw new ApiFailure('forbidden', '这位求职者没有报名本单位的岗位，也没有同意向招聘单位展示信息');
}

const taxonomy = () => loadTaxonomy();
let certs: ReturnType<typeof createCertificateBook> | undefined;
const certBook = () => (certs ??= createCertificateBook(taxonomy().data.certificates));

const fitRank: Record<OccupationFit, number> = { exact: 3, 'minor-group': 2, group: 1, related: 0, none: 0 };

/** The employer's open jobs these wishes fit: a close enough trade, the age range, every certificate. */
function fitsOf(w: Wishes, age: number | null, jobs: readonly Job[]): { job: Job; rank: number }[] {
  if (w.occupations.length === 0) return [];
  const held = certBook().holdings(w.certificates);
  const out: { job: Job; rank: number }[] = [];
  for (const job of jobs) {
    const rank = Math.max(...w.occupations.map((o) => fitRank[taxonomy().fit(o, job.occupation)]));
    if (rank === 0) continue;
    if (
      age !== null &&
      ((job.ageMin !== undefined && age < job.ageMin) || (job.ageMax !== undefined && age > job.ageMax))
    )
      continue;
    if (certBook().missingFor(job, held) !== undefined) continue;
    out.push({ job, rank });
  }
  return out.sort((a, b) => b.rank - a.rank);
}

/** The employer's jobs a person could still be hired for: open, unexpired, places left. */
export function openJobsOf(tx: Repositories, employerId: string, day: string): Job[] {
  return tx.boothJobs.openOn(employerId, day).filter((j) => j.filled < j.headcount);
}

/**
 * The phone an employer may see: only when she ticked the consent screen's own box for it, whether
 * she applied to this employer or shares her profile with all of them. Untouched, nobody sees it.
 */
export function phoneForEmployers(p: Pick<BoothPerson, 'phone' | 'phoneToEmployers'>): string | null {
  return p.phoneToEmployers && p.phone ? p.phone : null;
}

/**
 * What a booth may see of each person (schema/worker.ts `employerFields`, which the consent screen
 * names): masked name, age, wishes, whether they came in today, and the booth's own dealings with
 * them. The phone only with its own consent (`phoneForEmployers`).
 */
export function candidateViews(
  tx: Repositories,
  scope: BoothScope,
  workerIds: readonly string[],
): CandidateView[] {
  if (workerIds.length === 0) return [];
  const employerId = scope.assignment.employerId;
  const jobs = openJobsOf(tx, employerId, scope.day);
  const people = new Map(tx.boothPeople.people(workerIds).map((p) => [p.id, p]));
  const applied = tx.boothPeople.applicationsTo(employerId, workerIds);
  const outcomes = tx.boothOutcomes.ofWorkers(employerId, workerIds);
  const visits = tx.boothVisits.ofWorkers(placeOf(scope), workerIds);
  const inHall = tx.boothPeople.inHall(scope.day, workerIds);
  const views: CandidateView[] = [];
  for (const id of workerIds) {
    const r = people.get(id);
    if (!r) continue;
    const wishes = wishesOf(r);
    const age = r.birthDate ? ageOn(r.birthDate, scope.day) : null;
    const o = outcomes.find((x) => x.workerId === id);
    const outcome: CandidateOutcome | null = o
      ? {
          jobId: o.jobId,
          jobTitle: o.jobTitle ?? '',
          outcome: o.outcome,
          startDate: o.startDate,
          agreedPay: o.agreedPay,
          at: o.at,
        }
      : null;
    const mine = visits.filter((v) => v.workerId === id);
    views.push({
      workerId: id,
      maskedName: maskName(r.name),
      age,
      occupations: wishes.occupations.map((code) => ({ code, name: occupationName(code) })),
      certificates: wishes.certificates,
      expectedDailyPay: wishes.expectedDailyPay,
      phone: phoneForEmployers(r),
      applied: applied
        .filter((a) => a.workerId === id)
        .map((a) => ({ jobId: a.jobId, title: a.jobTitle, at: a.at })),
      fits: fitsOf(wishes, age, jobs).map((f) => ({ jobId: f.job.id, title: f.job.title })),
      outcome,
      calledAt: mine.find((v) => v.kind === 'called')?.at ?? null,
      present: mine.some((v) => v.kind === 'identified' && v.settledAt === null),
      inHallToday: inHall.has(id),
    });
  }
  return views;
}

/** Everyone who applied to the employer's jobs, latest application first. */
export function applicantIds(tx: Repositories, employerId: string, limit = 100): string[] {
  return tx.boothPeople.applicants(employerId, limit);
}

/** How many of the most recently seen people who agreed to be shown a booth's match looks through. */
const MATCH_POOL = 5000;

/**
 * People who agreed to be shown to employers and whose wishes fit one of the employer's open jobs
 * (or the one job asked about): those in the hall today first, then the closer trade, then the
 * more recently seen. Sex is never looked at (就业促进法).
 */
export function matchedIds(tx: Repositories, scope: BoothScope, limit: number, jobId?: string): string[] {
  const jobs = openJobsOf(tx, scope.assignment.employerId, scope.day).filter((j) => !jobId || j.id === jobId);
  if (jobs.length === 0) return [];
  return tx.boothPeople
    .sharingSeekers(scope.day, MATCH_POOL)
    .map((p) => {
      const age = p.birthDate ? ageOn(p.birthDate, scope.day) : null;
      const best = fitsOf(wishesOf(p), age, jobs)[0]?.rank ?? 0;
      return { id: p.id, best, today: p.inHall ? 1 : 0, seen: p.lastSeenAt };
    })
    .filter((c) => c.best > 0)
    .sort((a, b) => b.today - a.today || b.best - a.best || (a.seen < b.seen ? 1 : a.seen > b.seen ? -1 : 0))
    .slice(0, limit)
    .map((c) => c.id);
}
