import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import createDebug from 'debug';
import { z } from 'zod';
import { jobSchema, type Job } from '../../schema/job';

const log = createDebug('station:jobs');

/** The sample feed shipped in assets/: what a station with no upstream starts on. */
export const defaultFeedPath = fileURLToPath(new URL('../../../assets/jobs/sample-feed.json', import.meta.url));

const feedSchema = z.object({ generatedFor: z.string(), jobs: z.array(z.unknown()) });

/** Reads and validates the embedded feed; an invalid posting is skipped with its reason logged, never stored. */
export async function loadDefaultFeed(path = defaultFeedPath): Promise<{ jobs: Job[]; rejected: number }> {
  const feed = feedSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  const jobs: Job[] = [];
  let rejected = 0;
  for (const [i, item] of feed.jobs.entries()) {
    const parsed = jobSchema.safeParse(item);
    if (parsed.success) jobs.push(parsed.data);
    else {
      rejected++;
      log('sample feed item %d rejected: %s', i, parsed.error.issues[0]?.message);
    }
  }
  return { jobs, rejected };
}
