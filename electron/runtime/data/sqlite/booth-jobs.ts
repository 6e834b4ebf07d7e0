import type { Job } from '../../../schema/job';
import type { Db } from '../../store/db';
import type { BoothJobsRepository } from '../booth-jobs';
import { reader, type Row } from '../rows';
import { storedJob } from './jobs';

const job = (row: Row): Job => reader('jobs', row).json('data', storedJob);

function countsPerJob(rows: Row[], table: string): Map<string, number> {
  return new Map(
    rows.map((row) => {
      const r = reader(table, row);
      return [r.text('job_id'), r.int('n')] as const;
    }),
  );
}

export function sqliteBoothJobs(db: Db): BoothJobsRepository {
  return {
    postingsOf: (employerId, limit) =>
      db
        .all(
          "SELECT data FROM jobs WHERE employer_id = ? ORDER BY (status = 'open') DESC, updated_at DESC, id LIMIT ?",
          [employerId, limit],
        )
        .map(job),
    openOn: (employerId, day) =>
      db
        .all(
          "SELECT data FROM jobs WHERE employer_id = ? AND status = 'open' AND valid_through >= ? ORDER BY updated_at DESC",
          [employerId, day],
        )
        .map(job),
    applicationsPerJob: (employerId) =>
      countsPerJob(
        db.all(
          'SELECT job_id, count(DISTINCT worker_id) AS n FROM referrals WHERE employer_id = ? AND applied_at IS NOT NULL GROUP BY job_id',
          [employerId],
        ),
        'referrals',
      ),
    hiresPerJob: (employerId) =>
      countsPerJob(
        db.all(
          "SELECT job_id, count(DISTINCT worker_id) AS n FROM referrals WHERE employer_id = ? AND status = 'hired' GROUP BY job_id",
          [employerId],
        ),
        'referrals',
      ),
  };
}
