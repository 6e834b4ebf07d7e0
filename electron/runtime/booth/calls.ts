import type { CallContext } from '../../dispatcher';
import { auditCall } from '../audit/audit-log';
import type { StationContext } from '../context';
import { maskName } from '../workers/masking';
import { employerAtBooth } from './assignments';
import { requireShowable, type BoothScope } from './people';
import { placeOf } from './visits';

/**
 * Calls a person to the booth through the hall's screen. The screen shows the person's queue ticket
 * when they took one today, which says nothing about them; otherwise only the masked name (王**).
 */
export async function callToBooth(
  ctx: StationContext,
  workerId: string,
  caller: CallContext,
): Promise<{ label: string; at: string }> {
  const now = ctx.now();
  const day = ctx.clock.dayOf(now);
  const called = await ctx.data.write((tx) => {
    const assignment = employerAtBooth(tx, caller, day);
    const scope: BoothScope = { assignment, day, now };
    requireShowable(tx, assignment.employerId, workerId);
    const ticket = tx.queue.latestTicketOf(workerId, day);
    const label = ticket ?? maskName(tx.workers.nameOf(workerId)!);
    tx.boothVisits.called(placeOf(scope), workerId, label, now);
    auditCall(tx, caller, now, 'booth.call', workerId, { booth: assignment.booth });
    return { label, booth: assignment.booth };
  });
  const at = now.toISOString();
  ctx.bus.emit('booth.called', { booth: called.booth, label: called.label, at });
  ctx.bus.emit('booth.changed', { booth: called.booth, what: 'people' });
  return { label: called.label, at };
}
