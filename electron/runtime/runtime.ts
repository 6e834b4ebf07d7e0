import createDebug from 'debug';
import { createDispatcher, type Dispatch, type TypedCall } from '../dispatcher';
import type { StationConfig } from './config';
import type { StationContext } from './context';
import { startReaders } from './devices/readers';
import { EventBus } from './event-bus';
import { createHandlers } from './handlers';
import { loadDefaultFeed } from './jobs/default-feed';
import { countJobs, upsertJob } from './jobs/repository';
import { openStore } from './store/store';
import { resolveHallSecret } from './sync/hall-secret';
import { createSync } from './sync/sync-service';
import { idHash } from './workers/identity-hash';
import { findWorkerByHash } from './workers/repository';
import { version } from './version';

const log = createDebug('station:runtime');

export interface RuntimeOptions {
  /** Where the station keeps its data; null = in memory (tests). */
  dataDir: string | null;
  now?: () => Date;
  /** Start the sync loops when the config names an upstream (default true; the operator CLI says false). */
  startSync?: boolean;
}

export interface Runtime {
  config: StationConfig;
  dispatch: Dispatch;
  /** `dispatch` typed from the contract, for in-process callers. */
  call: TypedCall;
  bus: EventBus;
  context: StationContext;
  close(): Promise<void>;
}

/** Builds a station from a validated config: store, readers, handlers, events. Runs under plain Node or Electron. */
export async function createRuntime(config: StationConfig, options: RuntimeOptions): Promise<Runtime> {
  const store = await openStore({ dir: options.dataDir });
  const bus = new EventBus();
  const now = options.now ?? (() => new Date());

  const hallSecret = await resolveHallSecret(store, config.hallSecret);

  if (!config.upstream && store.read(countJobs) === 0) {
    const { jobs, rejected } = await loadDefaultFeed(now());
    await store.write((db) => jobs.forEach((j) => upsertJob(db, j)));
    log('loaded the embedded job feed: %d jobs (%d rejected)', jobs.length, rejected);
  }

  const readers = await startReaders({
    config,
    bus,
    recognise: (card) => {
      if (!card.idNumber) return undefined;
      const found = store.read((db) => findWorkerByHash(db, idHash(hallSecret, card.idNumber!)));
      return found ? { workerId: found.id } : undefined;
    },
  });

  const sync = createSync({ config, store, bus, now });
  const context: StationContext = { config, store, bus, readers, hallSecret, version, now, sync };
  const dispatch = createDispatcher(createHandlers(context));
  if (options.startSync !== false) sync.start();

  return {
    config,
    dispatch,
    call: dispatch as TypedCall,
    bus,
    context,
    async close() {
      await sync.stop();
      await readers.stop();
      await store.close();
    },
  };
}
