import createDebug from 'debug';
import type { JobsChanged, SyncStatus } from '../../contract/sync';
import type { Job } from '../../schema/job';
import type { StationConfig } from '../config';
import type { EventBus } from '../event-bus';
import { stationData } from '../data/station-data';
import type { Store } from '../store/store';
import { UpstreamClient } from './client';
import { SyncLoop } from './loop';
import { onEventsCommitted } from './outbox-delivery';
import { pullOnce } from './pull-loop';
import { pushOnce } from './push-loop';
import type { WorkerLookup } from './protocol';

const log = createDebug('station:sync');

/** What changed in the job cache, for in-process subscribers (the matching engine updates its index from it). */
export interface JobsChange {
  upserted: readonly Job[];
  removed: readonly string[];
  source: JobsChanged['source'];
}
export type JobsListener = (change: JobsChange) => void;

export interface SyncService {
  /** Subscribe to cache changes; returns the unsubscribe function. */
  onJobsChanged(listener: JobsListener): () => void;
  /** Tell subscribers and screens the cache changed (called by pull, imports and hall postings). */
  jobsChanged(change: JobsChange): void;
  /** Deliver soon. Every write that stores events asks for it once it is on disk (outbox-delivery). */
  outboxChanged(): void;
  /** Asks the upstream whether the hall knows this worker; undefined when there is no upstream or it does not answer in time. */
  lookupWorker(idHash: string): Promise<WorkerLookup | undefined>;
  status(): SyncStatus;
  syncNow(): Promise<SyncStatus>;
  start(): void;
  stop(): Promise<void>;
}

export interface SyncDeps {
  config: StationConfig;
  store: Store;
  bus: EventBus;
  now: () => Date;
  random?: () => number;
}

const RECENT = 20;

export function createSync(deps: SyncDeps): SyncService {
  const { config, store, bus, now } = deps;
  const data = stationData(store);
  const upstream = config.upstream;
  const listeners = new Set<JobsListener>();
  const stopper = new AbortController();
  let caughtUpAt: number | null = null;
  let rejected = 0;
  let fullResync = false;
  const recentRejections: { id: string | null; reason: string }[] = [];

  const client = upstream
    ? new UpstreamClient({
        url: upstream.url,
        token: upstream.token,
        timeoutMs: upstream.timeoutMs,
        signal: stopper.signal,
      })
    : undefined;

  let statusQueued = false;
  let stopped = false;
  const changed = () => {
    // Many changes in one tick become one event.
    if (statusQueued || stopped) return;
    statusQueued = true;
    queueMicrotask(() => {
      statusQueued = false;
      if (!stopped) bus.emit('sync.changed', service.status());
    });
  };

  const loopOptions = (intervalMs: number) => ({
    intervalMs,
    backoffBaseMs: upstream?.backoffBaseMs ?? 1000,
    backoffCapMs: upstream?.backoffCapMs ?? 300_000,
    now,
    onChange: changed,
    ...(deps.random ? { random: deps.random } : {}),
  });

  const pull =
    client &&
    upstream &&
    new SyncLoop(
      () =>
        pullOnce({
          store,
          client,
          upstream: upstream.url,
          pageSize: upstream.pageSize,
          now,
          signal: stopper.signal,
          onRejected(id, reason) {
            rejected++;
            recentRejections.unshift({ id: id ?? null, reason });
            recentRejections.length = Math.min(recentRejections.length, RECENT);
          },
          onApplied: (upserted, removed) => service.jobsChanged({ upserted, removed, source: 'pull' }),
          onCaughtUp: () => {
            caughtUpAt = now().getTime();
          },
          onResync: (active) => {
            fullResync = active;
            changed();
          },
          // The hall erased people this terminal had: its lists and counts read again.
          onErased: () => bus.emit('workers.changed', { total: data.read((tx) => tx.workers.count()) }),
        }),
      loopOptions(upstream.pullIntervalMs),
    );

  const push =
    client &&
    upstream &&
    new SyncLoop(
      () =>
        pushOnce({
          store,
          client,
          batchSize: upstream.batchSize,
          now,
          signal: stopper.signal,
          onSettled: changed,
        }),
      loopOptions(upstream.pushIntervalMs),
    );

  const off = {
    state: 'off' as const,
    lastAttemptAt: null,
    lastSuccessAt: null,
    nextAttemptAt: null,
    lastError: null,
    failures: 0,
  };

  const service: SyncService = {
    onJobsChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    jobsChanged(change) {
      for (const l of listeners) {
        try {
          l(change);
        } catch (err) {
          log('a jobs listener failed: %s', (err as Error).message);
        }
      }
      bus.emit('jobs.changed', {
        upserted: change.upserted.length,
        removed: change.removed.length,
        total: data.read((tx) => tx.jobs.count()),
        source: change.source,
      });
    },
    outboxChanged() {
      void push?.kick();
    },
    async lookupWorker(idHash) {
      if (!client || !upstream) return undefined;
      const answer = await client.lookupWorker(idHash, upstream.lookupTimeoutMs);
      if (answer.ok) return answer.value;
      // Offline or slow: the caller treats the person as new here; the hub reconciles by idHash later.
      log('worker lookup failed: %s', answer.failure.message);
      return undefined;
    },
    status() {
      const counts = data.read((tx) => tx.outbox.counts());
      return {
        upstream: upstream ? new URL(upstream.url).origin : null,
        pull: {
          ...(pull?.status() ?? off),
          lagMs: caughtUpAt === null ? null : Math.max(0, now().getTime() - caughtUpAt),
          rejected,
          recentRejections: [...recentRejections],
          fullResync,
        },
        push: {
          ...(push?.status() ?? off),
          pending: counts.pending,
          quarantined: counts.quarantined,
          delivered: counts.done,
        },
      };
    },
    async syncNow() {
      await Promise.all([pull?.kick(), push?.kick()]);
      return service.status();
    },
    start() {
      if (!pull || !push) return;
      log('syncing with %s', new URL(upstream!.url).origin);
      pull.start();
      push.start();
    },
    async stop() {
      stopped = true;
      offOutbox();
      stopper.abort();
      await Promise.all([pull?.stop(), push?.stop()]);
    },
  };
  const offOutbox = store.read((db) => onEventsCommitted(db, () => service.outboxChanged()));
  return service;
}
