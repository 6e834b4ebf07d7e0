import createDebug from 'debug';
import type { MethodParsed, Registered } from '../../api';
import type { CallContext } from '../../dispatcher';
import { textProblem } from '../../schema/text';
import { ApiFailure } from '../api-error';
import { auditCall } from '../audit/audit-log';
import type { StationContext } from '../context';
import { todayStats } from '../stats';
import { visitForHall } from '../sync/hall-terminal';
import { workerRegisteredPayload } from '../sync/worker-events';
import { idHash } from './identity-hash';
import { maskName } from './masking';
import { insertWorker, recordVisit } from './registration';
import { storeAnswers } from '../kiosk/profiles';

const log = createDebug('station:workers');

/**
 * Registers the holder of the card on the caller's reader, after consent. A returning worker
 * (same ID number) gets a visit recorded instead of a second record.
 */
export async function registerFromCard(
  ctx: StationContext,
  input: MethodParsed<'workers.registerFromCard'>,
  caller: CallContext,
): Promise<Registered> {
  const pending = ctx.readers.peek(input.token, caller);
  if (!pending) throw new ApiFailure('not_found', 'the card is no longer on the reader; place it again');
  const { card, presented } = pending;
  if (!presented.valid) {
    throw new ApiFailure('conflict', `this card needs staff (${presented.problems.join(', ')})`);
  }
  if (!card.idNumber) throw new ApiFailure('conflict', 'the card carries no ID number');
  // A forged or misread card gets the same name rule as one typed at the desk (schema/text.ts).
  const cardName = card.name ?? card.englishName ?? '';
  const nameProblem = cardName ? textProblem(cardName, '姓名') : '证件上读不出姓名';
  if (nameProblem) throw new ApiFailure('conflict', `${nameProblem}，请到前台办理`);
  // At the desk a staff member registers the person; a desk nobody is signed in at may not.
  const atDesk = caller.role !== 'kiosk';
  if (atDesk && !caller.staff) throw new ApiFailure('unauthenticated', '请先登录');
  const hash = idHash(ctx.hallSecret, card.idNumber);
  const now = ctx.now();
  const day = ctx.clock.dayOf(now);
  // Not known here: a terminal asks its hub, which has every registration of the hall (a hub has them
  // all as its own workers). Short timeout; offline counts as unknown (the hub merges by idHash).
  // The card read asked already when it was presented (devices/readers.ts): its answer is reused.
  const here = ctx.data.read((tx) => !!tx.workers.byHash(hash));
  const known = here ? undefined : (pending.hall ?? (await ctx.sync.lookupWorker(hash)));
  const result = await ctx.data.write((tx) => {
    const existing = tx.workers.byHash(hash);
    if (existing) {
      recordVisit(tx, existing.id, 'returned', caller.terminal, now, day);
      // The hall's record counts the return too (the hub has her already: nothing to register).
      visitForHall(tx, ctx.config, { workerId: existing.id, terminal: caller.terminal, at: now });
      // A record typed in by hand at the desk is verified once its card has been read; a hub's record
      // of someone registered at another terminal gets the clear number from the card read here.
      tx.workers.verify(existing.id);
      tx.hallWorkers.fillIdNumber(existing.id, card.idNumber!);
      return { workerId: existing.id, returning: true, total: tx.workers.count(), queued: false };
    }
    const hall = known?.exists ? known : undefined;
    const hallId = hall?.workerId;
    // Someone the hall knows keeps the consent she gave there: this terminal did not ask again.
    const { shareWithEmployers, phoneToEmployers = false } = hall ? hall.consent : input.consent;
    const workerId = insertWorker(tx, {
      ...(hallId ? { id: hallId, visit: 'returned' as const } : {}),
      hash,
      card,
      shareWithEmployers,
      phoneToEmployers,
      terminal: caller.terminal,
      now,
      day,
    });
    // And her profile as the hall has it: her answers and phone, so recommendations come at once.
    if (hall?.answers) storeAnswers(tx, workerId, hall.answers, now);
    if (hall?.phone) tx.workers.setPhone(workerId, hall.phone);
    // In the same transaction as the registration: both are stored or neither is. Sent for a person the
    // hall knows too (under the hall's id): the hub counts the return and knows this terminal served them.
    tx.outbox.add({
      type: 'worker.registered',
      at: now,
      payload: workerRegisteredPayload({
        workerId,
        idHash: hash,
        card,
        shareWithEmployers,
        phoneToEmployers,
        terminal: caller.terminal,
        at: now,
      }),
    });
    if (atDesk) auditCall(tx, caller, now, 'workers.register_card', workerId);
    return { workerId, returning: hallId !== undefined, total: tx.workers.count(), queued: true };
  });
  ctx.readers.forget(input.token);
  log('%s worker via %s', result.returning ? 'returning' : 'new', caller.terminal);
  ctx.bus.emit('workers.changed', { total: result.total });
  ctx.bus.emit('stats.changed', todayStats(ctx));
  return {
    ...(caller.role === 'kiosk' ? { session: ctx.kioskSessions.open(result.workerId, caller) } : {}),
    workerId: result.workerId,
    returning: result.returning,
    maskedName: maskName(card.name ?? card.englishName ?? ''),
  };
}
