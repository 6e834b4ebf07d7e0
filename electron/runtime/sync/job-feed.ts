import type { Db } from '../store/db';

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

/** The position of the newest change in the feed (0 when empty). */
export function feedTop(db: Db): number {
  return Number(db.get<{ s: number | null }>('SELECT max(seq) AS s FROM job_feed')?.s ?? 0);
}

export function feedEtag(db: Db, after: number, limit: number): string {
  return `"h1-${feedTop(db)}-${after}-${limit}"`;
}

/**
 * One page of this runtime's job changes after `after`: the current copy of each job changed since,
 * and the ids deleted since. A job changed twice appears once, at its latest position.
 */
export function readFeedPage(db: Db, after: number, limit: number): FeedPage {
  const rows = db.all<{ seq: number; job_id: string; deleted: number; data: string | null }>(
    `SELECT f.seq, f.job_id, f.deleted, j.data FROM job_feed f LEFT JOIN jobs j ON j.id = f.job_id
      WHERE f.seq > ? ORDER BY f.seq LIMIT ?`,
    [after, limit + 1],
  );
  const hasMore = rows.length > limit;
  const page = hasMore ? rows.slice(0, limit) : rows;
  const items: string[] = [];
  const deleted: string[] = [];
  for (const r of page) {
    if (r.deleted || r.data === null) deleted.push(r.job_id);
    else items.push(r.data);
  }
  const last = page.length ? Number(page[page.length - 1]!.seq) : after;
  return {
    body: `{"items":[${items.join(',')}],"deleted":${JSON.stringify(deleted)},"cursor":"h1.${last}","hasMore":${hasMore}}`,
    etag: feedEtag(db, after, limit),
  };
}
