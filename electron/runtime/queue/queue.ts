import { randomUUID } from 'node:crypto';
import createDebug from 'debug';
import type { CalledTicket, MethodParsed, QueueService, Ticket, WaitingTicket } from '../../api';
import type { CallContext } from '../../dispatcher';
import { ApiFailure } from '../api-error';
import type { StationContext } from '../context';
import type { Db } from '../store/db';
import { localDay } from '../workers/repository';

const log = createDebug('station:queue');

/** One letter per service, so a person can tell from the ticket which counter line they are in. */
export const serviceLetter: Record<QueueService, string> = {
  register: 'A',
  jobs: 'B',
  policy: 'C',
  training: 'D',
  other: 'E',
};

interface TicketRow {
  id: string;
  ticket: string;
  service: QueueService;
  taken_at: string;
  worker_id: string | null;
  context: string | null;
  called_at: string | null;
  window: string | null;
}

const waitingCount = (db: Db, day: string) =>
  Number(
    db.get<{ n: number }>("SELECT count(*) AS n FROM queue_tickets WHERE day = ? AND status = 'waiting'", [
      day,
    ])?.n ?? 0,
  );

/** Numbers restart each day (A001 …); the day is the station's local calendar day. */
export async function takeTicket(
  ctx: StationContext,
  input: MethodParsed<'queue.take'>,
  caller: CallContext,
): Promise<Ticket> {
  const now = ctx.now();
  const day = localDay(now);
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
  const result = await ctx.store.write((db) => {
    const number =
      Number(
        db.get<{ n: number | null }>(
          'SELECT max(number) AS n FROM queue_tickets WHERE day = ? AND service = ?',
          [day, input.service],
        )?.n ?? 0,
      ) + 1;
    const ticket = `${serviceLetter[input.service]}${String(number).padStart(3, '0')}`;
    const ahead = waitingCount(db, day);
    // What the person looked at is kept only when they said yes to sharing it with staff.
    const named = sessionWorker ?? c?.workerId;
    const workerId = named && db.get('SELECT 1 AS x FROM workers WHERE id = ?', [named]) ? named : null;
    db.run(
      `INSERT INTO queue_tickets (id, day, service, number, ticket, status, context, worker_id, taken_at, taken_terminal)
       VALUES (?, ?, ?, ?, ?, 'waiting', ?, ?, ?, ?)`,
      [
        randomUUID(),
        day,
        input.service,
        number,
        ticket,
        c ? JSON.stringify({ viewedJobs: c.viewedJobs, note: c.note }) : null,
        workerId,
        now.toISOString(),
        caller.terminal,
      ],
    );
    return { ticket, ahead, waiting: ahead + 1 };
  });
  log('ticket %s taken', result.ticket);
  ctx.bus.emit('queue.changed', { waiting: result.waiting });
  return { ticket: result.ticket, service: input.service, ahead: result.ahead, takenAt: now.toISOString() };
}

function view(db: Db, r: TicketRow): WaitingTicket {
  const context = r.context
    ? (JSON.parse(r.context) as { viewedJobs: string[]; note: string })
    : { viewedJobs: [], note: '' };
  const viewedJobs = context.viewedJobs.flatMap((id) => {
    const job = db.get<{ title: string }>('SELECT title FROM jobs WHERE id = ?', [id]);
    return job ? [{ id, title: job.title }] : [];
  });
  return {
    id: r.id,
    ticket: r.ticket,
    service: r.service,
    takenAt: r.taken_at,
    workerId: r.worker_id,
    viewedJobs,
    note: context.note,
  };
}

export function waitingTickets(ctx: StationContext): WaitingTicket[] {
  const day = localDay(ctx.now());
  return ctx.store.read((db) =>
    db
      .all<TicketRow>(
        "SELECT * FROM queue_tickets WHERE day = ? AND status = 'waiting' ORDER BY taken_at, number",
        [day],
      )
      .map((r) => view(db, r)),
  );
}

/** Finishes whoever this window called before, then calls the longest-waiting person. */
export async function callNext(
  ctx: StationContext,
  input: MethodParsed<'queue.callNext'>,
  caller: CallContext,
): Promise<CalledTicket | null> {
  const now = ctx.now();
  const day = localDay(now);
  const result = await ctx.store.write((db) => {
    db.run("UPDATE queue_tickets SET status = 'done' WHERE day = ? AND status = 'called' AND window = ?", [
      day,
      input.window,
    ]);
    const next = db.get<TicketRow>(
      `SELECT * FROM queue_tickets WHERE day = ? AND status = 'waiting' ${input.service ? 'AND service = ?' : ''}
        ORDER BY taken_at, number LIMIT 1`,
      input.service ? [day, input.service] : [day],
    );
    if (!next) return { called: null, waiting: waitingCount(db, day) };
    db.run(
      "UPDATE queue_tickets SET status = 'called', called_at = ?, window = ?, called_by = ? WHERE id = ?",
      [now.toISOString(), input.window, caller.staff?.staffId ?? null, next.id],
    );
    const called: CalledTicket = { ...view(db, next), window: input.window, calledAt: now.toISOString() };
    return { called, waiting: waitingCount(db, day) };
  });
  if (result.called) {
    log('ticket %s called to window %s', result.called.ticket, input.window);
    // The hall sees a number and a window, nothing about the person.
    ctx.bus.emit('queue.called', { ticket: result.called.ticket, window: input.window });
  }
  ctx.bus.emit('queue.changed', { waiting: result.waiting });
  return result.called;
}
