import { z } from 'zod';
import { empty, event, everyone, method, pageInput, staff, type Page } from './define';

export interface LoopStatus {
  /** off: no upstream configured; waiting: sleeping until nextAttemptAt. */
  state: 'off' | 'running' | 'waiting' | 'stopped';
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  nextAttemptAt: string | null;
  lastError: string | null;
  /** Failures since the last success; drives the backoff. */
  failures: number;
}

export interface SyncStatus {
  /** The upstream's origin (no path, no token); null on a standalone station. */
  upstream: string | null;
  pull: LoopStatus & {
    /** Milliseconds since the cache last caught up with the upstream; null before the first catch-up. */
    lagMs: number | null;
    /** Items rejected by validation since start-up, and the latest reasons. */
    rejected: number;
    recentRejections: { id: string | null; reason: string }[];
    /** True while re-reading everything after the upstream expired our cursor. */
    fullResync: boolean;
  };
  push: LoopStatus & { pending: number; quarantined: number; delivered: number };
}

export interface QuarantinedEvent {
  id: string;
  type: string;
  at: string;
  /** 'local' or the terminal the hub received it from. */
  origin: string;
  reason: string;
  attempts: number;
  quarantinedAt: string;
  workerId: string | null;
  jobId: string | null;
}

export interface JobsChanged {
  upserted: number;
  removed: number;
  /** Jobs in the cache after the change. */
  total: number;
  source: 'pull' | 'hall' | 'import';
}

export const syncMethods = {
  'sync.status': method<SyncStatus>()({ input: empty, roles: staff, auth: 'staff' }),
  /** "Sync now": pull and push at once; answers with the status after both ran. */
  'sync.now': method<SyncStatus>()({ input: empty, roles: staff, auth: 'staff' }),
  'sync.quarantine': method<Page<QuarantinedEvent>>()({
    input: z.object({ ...pageInput }).strict(),
    roles: staff,
    auth: 'staff',
  }),
};

export const syncEvents = {
  'sync.changed': event<SyncStatus>()({ roles: staff }),
  /** Counts only: screens refetch what they show. The matching engine uses the in-process hook instead. */
  'jobs.changed': event<JobsChanged>()({ roles: everyone }),
};
