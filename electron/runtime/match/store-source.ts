/** Feeding the engine from the station's store: every cached job, parsed from the jobs table's JSON. */
import debug from 'debug';
import { jobSchema, type Job } from '../../schema/job';
import type { Db } from '../store/db';
import type { EmployerRecord } from './worker';

const log = debug('station:match');

/**
 * Jobs in the store, one at a time (the engine indexes as they come). Rows that no longer parse
 * (written by an older schema) are skipped and counted rather than stopping start-up.
 */
export function* jobsFromStore(db: Db): Generator<Job> {
  let skipped = 0;
  for (const row of db.all<{ data: string }>('SELECT data FROM jobs')) {
    const parsed = jobSchema.safeParse(JSON.parse(row.data));
    if (parsed.success) yield parsed.data;
    else skipped++;
  }
  if (skipped) log('skipped %d stored jobs that no longer parse', skipped);
}

/**
 * Every employer with something on their record: workers' reports (unpaid wages, sent home early)
 * and no-shows on the employer's side of a referral. Small tables, read whole, so a match never
 * queries the store per job.
 */
export function employerRecordsFromStore(db: Db): Map<string, EmployerRecord> {
  const out = new Map<string, EmployerRecord>();
  const at = (id: string) => {
    let r = out.get(id);
    if (!r) out.set(id, (r = { disputes: 0, noShows: 0 }));
    return r;
  };
  for (const r of db.all<{ id: string; n: number }>(
    `SELECT employer_id AS id, count(*) AS n FROM employer_reports
      WHERE kind IN ('unpaid-wages', 'sent-home-early') GROUP BY employer_id`,
  ))
    at(r.id).disputes = Number(r.n);
  for (const r of db.all<{ id: string; n: number }>(
    `SELECT employer_id AS id, count(*) AS n FROM referrals
      WHERE status = 'no-show' AND side = 'employer' AND employer_id IS NOT NULL GROUP BY employer_id`,
  ))
    at(r.id).noShows = Number(r.n);
  return out;
}
