import type { Job } from '../../../schema/job';
import type { Db } from '../../store/db';
import type { JobsRepository } from '../jobs';
import { countOf, reader } from '../rows';

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

/**
 * The stored document, trusted as a Job: it was checked against the job schema on its way into the
 * cache (sync/job-validation), and checking 100k documents again at every start-up is what a
 * kiosk restarting after a power cut cannot afford.
 */
export const storedJob = (value: unknown) => value as Job;

/** Bound parameters per statement, under SQLite's limit. */
const CHUNK = 500;

/** `updated_at` of the given ids in one of the cache's tables, a chunk of ids per query. */
function updatedAtIn(db: Db, table: 'jobs' | 'job_tombstones', idColumn: string, ids: readonly string[]) {
  const out = new Map<string, string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    const rows = db.all(
      `SELECT ${idColumn} AS id, updated_at FROM ${table} WHERE ${idColumn} IN (${part.map(() => '?').join(',')})`,
      part,
    );
    for (const row of rows) {
      const r = reader(table, row);
      out.set(r.text('id'), r.text('updated_at'));
    }
  }
  return out;
}

/**
 * desk/job-freshness's rule (a posting nobody confirmed within the days is stale) over the stored
 * document, with the cutoff as its parameter.
 */
const confirmedSinceSql =
  "julianday(coalesce(json_extract(data, '$.confirmedAt'), json_extract(data, '$.postedAt'))) >= julianday(?)";

export function sqliteJobs(db: Db): JobsRepository {
  return {
    upsert(job) {
      db.run(UPSERT, upsertParams(job));
    },
    byId(jobId) {
      const row = db.get('SELECT data FROM jobs WHERE id = ?', [jobId]);
      return row && reader('jobs', row).json('data', storedJob);
    },
    byIds(ids) {
      const out = new Map<string, Job>();
      for (let i = 0; i < ids.length; i += CHUNK) {
        const part = ids.slice(i, i + CHUNK);
        const rows = db.all(`SELECT data FROM jobs WHERE id IN (${part.map(() => '?').join(',')})`, part);
        for (const row of rows) {
          const job = reader('jobs', row).json('data', storedJob);
          out.set(job.id, job);
        }
      }
      return out;
    },
    saveFill(job) {
      db.run('UPDATE jobs SET status = ?, updated_at = ?, data = ? WHERE id = ?', [
        job.status,
        job.updatedAt,
        JSON.stringify(job),
        job.id,
      ]);
    },
    deskSearch(f) {
      const where: string[] = [];
      const params: (string | number)[] = [];
      if (f.status) {
        where.push('status = ?');
        params.push(f.status);
      }
      if (f.unconfirmedBefore !== undefined) {
        where.push(`(NOT (${confirmedSinceSql}) OR json_extract(data, '$.sexRequirement') IS NOT NULL)`);
        params.push(f.unconfirmedBefore);
      }
      if (f.q) {
        where.push("(title LIKE ? ESCAPE '\\' OR employer_name LIKE ? ESCAPE '\\' OR id = ?)");
        const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        params.push(like, like, f.q);
      }
      const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const total = countOf('jobs', db.get(`SELECT count(*) AS n FROM jobs ${clause}`, params));
      const jobs = db
        .all(`SELECT data FROM jobs ${clause} ORDER BY updated_at DESC, id LIMIT ? OFFSET ?`, [
          ...params,
          f.limit,
          f.offset,
        ])
        .map((row) => reader('jobs', row).json('data', storedJob));
      return { total, jobs };
    },
    upsertMany(jobs) {
      db.runMany(UPSERT, Array.from(jobs, upsertParams));
    },
    remove(jobId) {
      db.run('DELETE FROM jobs WHERE id = ?', [jobId]);
    },
    count: () => countOf('jobs', db.get('SELECT count(*) AS n FROM jobs')),
    all: () => db.all('SELECT data FROM jobs').map((row) => reader('jobs', row).json('data', storedJob)),
    batchAfter(after, limit) {
      // One JSON array per batch: 100k documents crossing out of sql.js one by one cost more than parsing them.
      const row = db.get(
        `SELECT max(r) AS last, '[' || group_concat(data, ',') || ']' AS batch
           FROM (SELECT rowid AS r, data FROM jobs WHERE rowid > ? ORDER BY rowid LIMIT ?)`,
        [after, limit],
      );
      const r = row && reader('jobs', row);
      const last = r?.intOrNull('last');
      if (!r || last === null || last === undefined) return undefined;
      return { last, jobs: r.json('batch', (v) => (v as unknown[]).map(storedJob)) };
    },
    updatedAt: (ids) => updatedAtIn(db, 'jobs', 'id', ids),
    buriedAt: (ids) => updatedAtIn(db, 'job_tombstones', 'job_id', ids),
    bury(jobId, updatedAt) {
      db.run(
        `INSERT INTO job_tombstones (job_id, updated_at) VALUES (?, ?)
         ON CONFLICT(job_id) DO UPDATE SET updated_at = max(updated_at, excluded.updated_at)`,
        [jobId, updatedAt],
      );
    },
    unbury(jobId) {
      db.run('DELETE FROM job_tombstones WHERE job_id = ?', [jobId]);
    },
    feedTop() {
      const row = db.get('SELECT max(seq) AS s FROM job_feed');
      return (row && reader('job_feed', row).intOrNull('s')) ?? 0;
    },
    feedAfter: (after, limit) =>
      db
        .all(
          `SELECT f.seq, f.job_id, f.deleted, j.data FROM job_feed f LEFT JOIN jobs j ON j.id = f.job_id
            WHERE f.seq > ? ORDER BY f.seq LIMIT ?`,
          [after, limit],
        )
        .map((row) => {
          const r = reader('job_feed', row);
          const data = r.textOrNull('data');
          return { seq: r.int('seq'), jobId: r.text('job_id'), document: r.bool('deleted') ? null : data };
        }),
  };
}
