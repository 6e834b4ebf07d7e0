import type { WorkerLookup } from './sync/protocol';
import { isHallTerminal } from './sync/hall-terminal';
import createDebug from 'debug';
import { createDispatcher, type Dispatch, type TypedCall } from '../dispatcher';
import type { StationConfig } from './config';
import type { StationContext } from './context';
import { startReaders } from './devices/readers';
import { stationClock } from './clock/station-day';
import { EventBus } from './event-bus';
import { createHandlers } from './handlers';
import { loadDefaultFeed } from './jobs/default-feed';
import { KioskSessions } from './kiosk/sessions';
import { createMatchService } from './match-service';
import { defaultKeyFile } from './store/key-file-location';
import type { KeyProtector } from './store/key-protector';
import { openStore } from './store/store';
import { scheduleRetention } from './retention-schedule';
import { resolveHallSecret } from './sync/hall-secret';
import { stationData } from './data/station-data';
import { createSync } from './sync/sync-service';
import { watchBoothReaders } from './booth/booth-readers';
import { idHash } from './workers/identity-hash';
import { version } from './version';
import { appendAudit } from './audit/audit-log';
import { ensureDemoAccount } from './staff/sign-in';
import { StaffSessions } from './staff/sessions';

const log = createDebug('station:runtime');

export interface RuntimeOptions {
  /** Where the station keeps its data; null = in memory (tests). */
  dataDir: string | null;
  now?: () => Date;
  /** Wraps the store's data key; the Electron shell passes one backed by safeStorage. */
  keys?: KeyProtector;
  /**
   * Without `keys`: the key-encryption key file, outside dataDir. Default: config.keyFile, else the
   * OS default (defaultKeyFile); a key an older version kept in dataDir is moved there.
   */
  keyFile?: string;
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
  const keyFile = options.keyFile ?? config.keyFile ?? defaultKeyFile();
  const store = await openStore({ dir: options.dataDir, keys: options.keys, keyFile });
  const data = stationData(store);
  const bus = new EventBus();
  const now = options.now ?? (() => new Date());
  const clock = stationClock(config.timeZone, now);

  const hallSecret = await resolveHallSecret(store, config.hallSecret);

  if (!config.upstream && data.read((tx) => tx.jobs.count()) === 0) {
    const { jobs, rejected } = await loadDefaultFeed(now());
    await data.write((tx) => jobs.forEach((j) => tx.jobs.upsert(j)));
    log('loaded the embedded job feed: %d jobs (%d rejected)', jobs.length, rejected);
  }

  // Set once sync exists: a card read before then is looked up in this store only.
  const hub: { lookup?: (hash: string) => Promise<WorkerLookup | undefined> } = {};
  const readers = await startReaders({
    config,
    bus,
    clock,
    recognise: async (card) => {
      if (!card.idNumber) return undefined;
      const hash = idHash(hallSecret, card.idNumber);
      const found = data.read((tx) => tx.workers.byHash(hash));
      if (found) return { workerId: found.id };
      // Someone this terminal has not served: the hall's hub may know her (another kiosk PC, the
      // desk). Within the lookup timeout; offline she is new here and the hub merges by idHash later.
      const askHub = hub.lookup && data.read((tx) => isHallTerminal(config, tx));
      const hall = askHub ? await hub.lookup!(hash) : undefined;
      return hall?.exists ? { workerId: hall.workerId, hall } : undefined;
    },
  });

  const sessions = new StaffSessions(
    config.desk.idleMinutes * 60_000,
    () => now().getTime(),
    (terminal, s) => {
      log('idle sign-out on %s', terminal);
      data
        .write((tx) =>
          appendAudit(tx, {
            at: now(),
            actor: s.staffId,
            terminal,
            action: 'staff.idle_sign_out',
            subject: s.staffId,
          }),
        )
        .catch((err: unknown) => log('could not audit an idle sign-out: %s', (err as Error).message));
    },
  );
  const sync = createSync({ config, store, bus, now });
  hub.lookup = (hash) => sync.lookupWorker(hash);
  const match = createMatchService(store, now, {
    staleAfterDays: config.desk.reconfirmDays,
    timeZone: config.timeZone,
  });
  // Every change to the cache (pulls, imports, hall and desk postings) reaches the matching index.
  const offJobs = sync.onJobsChanged((c) => match.refresh(c.upserted, c.removed));
  const kioskSessions = new KioskSessions();
  // A lifted card ends the kiosk session at once when the station wants it so (shared terminals).
  const offCardRemoved = bus.subscribe((e) => {
    if (e.event === 'card.removed' && config.kiosk.endOnCardRemoval && e.only) kioskSessions.endAt(e.only);
  });

  const context: StationContext = {
    config,
    store,
    data,
    bus,
    readers,
    hallSecret,
    version,
    now,
    clock,
    match,
    kioskSessions,
    sync,
    sessions,
  };
  const offBoothReaders = watchBoothReaders(context);
  await ensureDemoAccount(context);
  const stopRetention = scheduleRetention(context);
  const dispatch = createDispatcher(createHandlers(context), {
    staffOf: (caller, touch) => sessions.of(caller.terminal, caller.client, touch),
  });
  if (options.startSync !== false) sync.start();

  return {
    config,
    dispatch,
    call: dispatch as TypedCall,
    bus,
    context,
    async close() {
      stopRetention();
      offCardRemoved();
      offJobs();
      offBoothReaders();
      await sync.stop();
      await readers.stop();
      await store.close();
    },
  };
}
