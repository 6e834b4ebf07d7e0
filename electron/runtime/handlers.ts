import type { Handlers } from '../dispatcher';
import { ApiFailure } from './api-error';
import type { StationContext } from './context';
import { deskHandlers } from './desk/desk-handlers';
import { queueHandlers } from './queue/queue-handlers';
import { reportHandlers } from './reports/report-handlers';
import { staffHandlers } from './staff/staff-handlers';
import { pageOfJobs } from './jobs/listing';
import { terminalHandlers } from './terminals/handlers';
import { kioskHandlers } from './kiosk/kiosk-handlers';
import { syncHandlers } from './sync/handlers';
import { registerFromCard } from './workers/register';
import { listWorkers } from './workers/worker-list';
import { todayStats } from './stats';
import { boothHandlers } from './booth/booth-handlers';
import { screenHandlers } from './screen/screen-handlers';

/** The methods of the contract, implemented over the runtime's context. */
export function createHandlers(ctx: StationContext): Handlers {
  return {
    ...terminalHandlers(ctx),
    ...kioskHandlers(ctx),
    'station.info': (_input, caller) => ({
      stationName: ctx.config.stationName,
      role: caller.role,
      version: ctx.version,
      mode: ctx.config.upstream ? 'terminal' : 'standalone',
      simulatedReader: ctx.readers.simulated,
      wedgeReader: ctx.readers.wedge(caller) !== undefined,
      readers: ctx.readers.statuses(),
      jobs: ctx.data.read((tx) => tx.jobs.count()),
      protection: ctx.store.status().protection,
      booth: caller.booth ?? null,
      timeZone: ctx.clock.timeZone,
    }),
    'stats.today': () => todayStats(ctx),
    ...syncHandlers(ctx),
    // What seekers see, whoever asks: the desk's own list of every posting is jobs.deskSearch.
    'jobs.list': (input) => pageOfJobs(ctx.match.engine, input),
    'card.current': (_input, caller) => ctx.readers.currentFor(caller)?.presented ?? null,
    'workers.registerFromCard': (input, caller) => registerFromCard(ctx, input, caller),
    'workers.list': (input) =>
      ctx.data.read((tx) => listWorkers(tx, input.q, input.limit, input.offset, ctx.clock.today())),
    'simulator.placeCard': (input, caller) => {
      const sim = ctx.readers.simulator(caller);
      if (!sim) throw new ApiFailure('unavailable', `no virtual reader at this ${caller.role} screen`);
      sim.place(input.identity);
      return { reader: sim.id };
    },
    'card.typed': (input, caller) => {
      const wedge = ctx.readers.wedge(caller);
      if (!wedge)
        throw new ApiFailure('unavailable', `no keyboard-wedge reader serves this ${caller.role} screen`);
      wedge.typed(input.idNumber);
      return { reader: wedge.id };
    },
    'simulator.removeCard': (_input, caller) => {
      const sim = ctx.readers.simulator(caller);
      if (!sim) throw new ApiFailure('unavailable', `no virtual reader at this ${caller.role} screen`);
      sim.remove();
      return { reader: sim.id };
    },
    ...staffHandlers(ctx),
    ...deskHandlers(ctx),
    ...queueHandlers(ctx),
    ...reportHandlers(ctx),
    ...boothHandlers(ctx),
    ...screenHandlers(ctx),
  };
}
