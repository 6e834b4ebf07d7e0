import type { StationClock } from './clock/station-day';
import type { StationConfig } from './config';
import type { ReaderHub } from './devices/readers';
import type { EventBus } from './event-bus';
import type { KioskSessions } from './kiosk/sessions';
import type { MatchService } from './match-service';
import type { StaffSessions } from './staff/sessions';
import type { Store } from './store/store';
import type { StationData } from './data/station-data';
import type { SyncService } from './sync/sync-service';

/** What every handler works with; built once by createRuntime. */
export interface StationContext {
  config: StationConfig;
  /** The database engine: durability, checkpoints, status. Domain code uses `data`. */
  store: Store;
  /** Every repository, in one transaction per `read` / `write`. */
  data: StationData;
  bus: EventBus;
  readers: ReaderHub;
  /** Secret for recognising workers across the hall by a hash of their ID number. */
  hallSecret: string;
  version: string;
  /** Sync with the upstream, and the hook for cache changes (`sync.onJobsChanged`). */
  sync: SyncService;
  /** The instant; the same function as `clock.now`. */
  now(): Date;
  /** The station's calendar: its day now or of any instant, in its configured zone. */
  clock: StationClock;
  /** The in-memory matching and search engine over the cached jobs. */
  match: MatchService;
  /** Capabilities handed to kiosk pages, one per person at a kiosk. */
  kioskSessions: KioskSessions;
  /** Staff signed in per terminal. */
  sessions: StaffSessions;
}
