/** Feeding the engine from the station's store: every cached job, parsed from the jobs table's JSON. */
import debug from 'debug';
import { jobSchema, type Job } from '../../schema/job';
import type { Db } from '../store/db';

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
