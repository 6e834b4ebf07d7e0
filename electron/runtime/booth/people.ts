import type { AgreedPay, BoothOutcome, CandidateOutcome, CandidateView, Job, PayUnit } from '../../api';
import { ApiFailure } from '../api-error';
import { createCertificateBook } from '../match/certificates';
import { loadTaxonomy, type OccupationFit } from '../match/taxonomy';
import { comparableDaily, dailyWage } from '../match/wage';
import { occupationName } from '../reports/occupation-names';
import type { Db } from '../store/db';
import { maskName } from '../workers/masking';
import { ageOn } from '../workers/repository';
import type { Assignment } from './assignments';

/** Where a booth stands when it looks at people: whose booth, which day, what time. */
export interface BoothScope {
  assignment: Assignment;
  day: string;
  now: Date;
}

interface PersonRow {
  id: string;
  name: string;
  birth_date: string | null;
  phone: string | null;
  share: number;
  occupations: string | null;
  expected_pay: string | null;
  answers: string | null;
  outcome: string | null;
}

const PERSON = `SELECT w.id, w.name, w.birth_date, w.phone, w.share_with_employers AS share,
    p.occupations, p.expected_pay, p.kiosk_answers AS answers, p.outcome
  FROM workers w LEFT JOIN worker_profiles p ON p.worker_id = w.id`;

interface Wishes {
  occupations: string[];
  certificates: string[];
  expectedDailyPay: number | null;
}

const parse = <T>(json: string | null, fallback: T): T => {
  if (!json) return fallback;
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
};

/** The desk's columns first (staff may have corrected them), the kiosk's answers for the rest. */
function wishesOf(r: PersonRow): Wishes {
  const answers = parse<{ occupations?: string[]; certificates?: string[]; expectedDailyPay?: number }>(
    r.answers,
    {},
  );
  const occupations = parse<string[]>(r.occupations, []);
  const pay = parse<{ amount: number; unit: PayUnit } | null>(r.expected_pay, null);
  const daily = pay ? comparableDaily(dailyWage(pay)) : null;
  return {
    occupations: occupations.length ? occupations : (answers.occupations ?? []),
    certificates: answers.certificates ?? [],
    expectedDailyPay: answers.expectedDailyPay ?? daily,
  };
}

/** Applied to this employer's jobs, or agreed to be shown to employers: nobody else, ever. */
export function mayShow(db: Db, employerId: string, workerId: string): boolean {
  return (
    db.get(
      `SELECT 1 AS x FROM workers w WHERE w.id = ? AND (w.share_with_employers = 1
         OR EXISTS (SELECT 1 FROM applications a WHERE a.worker_id = w.id AND a.employer_id = ?))`,
      [workerId, employerId],
    ) !== undefined
  );
}

export function requireShowable(db: Db, employerId: string, workerId: string): void {
  if (!db.get('SELECT 1 AS x FROM workers WHERE id = ?', [workerId]))
    throw new ApiFailure('not_found', '找不到这位求职者（可能已被删除）');
  if (!mayShow(db, employerId, workerId))
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
    if (certBook().firstMissing(job.certificates, held) !== undefined) continue;
    out.push({ job, rank });
  }
  return out.sort((a, b) => b.rank - a.rank);
}

export function openJobsOf(db: Db, employerId: string, day: string): Job[] {
  return db
    .all<{ data: string }>(
      "SELECT data FROM jobs WHERE employer_id = ? AND status = 'open' AND valid_through >= ? ORDER BY updated_at DESC",
      [employerId, day],
    )
    .map((r) => JSON.parse(r.data) as Job)
    .filter((j) => j.filled < j.headcount);
}

/**
 * What a booth may see of each person: masked name, age, wishes, and the booth's own dealings with
 * them. The phone only with the person's consent to be shown to employers.
 */
export function candidateViews(db: Db, scope: BoothScope, workerIds: readonly string[]): CandidateView[] {
  if (workerIds.length === 0) return [];
  const employerId = scope.assignment.employerId;
  const booth = scope.assignment.booth;
  const jobs = openJobsOf(db, employerId, scope.day);
  const marks = workerIds.map(() => '?').join(', ');
  const people = new Map(
    db.all<PersonRow>(`${PERSON} WHERE w.id IN (${marks})`, [...workerIds]).map((r) => [r.id, r]),
  );
  const applied = db.all<{ worker_id: string; job_id: string; job_title: string; created_at: string }>(
    `SELECT worker_id, job_id, job_title, created_at FROM applications
      WHERE employer_id = ? AND worker_id IN (${marks}) ORDER BY created_at DESC`,
    [employerId, ...workerIds],
  );
  const outcomes = db.all<{
    worker_id: string;
    job_id: string;
    outcome: BoothOutcome;
    start_date: string | null;
    agreed_pay: string | null;
    at: string;
    title: string | null;
  }>(
    `SELECT o.worker_id, o.job_id, o.outcome, o.start_date, o.agreed_pay, o.at, j.title
       FROM booth_outcomes o LEFT JOIN jobs j ON j.id = o.job_id
      WHERE o.employer_id = ? AND o.worker_id IN (${marks}) ORDER BY o.at DESC`,
    [employerId, ...workerIds],
  );
  const visits = db.all<{ worker_id: string; kind: string; at: string; settled_at: string | null }>(
    `SELECT worker_id, kind, at, settled_at FROM booth_visits
      WHERE booth = ? AND day = ? AND employer_id = ? AND worker_id IN (${marks}) ORDER BY at DESC`,
    [booth, scope.day, employerId, ...workerIds],
  );
  const inHall = new Set(
    db
      .all<{ worker_id: string }>(
        `SELECT DISTINCT worker_id FROM visits WHERE day = ? AND worker_id IN (${marks})`,
        [scope.day, ...workerIds],
      )
      .map((r) => r.worker_id),
  );
  const views: CandidateView[] = [];
  for (const id of workerIds) {
    const r = people.get(id);
    if (!r) continue;
    const wishes = wishesOf(r);
    const age = r.birth_date ? ageOn(r.birth_date, scope.now) : null;
    const o = outcomes.find((x) => x.worker_id === id);
    const outcome: CandidateOutcome | null = o
      ? {
          jobId: o.job_id,
          jobTitle: o.title ?? '',
          outcome: o.outcome,
          startDate: o.start_date,
          agreedPay: parse<AgreedPay | null>(o.agreed_pay, null),
          at: o.at,
        }
      : null;
    const mine = visits.filter((v) => v.worker_id === id);
    views.push({
      workerId: id,
      maskedName: maskName(r.name),
      age,
      occupations: wishes.occupations.map((code) => ({ code, name: occupationName(code) })),
      certificates: wishes.certificates,
      expectedDailyPay: wishes.expectedDailyPay,
      phone: r.share === 1 && r.phone ? r.phone : null,
      applied: applied
        .filter((a) => a.worker_id === id)
        .map((a) => ({ jobId: a.job_id, title: a.job_title, at: a.created_at })),
      fits: fitsOf(wishes, age, jobs).map((f) => ({ jobId: f.job.id, title: f.job.title })),
      outcome,
      calledAt: mine.find((v) => v.kind === 'called')?.at ?? null,
      present: mine.some((v) => v.kind === 'identified' && v.settled_at === null),
      inHallToday: inHall.has(id),
    });
  }
  return views;
}

/** Everyone who applied to the employer's jobs, latest application first. */
export function applicantIds(db: Db, employerId: string, limit = 100): string[] {
  return db
    .all<{ worker_id: string }>(
      `SELECT worker_id, max(created_at) AS last FROM applications WHERE employer_id = ?
        GROUP BY worker_id ORDER BY last DESC LIMIT ?`,
      [employerId, limit],
    )
    .map((r) => r.worker_id);
}

/**
 * People who agreed to be shown to employers and whose wishes fit one of the employer's open jobs
 * (or the one job asked about): those in the hall today first, then the closer trade, then the
 * more recently seen. Sex is never looked at (就业促进法).
 */
export function matchedIds(db: Db, scope: BoothScope, limit: number, jobId?: string): string[] {
  const jobs = openJobsOf(db, scope.assignment.employerId, scope.day).filter((j) => !jobId || j.id === jobId);
  if (jobs.length === 0) return [];
  const rows = db.all<PersonRow & { last_seen_at: string; today: number }>(
    `${PERSON.replace('SELECT ', 'SELECT w.last_seen_at, EXISTS (SELECT 1 FROM visits v WHERE v.worker_id = w.id AND v.day = ?) AS today, ')}
      WHERE w.share_with_employers = 1 AND coalesce(p.outcome, 'seeking') <> 'not-seeking'
      ORDER BY w.last_seen_at DESC LIMIT 5000`,
    [scope.day],
  );
  return rows
    .map((r) => {
      const age = r.birth_date ? ageOn(r.birth_date, scope.now) : null;
      const best = fitsOf(wishesOf(r), age, jobs)[0]?.rank ?? 0;
      return { id: r.id, best, today: Number(r.today), seen: r.last_seen_at };
    })
    .filter((c) => c.best > 0)
    .sort((a, b) => b.today - a.today || b.best - a.best || (a.seen < b.seen ? 1 : a.seen > b.seen ? -1 : 0))
    .slice(0, limit)
    .map((c) => c.id);
}
