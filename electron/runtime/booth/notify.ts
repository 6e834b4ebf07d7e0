import type { BoothChange } from '../../api';
import type { StationContext } from '../context';
import { localDay } from '../workers/repository';
import { boothsOf } from './assignments';

/** Tells every booth an employer holds today that something of theirs changed (ids only, never a person). */
export function notifyEmployerBooths(
  ctx: Pick<StationContext, 'bus' | 'store' | 'now'>,
  employerId: string,
  what: BoothChange,
): void {
  const booths = ctx.store.read((db) => boothsOf(db, employerId, localDay(ctx.now())));
  for (const booth of booths) ctx.bus.emit('booth.changed', { booth, what });
}
