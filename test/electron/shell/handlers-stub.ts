import type { Handlers } from '../../../electron/dispatcher';

/** Fixed answers for the methods the transport tests look at. */
const known: Partial<Handlers> = {
  'station.info': (_i, c) => ({
    stationName: 's',
    role: c.role,
    version: '0',
    mode: 'standalone',
    simulatedReader: true,
    wedgeReader: false,
    readers: [],
    jobs: 0,
    protection: 'none',
    booth: null,
    timeZone: 'Asia/Shanghai',
  }),
  'stats.today': () => ({
    date: '2026-11-21',
    registrations: 0,
    returningVisits: 0,
    openJobs: 0,
    placements: 0,
    completions1131: 0,
  }),
  'jobs.list': () => ({ total: 0, items: [] }),
  'card.current': () => null,
  'workers.registerFromCard': () => ({ workerId: 'w', maskedName: '王**', returning: false }),
  'workers.list': () => ({ total: 0, items: [] }),
};

/**
 * Handlers for testing transports and the dispatcher (which stay real). Any method not listed above
 * answers `{}`, so a new method in the contract never needs this file changed.
 */
export function handlersStub(): Handlers {
  return new Proxy(known, {
    get: (target, name: string) => target[name as keyof Handlers] ?? (() => ({})),
  }) as Handlers;
}
