/**
 * Regenerates assets/jobs/sample-feed.json, the embedded default a station starts on:
 * `npx tsx assets/jobs/write-sample-feed.ts`. Deterministic; the committed file is its output.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateJobs } from './generator';

export const SAMPLE_AS_OF = '2026-11-21T09:00:00+08:00';
export const SAMPLE_COUNT = 320;

const jobs = generateJobs({ count: SAMPLE_COUNT, seed: 20261121, now: new Date(SAMPLE_AS_OF), prefix: 'cc' });
const out = fileURLToPath(new URL('./sample-feed.json', import.meta.url));
writeFileSync(out, `${JSON.stringify({ generatedFor: SAMPLE_AS_OF, jobs }, null, 1)}\n`);
console.log(`wrote ${jobs.length} jobs to ${out}`);
