import type { Job, Page } from '../../api';
import { instantMs } from '../match/iso-time';
import { firstBy } from './first-by';

export interface JobListQuery {
  /** Plain substring of the title or the employer's name (Latin letters in any case). */
  q?: string;
  district?: string;
  limit: number;
  offset: number;
}

const byUpdated = (a: Job, b: Job) =>
  instantMs(b.updatedAt) - instantMs(a.updatedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * `jobs.list` (and `station jobs list`): a page of the postings seekers may see, from
 * `engine.visible()` (the rule in jobs/visibility), last updated first. The kiosk's own search with
 * pinyin and synonyms is `jobs.search`; this is the plain list.
 */
export function pageOfJobs(visible: readonly Job[], query: JobListQuery): Page<Job> {
  const q = query.q?.trim().toLowerCase();
  const matching = visible.filter(
    (j) =>
      (query.district === undefined || query.district === '' || j.district === query.district) &&
      (!q || j.title.toLowerCase().includes(q) || j.employer.name.toLowerCase().includes(q)),
  );
  const head = firstBy(matching, query.offset + query.limit, byUpdated);
  return { total: matching.length, items: head.slice(query.offset) };
}
