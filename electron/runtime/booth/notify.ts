import type { BoothChange } from '../../api';
import type { StationContext } from '../context';

/** Tells every booth an employer holds today that something of theirs changed (ids only, never a person). */
export function notifyEmployerBooths(
  ctx: Pick<StationContext, 'bus' | 'data' | 'clock'>,
  employerId: string,
  what: BoothChange,
): void {
  const booths = ctx.data.read((tx) => tx.booths.heldBy(employerId, ctx.clock.today()));
  for (const booth of booths) ctx.bus.emit('booth.changed', { booth, what });
}
