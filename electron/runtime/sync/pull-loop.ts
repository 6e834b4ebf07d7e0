import createDebug from 'debug';
import type { Job } from '../../schema/job';
import type { Db } from '../store/db';
import type { Store } from '../store/store';
import type { Outcome, PullAnswer, UpstreamClient } from './client';
import type { JobsPage } from './protocol';
import { applyJobChanges } from './job-apply';
import { checkJob } from './job-validation';
import type { RunResult } from './loop';

const log = createDebug('station:sync');

interface CursorRow {
  cursor: string | null;
  etag: string | null;
  full_resync: number;
}

export function readCursor(db: Db, upstream: string): CursorRow {
  return (
    db.get<CursorRow>('SELECT cursor, etag, full_resync FROM sync_cursor WHERE upstream = ?', [upstream]) ?? {
      cursor: null,
      etag: null,
      full_resync: 0,
    }
  );
}

function writeCursor(db: Db, upstream: string, row: CursorRow, now: Date): void {
  db.run(
    `INSERT INTO sync_cursor (upstream, cursor, etag, full_resync, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(upstream) DO UPDATE SET cursor = excluded.cursor, etag = excluded.etag,
       full_resync = excluded.full_resync, updated_at = excluded.updated_at`,
    [upstream, row.cursor, row.etag, row.full_resync, now.toISOString()],
  );
}

/**
 * After a full resync, what the upstream no longer lists is gone. Only jobs that came from the
 * platform are swept: jobs posted in this hall or imported here are not in the upstream's feed.
 */
function sweepUnseen(db: Db): string[] {
  const gone = db
    .all<{ id: string }>(
      `SELECT id FROM jobs WHERE json_extract(data, '$.source') = 'platform'
         AND id NOT IN (SELECT job_id FROM sync_seen)`,
    )
    .map((r) => r.id);
  for (const id of gone) db.run('DELETE FROM jobs WHERE id = ?', [id]);
  db.run('DELETE FROM sync_seen');
  return gone;
}

export interface PullDeps {
  store: Store;
  client: UpstreamClient;
  /** Key of the cursor row: the upstream URL, so a new upstream starts from scratch. */
  upstream: string;
  pageSize: number;
  now: () => Date;
  signal: AbortSignal;
  onRejected(id: string | undefined, reason: string): void;
  onApplied(upserted: Job[], removed: string[]): void;
  onCaughtUp(): void;
  onResync(active: boolean): void;
}

/** Expired cursors in a row within one run before we call it a failure (an upstream that always says 410). */
const MAX_RESTARTS = 2;

/**
 * Pages through the upstream's changes until it says there are no more. Each page and the cursor
 * after it are applied in one transaction, so a crash at any point resumes from the last applied page
 * with nothing lost and nothing applied twice.
 */
export async function pullOnce(d: PullDeps): Promise<RunResult> {
  let restarts = 0;
  /** The next page, asked for while this one is checked and stored: for the cursor this page gives. */
  let ahead: { cursor: string; answer: Promise<Outcome<PullAnswer>> } | null = null;
  for (;;) {
    if (d.signal.aborted) return { ok: false, error: 'stopped' };
    const state = d.store.read((db) => readCursor(db, d.upstream));
    const answer: Outcome<PullAnswer> = await (ahead && ahead.cursor === state.cursor
      ? ahead.answer
      : d.client.pullJobs(state.cursor, d.pageSize, state.etag ?? undefined));
    ahead = null;
    if (!answer.ok) {
      if (answer.failure.kind === 'gone' && restarts < MAX_RESTARTS) {
        restarts++;
        log('cursor expired (%s): re-reading everything from the start', answer.failure.message);
        await d.store.write((db) => {
          db.run('DELETE FROM sync_seen');
          writeCursor(db, d.upstream, { cursor: null, etag: null, full_resync: 1 }, d.now());
        });
        d.onResync(true);
        continue;
      }
      return { ok: false, error: answer.failure.message };
    }
    if (answer.value.notModified) {
      d.onCaughtUp();
      return { ok: true };
    }
    const { page, etag }: { page: JobsPage; etag: string | undefined } = answer.value;
    if (page.hasMore && page.cursor === state.cursor) {
      return { ok: false, error: 'upstream says there is more but did not move the cursor' };
    }
    // The upstream works on the next page while we validate and store this one. Nothing is stored
    // until its turn: a crash or an error here only wastes the request.
    if (page.hasMore) {
      ahead = { cursor: page.cursor, answer: d.client.pullJobs(page.cursor, d.pageSize) };
      // Left unread when this run stops early; its failure, if any, is the next run's to meet.
      ahead.answer.catch(() => {});
    }
    const valid: Job[] = [];
    for (const item of page.items) {
      const checked = checkJob(item);
      if (checked.ok) valid.push(checked.job);
      else {
        d.onRejected(checked.id, checked.reason);
        log('rejected job %s: %s', checked.id ?? '(no id)', checked.reason);
      }
    }
    const fullResync = state.full_resync === 1;
    const finishing = fullResync && !page.hasMore;
    const applied = await d.store.write((db) => {
      const a = applyJobChanges(db, valid, page.deleted, { now: d.now(), markSeen: fullResync });
      const swept = finishing ? sweepUnseen(db) : [];
      // An ETag is worth keeping only for the idle poll: the same cursor asked again.
      const idle = page.cursor === state.cursor;
      writeCursor(
        db,
        d.upstream,
        {
          cursor: page.cursor,
          etag: idle ? (etag ?? null) : null,
          full_resync: finishing ? 0 : state.full_resync,
        },
        d.now(),
      );
      return { ...a, removed: [...a.removed, ...swept] };
    });
    log(
      'page: %d items (%d stored, %d stale, %d rejected), %d deleted%s',
      page.items.length,
      applied.upserted.length,
      applied.stale,
      page.items.length - valid.length,
      applied.removed.length,
      page.hasMore ? '' : ', caught up',
    );
    if (applied.upserted.length || applied.removed.length) d.onApplied(applied.upserted, applied.removed);
    if (finishing) d.onResync(false);
    if (!page.hasMore) {
      d.onCaughtUp();
      return { ok: true };
    }
  }
}
