import { randomBytes } from 'node:crypto';
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
import { idHash } from './workers/identity-hash';
import { findWorkerByHash } from './workers/repository';
import { version } from './version';
import { appendAudit } from './audit/audit-log';
import { ensureDemoAccount } from './staff/sign-in';
import { StaffSessions } from './staff/sessions';

const log = createDebug('station:runtime');

export interface RuntimeOptions {
  /** Where the station keeps its data; null = in memory (tests). */
  dataDir: string | null;
  now?: () => Date;
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

  const hallSecret = await store.write((db) => {
    const row = db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'hall_secret'");
    if (row) return row.value;
    const secret = randomBytes(32).toString('hex');
    db.run("INSERT INTO meta (key, value) VALUES ('hall_secret', ?)", [secret]);
    return secret;
  });

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

  const sessions = new StaffSessions(config.desk.idleMinutes * 60_000, () => now().getTime(), (terminal, s) => {
    log('idle sign-out on %s', terminal);
    store
      .write((db) =>
        appendAudit(db, { at: now(), actor: s.staffId, terminal, action: 'staff.idle_sign_out', subject: s.staffId }),
      )
      .catch((err: unknown) => log('could not audit an idle sign-out: %s', (err as Error).message));
  });
  const context: StationContext = { config, store, bus, readers, hallSecret, version, now, sessions };
  await ensureDemoAccount(context);
  const dispatch = createDispatcher(createHandlers(context), {
    staffOf: (terminal, touch) => sessions.of(terminal, touch),
  });

  return {
    config,
    dispatch,
    call: dispatch as TypedCall,
    bus,
    context,
    async close() {
      await readers.stop();
      await store.close();
    },
  };
}
