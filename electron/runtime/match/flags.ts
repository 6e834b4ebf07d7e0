/** Flags every listing of a posting carries, in search and in match alike. */
import type { Flag } from '../../contract/match';
import type { IndexedJob } from './indexed-job';

/** age: the worker's age when known; undefined adds an age-unchecked flag to postings with an age range. */
export function postingFlags(j: IndexedJob, age: number | undefined | null): Flag[] {
  const job = j;
  const flags: Flag[] = [];
  if (job.sexRequirement !== undefined) flags.push({ code: 'sex-requirement', sex: job.sexRequirement });
  if (job.agency) flags.push({ code: 'agency' });
  if (age === undefined && (job.ageMin !== undefined || job.ageMax !== undefined))
    flags.push({
      code: 'age-unchecked',
      ...(job.ageMin !== undefined ? { ageMin: job.ageMin } : {}),
      ...(job.ageMax !== undefined ? { ageMax: job.ageMax } : {}),
    });
  return flags;
}

export function addDuplicate(flags: Flag[], id: string): void {
  const dup = flags.find((f) => f.code === 'duplicates');
  if (dup?.code === 'duplicates') dup.ids.push(id);
  else flags.push({ code: 'duplicates', ids: [id] });
}
