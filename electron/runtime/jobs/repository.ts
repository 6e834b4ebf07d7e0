import type { Job, Page } from '../../api';
import { confirmedSinceSql } from '../desk/job-freshness';
import type { Db } from '../store/db';

const UPSERT = `INSERT INTO jobs (id, status, district, occupation, employer_id, title, employer_name, valid_through, updated_at, data)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET status = excluded.status, district = excluded.district,
       occupation = excluded.occupation, employer_id = excluded.employer_id, title = excluded.title,
       employer_name = excluded.employer_name, valid_through = excluded.valid_through,
       updated_at = excluded.updated_at, data = excluded.data`;

const upsertParams = (job: Job) => [
  job.id,
  job.status,
  job.district,
  job.occupation,
  job.employer.id,
  job.title,
  job.employer.name,
  job.validThrough,
  job.updatedAt,
  JSON.stringify(job),
];

export function upsertJob(db: Db, job: Job): void {
  db.run(UPSERT, upsertParams(job));
}

/** Many jobs through one prepared statement: what a sync page or an import of thousands needs. */
export function upsertJobs(db: Db, jobs: Iterable<Job>): void {
  db.runMany(UPSERT, Array.from(jobs, upsertParams));
}

export function countJobs(db: Db): number {
  return Number(db.get<{ n: number }>('SELECT count(*) AS n FROM jobs')?.n ?? 0);
}

export function countOpenJobs(db: Db, today: string): number {
  return Number(
    db.get<{ n: number }>("SELECT count(*) AS n FROM jobs WHERE status = 'open' AND valid_through >= ?", [
      today,
    ])?.n ?? 0,
  );
}

export interface JobQuery {
  q?: string;
  district?: string;
  limit: number;
  offset: number;
  today: string;
  /** Only postings confirmed (or posted) since this instant: what seekers may see (desk/job-freshness). */
  confirmedSince?: string;
}

/** Open, unexpired jobs, newest first. Plain substring search until the search engine indexes the cache. */
export function listOpenJobs(db: Db, query: JobQuery): Page<Job> {
  const where = ["status = 'open'", 'valid_through >= ?'];
  const params: (string | number)[] = [query.today];
  if (query.district) {
    where.push('district = ?');
    params.push(query.district);
  }
  if (query.confirmedSince) {
    where.push(confirmedSinceSql);
    params.push(query.confirmedSince);
  }
  const q = query.q?.trim();
  if (q) {
    where.push("(title LIKE ? ESCAPE '\\' OR employer_name LIKE ? ESCAPE '\\')");
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    params.push(like, like);
  }
  const clause = `WHERE ${where.join(' AND ')}`;
  const total = Number(db.get<{ n: number }>(`SELECT count(*) AS n FROM jobs ${clause}`, params)?.n ?? 0);
  const rows = db.all<{ data: string }>(
    `SELECT data FROM jobs ${clause} ORDER BY updated_at DESC, id LIMIT ? OFFSET ?`,
    [...params, query.limit, query.offset],
  );
  return { total, items: rows.map((r) => JSON.parse(r.data) as Job) };
}
