import createDebug from 'debug';
import type { Job } from '../../schema/job';
import type { Repositories } from '../data/repositories';
import { stationData } from '../data/station-data';
import type { Store } from '../store/store';
import type { Outcome, PullAnswer, UpstreamClient } from './client';
import { appendAudit } from '../audit/audit-log';
import { eraseHallCopy } from '../workers/erase';
import { describeIssues, erasureSchema, type Erasure, type JobsPage } from './protocol';
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
  /** The hall's erasure feed erased `count` people here (their rows are off the disk too). */
  onErased?(count: number): void;
}

/** Expired cursors in a row within one run before we call it a failure (an upstream that always says 410). */
const MAX_RESTARTS = 2;

/**
 * One pull: the job changes, then the hall's erasures. The erasures are read even when the jobs
 * failed (a bad job page must not keep a person's copy here); the first failure is the run's.
 */
export async function pullOnce(d: PullDeps): Promise<RunResult> {
  const jobs = await pullJobs(d);
  if (d.signal.aborted) return jobs;
  const erasures = await pullErasures(d);
  return jobs.ok ? erasures : jobs;
}

/** Where the erasure feed of an upstream stands, beside its jobs cursor. */
const erasuresKey = (upstream: string) => `${upstream}#erasures`;

/**
 * Pages through the upstream's erasure feed (GET /v1/erasures) from the stored cursor. Each valid
 * entry erases this terminal's copy of the person (workers/erase eraseHallCopy: by the hall's HMAC,
 * sending nothing back up); an entry that is not one is refused with its reason and audited, and the
 * rest of its page applied. A page and its cursor commit together; entries already applied change
 * nothing when read again. Then one checkpoint with `dropHistory`, so the rows leave the snapshot
 * and journal. An upstream without the feed (the platform answers 404) has nothing to erase here.
 */
async function pullErasures(d: PullDeps): Promise<RunResult> {
  const data = stationData(d.store);
  const key = erasuresKey(d.upstream);
  let restarts = 0;
  let applied = 0;
  let erased = 0;
  const finish = async (result: RunResult): Promise<RunResult> => {
    if (applied > 0) {
      await d.store.checkpoint({ dropHistory: true });
      if (erased > 0) d.onErased?.(erased);
    }
    return result;
  };
  for (;;) {
    if (d.signal.aborted) return finish({ ok: false, error: 'stopped' });
    const state = data.read((tx) => tx.syncState.cursor(key));
    const answer = await d.client.pullErasures(state.cursor, d.pageSize);
    if (!answer.ok) {
      if (answer.failure.status === 404) return finish({ ok: true });
      if (answer.failure.kind === 'gone' && restarts < MAX_RESTARTS) {
        restarts++;
        log('erasure cursor expired (%s): reading the feed from the start', answer.failure.message);
        await data.write((tx) =>
          tx.syncState.saveCursor(key, { cursor: null, etag: null, fullResync: false }, d.now()),
        );
        continue;
      }
      return finish({ ok: false, error: answer.failure.message });
    }
    const page = answer.value;
    if (page.hasMore && page.cursor === state.cursor)
      return finish({
        ok: false,
        error: 'upstream says there are more erasures but did not move the cursor',
      });
    const valid: Erasure[] = [];
    const refused: string[] = [];
    for (const item of page.items) {
      const checked = erasureSchema.safeParse(item);
      if (checked.success) valid.push(checked.data);
      else refused.push(describeIssues(checked.error));
    }
    const now = d.now();
    erased += await data.write((tx) => {
      let here = 0;
      for (const e of valid) if (eraseHallCopy(tx, e)) here++;
      for (const reason of refused) {
        appendAudit(tx, {
          at: now,
          actor: 'system',
          terminal: null,
          action: 'sync.erasure_rejected',
          subject: d.upstream,
          detail: { reason },
        });
      }
      if (here > 0)
        appendAudit(tx, {
          at: now,
          actor: 'system',
          terminal: null,
          action: 'sync.erasures_applied',
          subject: `${here} erased by the hall`,
        });
      tx.syncState.saveCursor(key, { cursor: page.cursor, etag: null, fullResync: false }, now);
      return here;
    });
    applied += valid.length;
    for (const reason of refused) log('refused an erasure entry: %s', reason);
    if (valid.length || refused.length)
      log('erasures: %d entries (%d people here), %d refused', valid.length, erased, refused.length);
    if (!page.hasMore) return finish({ ok: true });
  }
}

/**
 * Pages through the upstream's changes until it says there are no more. Each page and the cursor
 * after it are applied in one transaction, so a crash at any point resumes from the last applied page
 * with nothing lost and nothing applied twice.
 */
async function pullJobs(d: PullDeps): Promise<RunResult> {
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
