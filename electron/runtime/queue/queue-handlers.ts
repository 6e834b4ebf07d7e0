import type { Handlers } from '../../dispatcher';
import type { queueMethods } from '../../contract/queue';
import type { StationContext } from '../context';
import { callNext, takeTicket, waitingTickets } from './queue';

export function queueHandlers(ctx: StationContext): Pick<Handlers, keyof typeof queueMethods> {
  return {
    'queue.take': (input, caller) => takeTicket(ctx, input, caller),
    'queue.waiting': () => waitingTickets(ctx),
    'queue.callNext': (input, caller) => callNext(ctx, input, caller),
  };
}
