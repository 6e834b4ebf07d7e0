import createDebug from 'debug';
import type { Job } from '../../schema/job';
import type { Repositories } from '../data/repositories';
import { stationData } from '../data/station-data';
import type { Store } from '../store/store';
import type { Outcome, PullAnswer, UpstreamClient } from './client';
import type { JobsPage } from './protocol';
import { applyJobChanges } from './job-apply';
import { checkJob } from './job-validation';
import type { RunResult } from './loop';

const log = createDebug('station:sync');

/**
 * After a full resync, what the upstream no longer lists is gone. Only jobs that came from the
 * platform are swept: jobs posted in this hall or imported here are not in the upstream's feed.
 */
function sweepUnseen(tx: Repositories): string[] {
  const gone = tx.syncState.platformJobsNotSeen();
  for (const id of gone) tx.jobs.remove(id);
  tx.syncState.forgetSeen();
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
  const data = stationData(d.store);
  let restarts = 0;
  /** The next page, asked for while this one is checked and stored: for the cursor this page gives. */
  let ahead: { cursor: string; answer: Promise<Outcome<PullAnswer>> } | null = null;
  for (;;) {
    if (d.signal.aborted) return { ok: false, error: 'stopped' };
    const state = data.read((tx) => tx.syncState.cursor(d.upstream));
    const answer: Outcome<PullAnswer> = await (ahead && ahead.cursor === state.cursor
      ? ahead.answer
      : d.client.pullJobs(state.cursor, d.pageSize, state.etag ?? undefined));
    ahead = null;
    if (!answer.ok) {
      if (answer.failure.kind === 'gone' && restarts < MAX_RESTARTS) {
        restarts++;
        log('cursor expired (%s): re-reading everything from the start', answer.failure.message);
        await data.write((tx) => {
          tx.syncState.forgetSeen();
          tx.syncState.saveCursor(d.upstream, { cursor: null, etag: null, fullResync: true }, d.now());
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
    const fullResync = state.fullResync;
    const finishing = fullResync && !page.hasMore;
    const applied = await data.write((tx) => {
      const a = applyJobChanges(tx, valid, page.deleted, { now: d.now(), markSeen: fullResync });
      const swept = finishing ? sweepUnseen(tx) : [];
      // An ETag is worth keeping only for the idle poll: the same cursor asked again.
      const idle = page.cursor === state.cursor;
      tx.syncState.saveCursor(
        d.upstream,
        {
          cursor: page.cursor,
          etag: idle ? (etag ?? null) : null,
          fullResync: finishing ? false : fullResync,
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
