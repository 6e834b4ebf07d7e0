import createDebug from 'debug';
import type { MethodParsed } from '../../api';
import type { CallContext } from '../../dispatcher';
import { ApiFailure } from '../api-error';
import { auditCall } from '../audit/audit-log';
import type { StationContext } from '../context';
import { todayStats } from '../stats';
import { visitForHall } from '../sync/hall-terminal';
import { idHash } from '../workers/identity-hash';
import { recordVisit } from '../workers/registration';

const log = createDebug('station:desk');

/**
 * A card placed on the desk's reader by a registered worker: the visit is recorded (the person came
 * in), a record typed in by hand becomes verified now that its chip has been read, and the desk opens
 * the record. A card of someone not yet registered is registered with workers.registerFromCard, after
 * the person's consent.
 */
export async function openFromCard(
  ctx: StationContext,
  input: MethodParsed<'workers.openFromCard'>,
  caller: CallContext,
): Promise<{ workerId: string; verifiedNow: boolean }> {
  const pending = ctx.readers.peek(input.token, caller);
  if (!pending) throw new ApiFailure('not_found', '读卡器上已经没有这张证件，请重新放卡');
  if (!pending.card.idNumber) throw new ApiFailure('conflict', '这张证件读不出身份证号，请用人工登记');
  const hash = idHash(ctx.hallSecret, pending.card.idNumber);
  const now = ctx.now();
  const day = ctx.clock.dayOf(now);
  const result = await ctx.data.write((tx) => {
    const found = tx.workers.byHash(hash);
    if (!found) return undefined;
    recordVisit(tx, found.id, 'returned', caller.terminal, now, day);
    visitForHall(tx, ctx.config, { workerId: found.id, terminal: caller.terminal, at: now });
    const verifiedNow = tx.workers.isUnverified(found.id) && pending.presented.valid;
    if (verifiedNow) tx.workers.verify(found.id);
    // A hub's record of someone registered at another terminal gets the clear number from this card.
    tx.hallWorkers.fillIdNumber(found.id, pending.card.idNumber!);
    auditCall(tx, caller, now, 'workers.card_opened', found.id, { verifiedNow });
    return { workerId: found.id, verifiedNow };
  });
  if (!result) throw new ApiFailure('not_found', '这位求职者还没有登记');
  ctx.readers.forget(input.token);
  log('record opened by card on %s', caller.terminal);
  ctx.bus.emit('stats.changed', todayStats(ctx));
  return result;
}
