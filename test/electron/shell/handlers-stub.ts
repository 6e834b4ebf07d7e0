import type { Handlers } from '../../../electron/dispatcher';

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
  };
}
