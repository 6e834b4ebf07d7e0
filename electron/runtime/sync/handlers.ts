import type { Handlers } from '../../dispatcher';
import type { StationContext } from '../context';

type SyncMethod = 'sync.status' | 'sync.now' | 'sync.quarantine';

/** The sync methods of the contract; createHandlers spreads these in. */
export function syncHandlers(ctx: StationContext): Pick<Handlers, SyncMethod> {
  return {
    'sync.status': () => ctx.sync.status(),
    'sync.now': () => ctx.sync.syncNow(),
    'sync.quarantine': (input) => ctx.data.read((tx) => tx.outbox.quarantined(input.limit, input.offset)),
  };
}
