import type { CallContext } from '../../dispatcher';
import { auditCall } from '../audit/audit-log';
import { repositoriesOf } from '../data/station-data';
import type { StationContext } from '../context';
import { maskName } from '../workers/masking';
import { localDay } from '../workers/repository';
import { employerAtBooth } from './assignments';
import { requireShowable, type BoothScope } from './people';
import { markCalled } from './visits';

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
  const day = localDay(now);
  const called = await ctx.store.write((db) => {
    const assignment = employerAtBooth(db, caller, now);
    const scope: BoothScope = { assignment, day, now };
    requireShowable(db, assignment.employerId, workerId);
    const ticket = db.get<{ ticket: string }>(
      'SELECT ticket FROM queue_tickets WHERE worker_id = ? AND day = ? ORDER BY taken_at DESC LIMIT 1',
      [workerId, day],
    );
    const name = db.get<{ name: string }>('SELECT name FROM workers WHERE id = ?', [workerId])!.name;
    const label = ticket?.ticket ?? maskName(name);
    markCalled(db, scope, workerId, label);
    auditCall(repositoriesOf(db), caller, now, 'booth.call', workerId, { booth: assignment.booth });
    return { label, booth: assignment.booth };
  });
  const at = now.toISOString();
  ctx.bus.emit('booth.called', { booth: called.booth, label: called.label, at });
  ctx.bus.emit('booth.changed', { booth: called.booth, what: 'people' });
  return { label: called.label, at };
}
