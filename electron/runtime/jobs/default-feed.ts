import { readFile } from 'node:fs/promises';
import createDebug from 'debug';
import { z } from 'zod';
import { jobSchema, type Job } from '../../schema/job';
import { assetPath } from '../app-root';

const log = createDebug('station:jobs');

/** The sample feed shipped in assets/: what a station with no upstream starts on. */
export const defaultFeedPath = () => assetPath('jobs', 'sample-feed.json');

const feedSchema = z.object({ generatedFor: z.string(), jobs: z.array(z.unknown()) });

const DAY = 86_400_000;

/** Moves every date of a sample posting by whole days, so the demo feed is always current. */
function shiftDates(job: Job, days: number): Job {
  if (days === 0) return job;
  const t = (iso: string) => new Date(Date.parse(iso) + days * DAY).toISOString();
  const d = (ymd: string) => t(`${ymd}T12:00:00Z`).slice(0, 10);
  return {
    ...job,
    postedAt: t(job.postedAt),
    updatedAt: t(job.updatedAt),
    ...(job.confirmedAt ? { confirmedAt: t(job.confirmedAt) } : {}),
    startDate: d(job.startDate),
    validThrough: d(job.validThrough),
  };
}

/**
 * Reads and validates the embedded feed; an invalid posting is skipped with its reason logged, never stored.
 * The sample was generated as of one day; its dates are moved to `now` so a demo station never shows an
 * expired board.
 */
export async function loadDefaultFeed(
  now: Date,
  path = defaultFeedPath(),
): Promise<{ jobs: Job[]; rejected: number }> {
  const feed = feedSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  const days = Math.floor((now.getTime() - Date.parse(feed.generatedFor)) / DAY);
  const jobs: Job[] = [];
  let rejected = 0;
  for (const [i, item] of feed.jobs.entries()) {
    const parsed = jobSchema.safeParse(item);
    if (parsed.success) jobs.push(shiftDates(parsed.data, days));
    else {
      rejected++;
      log('sample feed item %d rejected: %s', i, parsed.error.issues[0]?.message);
    }
  }
  return { jobs, rejected };
}
