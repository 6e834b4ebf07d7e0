import type { SyncStatus } from '../../../electron/api';
import type { Handlers } from '../../../electron/dispatcher';

function syncStub(): Pick<Handlers, 'sync.status' | 'sync.now' | 'sync.quarantine'> {
  const loop = {
    state: 'off',
    lastAttemptAt: null,
    lastSuccessAt: null,
    nextAttemptAt: null,
    lastError: null,
    failures: 0,
  } as const;
  const status: SyncStatus = {
    upstream: null,
    pull: { ...loop, lagMs: null, rejected: 0, recentRejections: [], fullResync: false },
    push: { ...loop, pending: 0, quarantined: 0, delivered: 0 },
  };
  return {
    'sync.status': () => status,
    'sync.now': () => status,
    'sync.quarantine': () => ({ total: 0, items: [] }),
  };
}

/** Handlers that answer with fixed values, for testing transports (the dispatcher itself is real). */
export function handlersStub(): Handlers {
  return {
    'station.info': (_i, c) => ({
      stationName: 's',
      role: c.role,
      version: '0',
      mode: 'standalone',
      simulatedReader: true,
      readers: [],
      jobs: 0,
    }),
    'stats.today': () => ({ date: '2026-11-21', registrations: 0, returningVisits: 0, openJobs: 0 }),
    'jobs.list': () => ({ total: 0, items: [] }),
    'card.current': () => null,
    'workers.registerFromCard': () => ({ workerId: 'w', maskedName: '王**', returning: false }),
    'workers.list': () => ({ total: 0, items: [] }),
    'simulator.placeCard': () => ({ reader: 'r' }),
    'simulator.removeCard': () => ({ reader: 'r' }),
    ...syncStub(),
  };
}
