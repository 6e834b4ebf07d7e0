import type { MethodName, SyncStatus } from '../../../electron/api';
import type { Handlers } from '../../../electron/dispatcher';

/** Methods the transport tests never call: they fail loudly if one ever is. */
function notStubbed<M extends MethodName>(names: readonly M[]): Pick<Handlers, M> {
  const out: Partial<Record<MethodName, () => never>> = {};
  for (const n of names)
    out[n] = () => {
      throw new Error(`${n} is not stubbed`);
    };
  return out as Pick<Handlers, M>;
}

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
      protection: 'none',
    }),
    'stats.today': () => ({ date: '2026-11-21', registrations: 0, returningVisits: 0, openJobs: 0 }),
    'jobs.list': () => ({ total: 0, items: [] }),
    'card.current': () => null,
    'workers.registerFromCard': () => ({ workerId: 'w', maskedName: '王**', returning: false }),
    'workers.list': () => ({ total: 0, items: [] }),
    'simulator.placeCard': () => ({ reader: 'r' }),
    'simulator.removeCard': () => ({ reader: 'r' }),
    'terminals.createPairingCode': () => ({ code: '000000', expiresAt: '2026-11-21T00:05:00Z' }),
    'terminals.list': () => [],
    'terminals.revoke': () => {
      throw new Error('not in stub');
    },
    ...notStubbed([
      'kiosk.settings',
      'kiosk.profile',
      'kiosk.saveAnswers',
      'kiosk.apply',
      'kiosk.end',
      'kiosk.callStaff',
      'kiosk.socialCard',
      'queue.take',
      'match.recommend',
      'jobs.search',
      'jobs.get',
      'market.figures',
      'jobs.taxonomy',
    ] as const),
    ...syncStub(),
  };
}
