import type { StationConfig } from './config';
import type { ReaderHub } from './devices/readers';
import type { EventBus } from './event-bus';
import type { Store } from './store/store';
import type { SyncService } from './sync/sync-service';

/** What every handler works with; built once by createRuntime. */
export interface StationContext {
  config: StationConfig;
  store: Store;
  bus: EventBus;
  readers: ReaderHub;
  /** Secret for recognising workers across the hall by a hash of their ID number. */
  hallSecret: string;
  version: string;
  /** Sync with the upstream, and the hook for cache changes (`sync.onJobsChanged`). */
  sync: SyncService;
  now(): Date;
}
