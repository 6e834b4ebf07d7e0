import createDebug from 'debug';
import type { CalledTicket, MethodParsed, QueueService, Ticket, WaitingTicket } from '../../api';
import type { CallContext } from '../../dispatcher';
import { ApiFailure } from '../api-error';
import type { StationContext } from '../context';
import type { QueueTicket } from '../data/queue';
import type { Repositories } from '../data/repositories';
import { isHallTerminal } from '../sync/hall-terminal';
import { ticketLabel, ticketTag } from './ticket-tag';

const log = createDebug('station:queue');

/** One letter per service, so a person can tell from the ticket which counter line they are in. */
export const serviceLetter: Record<QueueService, string> = {
  register: 'A',
  jobs: 'B',
  policy: 'C',
  training: 'D',
  other: 'E',
};

/** Numbers restart each day (A001 …); the day is the station's calendar day (clock). */
export async function takeTicket(
  ctx: StationContext,
  input: MethodParsed<'queue.take'>,
  caller: CallContext,
): Promise<Ticket> {
  const now = ctx.now();
  const day = ctx.clock.dayOf(now);
  const c = input.context;
  // A kiosk page names its person only by the session its card opened: a worker id it sends could be
  // anyone's (the page may have learned it elsewhere), so it is refused, not quietly dropped.
  if (caller.role === 'kiosk' && c?.workerId !== undefined) {
    throw new ApiFailure('forbidden', '自助机取号只能用本次刷卡的身份，不能指定求职者');
  }
  // A kiosk's session stands for its person; one that has ended just leaves the ticket anonymous.
  let sessionWorker: string | undefined;
  if (c?.session && caller.role === 'kiosk') {
    try {
      sessionWorker = ctx.kioskSessions.workerOf(c.session, caller);
    } catch {
      sessionWorker = undefined;
    }
  }
  const result = await ctx.data.write((tx) => {
    // A terminal of a hall numbers in its own series and sends the ticket to the hub's one queue.
    const hall = ctx.config.upstream && isHallTerminal(ctx.config, tx) ? ticketTag(ctx.config.upstream) : '';
    const number = tx.queue.lastNumber(day, input.service, hall) + 1;
    const ticket = ticketLabel(hall, serviceLetter[input.service], number);
    const ahead = tx.queue.waitingCount(day);
    // What the person looked at is kept only when they said yes to sharing it with staff.
    const named = sessionWorker ?? c?.workerId;
    const workerId = named && tx.workers.exists(named) ? named : null;
    const context = c ? { viewedJobs: c.viewedJobs, note: c.note } : null;
    tx.queue.insert({
      day,
      service: input.service,
      number,
      ticket,
      context,
      workerId,
      at: now,
      terminal: caller.terminal,
    });
    if (hall)
      tx.outbox.add({
        type: 'ticket.taken',
        at: now,
        payload: {
          ticket,
          service: input.service,
          series: hall,
          number,
          day,
          takenAt: now.toISOString(),
          workerId,
          context,
        },
      });
    return { ticket, ahead, waiting: ahead + 1 };
  });
  log('ticket %s taken', result.ticket);
  ctx.bus.emit('queue.changed', { waiting: result.waiting });
  return { ticket: result.ticket, service: input.service, ahead: result.ahead, takenAt: now.toISOString() };
}

function view(tx: Repositories, t: QueueTicket): WaitingTicket {
  return {
    id: t.id,
    ticket: t.ticket,
    service: t.service,
    takenAt: t.takenAt,
    workerId: t.workerId,
    viewedJobs: tx.queue.viewedJobs(t.context?.viewedJobs ?? []),
    note: t.context?.note ?? '',
  };
}

export function waitingTickets(ctx: StationContext): WaitingTicket[] {
  const day = ctx.clock.today();
  return ctx.data.read((tx) => tx.queue.waiting(day).map((t) => view(tx, t)));
}

/** Finishes whoever this window called before, then calls the longest-waiting person. */
export async function callNext(
  ctx: StationContext,
  input: MethodParsed<'queue.callNext'>,
  caller: CallContext,
): Promise<CalledTicket | null> {
  const now = ctx.now();
  const day = ctx.clock.dayOf(now);
  const result = await ctx.data.write((tx) => {
    tx.queue.finishCalled(day, input.window);
    const next = tx.queue.nextWaiting(day, input.service);
    if (!next) return { called: null, waiting: tx.queue.waitingCount(day) };
    tx.queue.call(next.id, { at: now, window: input.window, by: caller.staff?.staffId ?? null });
    const called: CalledTicket = { ...view(tx, next), window: input.window, calledAt: now.toISOString() };
    return { called, waiting: tx.queue.waitingCount(day) };
  });
  if (result.called) {
    log('ticket %s called to window %s', result.called.ticket, input.window);
    // The hall sees a number and a window, nothing about the person.
    ctx.bus.emit('queue.called', { ticket: result.called.ticket, window: input.window });
  }
  ctx.bus.emit('queue.changed', { waiting: result.waiting });
  return result.called;
}
