import type { Repositories } from '../data/repositories';
import type { ErasuresPage } from './protocol';

/**
 * Cursors this hub issues on its erasure feed: a position in erasure_feed. The query schema
 * (`erasuresQuerySchema`) refuses any other shape; this reads the position out of a valid one.
 */
const CURSOR = /^e1\.(\d{1,15})$/;

export function erasureCursorPosition(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const m = CURSOR.exec(cursor);
  if (!m) throw new RangeError(`not an erasure cursor: ${cursor}`);
  return Number(m[1]);
}

/** The hub's erasures after `after`, at most `limit`, with the cursor to ask for the next ones. */
export function readErasuresPage(tx: Repositories, after: number, limit: number): ErasuresPage {
  const rows = tx.erasureFeed.after(after, limit + 1);
  const hasMore = rows.length > limit;
  const page = hasMore ? rows.slice(0, limit) : rows;
  const last = page.length ? page[page.length - 1]!.seq : after;
  return {
    items: page.map(({ idHash, workerId, reason }) => ({ idHash, workerId, reason })),
    cursor: `e1.${last}`,
    hasMore,
  };
}
