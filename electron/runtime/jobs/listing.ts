import type { Job, Page } from '../../api';
import type { MatchEngine } from '../match/engine';
import type { ListedJob } from '../match/visible-page';

export interface JobListQuery {
  /** Plain substring of the title or the employer's name (Latin letters in any case). */
  q?: string;
  district?: string;
  limit: number;
  offset: number;
}

/**
 * `jobs.list` (and `station jobs list`): a page of the postings seekers may see (the rule in
 * jobs/visibility), last updated or confirmed first. The kiosk's own search with pinyin and
 * synonyms is `jobs.search`; this is the plain list.
 */
export function pageOfJobs(engine: Pick<MatchEngine, 'visiblePage'>, query: JobListQuery): Page<Job> {
  const q = query.q?.trim();
  const district = query.district || undefined;
  // Folding case allocates a string per posting: only when the text has a Latin letter to fold.
  const fold = q !== undefined && /[A-Za-z]/.test(q);
  const needle = fold ? q.toLowerCase() : q;
  const has = (text: string) => (fold ? text.toLowerCase() : text).includes(needle!);
  const where =
    needle || district
      ? (j: ListedJob) =>
          (!district || j.district === district) && (!needle || has(j.title) || has(j.employer.name))
      : undefined;
  return engine.visiblePage('last-vouched', query.limit, query.offset, where);
}
