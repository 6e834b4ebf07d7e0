/**
 * A page of the postings seekers may see (jobs/visibility), in an order the packed record can
 * tell: the hall's board, a booth's TV and `jobs.list` draw theirs from 100k postings, and reading
 * each posting's dates from its document was most of the board's time.
 */
import type { Job } from '../../schema/job';
import { firstBy } from '../jobs/first-by';
import type { EngineState } from './state';

/**
 * - `verified-newest`: postings ever confirmed (for a shown one: within the reconfirm period) first,
 *   then the most recently posted: the hall's board.
 * - `last-vouched`: the most recently updated or confirmed first: lists.
 * Ties go by id, so a page after page never repeats or skips a posting.
 */
export type VisibleOrder = 'verified-newest' | 'last-vouched';

export interface VisiblePage {
  /** All the shown postings `where` passes, not only this page's. */
  total: number;
  items: Job[];
}

/** What a list's filter may ask of a posting (jobs/listing): the words shown in a list. */
export interface ListedJob {
  id: string;
  title: string;
  district: string;
  employer: { name: string };
}

/** A held job's listed words: its title and employer as the search words hold them. */
function listed(state: EngineState, slot: number): ListedJob {
  const j = state.slots[slot]!;
  return {
    id: j.id,
    title: state.text.text(slot, 0),
    district: j.district,
    employer: { name: state.text.text(slot, 1) },
  };
}

/** Postings' instants are below 1e13 ms: a verified one's key is above every unverified one's. */
const VERIFIED = 1e13;

export function visiblePage(
  state: EngineState,
  order: VisibleOrder,
  limit: number,
  offset: number,
  where?: (job: ListedJob) => boolean,
): VisiblePage {
  const hot = state.hot;
  const nowMs = state.nowMs();
  const stale = state.staleBeforeMs(nowMs);
  const slots: number[] = [];
  for (let s = 0; s < state.slots.length; s++)
    if (hot.marketOk(s, nowMs, stale) && (!where || where(listed(state, s)))) slots.push(s);
  const keys = new Float64Array(slots.length);
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i]!;
    const confirmed = hot.confirmedMs(s);
    keys[i] =
      order === 'last-vouched'
        ? hot.vouchedMs[s]!
        : (confirmed === confirmed ? VERIFIED : 0) + hot.postedMs(s);
  }
  const idAt = (i: number) => state.slots[slots[i]!]!.id;
  const head = firstBy(
    Array.from(slots.keys()),
    offset + limit,
    (a, b) => keys[b]! - keys[a]! || (idAt(a) < idAt(b) ? -1 : 1),
  );
  const docs = state.documents(head.slice(offset).map((i) => state.slots[slots[i]!]!.id));
  return { total: slots.length, items: docs.filter((d) => d !== undefined) };
}
