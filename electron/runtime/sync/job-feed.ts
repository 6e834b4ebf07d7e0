import type { Repositories } from '../data/repositories';

/** Cursors this runtime issues to its terminals: a position in its job_feed. */
const CURSOR = /^h1\.(\d{1,15})$/;

export function parseFeedCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return 0;
  const m = CURSOR.exec(cursor);
  return m ? Number(m[1]) : undefined;
}

export interface FeedPage {
  /** The JSON body, assembled from the stored job documents without parsing them again. */
  body: string;
  etag: string;
}

/** Changes with the feed's newest position: a terminal asking the same page again gets a 304. */
export function feedEtag(tx: Repositories, after: number, limit: number): string {
  return `"h1-${tx.jobs.feedTop()}-${after}-${limit}"`;
}

/**
 * One page of this runtime's job changes after `after`: the current copy of each job changed since,
 * and the ids deleted since. A job changed twice appears once, at its latest position.
 */
export function readFeedPage(tx: Repositories, after: number, limit: number): FeedPage {
  const rows = tx.jobs.feedAfter(after, limit + 1);
  const hasMore = rows.length > limit;
  const page = hasMore ? rows.slice(0, limit) : rows;
  const items: string[] = [];
  const deleted: string[] = [];
  for (const r of page) {
    if (r.document === null) deleted.push(r.jobId);
    else items.push(r.document);
  }
  const last = page.length ? page[page.length - 1]!.seq : after;
  return {
    body: `{"items":[${items.join(',')}],"deleted":${JSON.stringify(deleted)},"cursor":"h1.${last}","hasMore":${hasMore}}`,
    etag: feedEtag(tx, after, limit),
  };
}
