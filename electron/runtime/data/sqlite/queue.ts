import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { queueServices } from '../../../contract/queue';
import type { Db } from '../../store/db';
import type { QueueRepository, QueueTicket, TicketContext } from '../queue';
import { countOf, CorruptRow, reader, type Row } from '../rows';

const COLUMNS = 'id, ticket, service, taken_at, worker_id, context';

const storedContext = z.object({ viewedJobs: z.array(z.string()), note: z.string() });

function parseContext(value: unknown): TicketContext {
  const parsed = storedContext.safeParse(value);
  if (!parsed.success) throw new CorruptRow('queue_tickets', 'context', parsed.error.message);
  return parsed.data;
}

function ticket(row: Row): QueueTicket {
  const r = reader('queue_tickets', row);
  return {
    id: r.text('id'),
    ticket: r.text('ticket'),
    service: r.oneOf('service', queueServices),
    takenAt: r.text('taken_at'),
    workerId: r.textOrNull('worker_id'),
    context: r.textOrNull('context') === null ? null : r.json('context', parseContext),
  };
}

export function sqliteQueue(db: Db): QueueRepository {
  return {
    lastNumber(day, service, series = '') {
      // A series is the label's tag before the dash; the station's own labels have none.
      const row = series
        ? db.get(
            `SELECT max(number) AS n FROM queue_tickets
             WHERE day = ? AND service = ? AND substr(ticket, 1, ?) = ?`,
            [day, service, series.length + 1, `${series}-`],
          )
        : db.get(
            `SELECT max(number) AS n FROM queue_tickets
             WHERE day = ? AND service = ? AND instr(ticket, '-') = 0`,
            [day, service],
          );
      return (row && reader('queue_tickets', row).intOrNull('n')) ?? 0;
    },
    hasTicket: (day, ticket) =>
      db.get('SELECT 1 AS one FROM queue_tickets WHERE day = ? AND ticket = ?', [day, ticket]) !== undefined,
    waitingCount: (day) =>
      countOf(
        'queue_tickets',
        db.get("SELECT count(*) AS n FROM queue_tickets WHERE day = ? AND status = 'waiting'", [day]),
      ),
    insert(t) {
      db.run(
        `INSERT INTO queue_tickets (id, day, service, number, ticket, status, context, worker_id, taken_at, taken_terminal)
         VALUES (?, ?, ?, ?, ?, 'waiting', ?, ?, ?, ?)`,
        [
          randomUUID(),
          t.day,
          t.service,
          t.number,
          t.ticket,
          t.context ? JSON.stringify({ viewedJobs: t.context.viewedJobs, note: t.context.note }) : null,
          t.workerId,
          t.at.toISOString(),
          t.terminal,
        ],
      );
    },
    waiting: (day) =>
      db
        .all(
          `SELECT ${COLUMNS} FROM queue_tickets WHERE day = ? AND status = 'waiting' ORDER BY taken_at, number`,
          [day],
        )
        .map(ticket),
    nextWaiting(day, service) {
      const row = db.get(
        `SELECT ${COLUMNS} FROM queue_tickets WHERE day = ? AND status = 'waiting' ${service ? 'AND service = ?' : ''}
          ORDER BY taken_at, number LIMIT 1`,
        service ? [day, service] : [day],
      );
      return row && ticket(row);
    },
    finishCalled(day, window) {
      db.run("UPDATE queue_tickets SET status = 'done' WHERE day = ? AND status = 'called' AND window = ?", [
        day,
        window,
      ]);
    },
    call(id, c) {
      db.run(
        "UPDATE queue_tickets SET status = 'called', called_at = ?, window = ?, called_by = ? WHERE id = ?",
        [c.at.toISOString(), c.window, c.by, id],
      );
    },
    latestTicketOf(workerId, day) {
      const row = db.get(
        'SELECT ticket FROM queue_tickets WHERE worker_id = ? AND day = ? ORDER BY taken_at DESC LIMIT 1',
        [workerId, day],
      );
      return row && reader('queue_tickets', row).text('ticket');
    },
    viewedJobs: (jobIds) =>
      jobIds.flatMap((id) => {
        const row = db.get('SELECT title FROM jobs WHERE id = ?', [id]);
        return row ? [{ id, title: reader('jobs', row).text('title') }] : [];
      }),
    callsOn: (day, limit) =>
      db
        .all(
          `SELECT ticket, window, called_at FROM queue_tickets
            WHERE day = ? AND called_at IS NOT NULL ORDER BY called_at DESC, rowid DESC LIMIT ?`,
          [day, limit],
        )
        .map((row) => {
          const r = reader('queue_tickets', row);
          return { ticket: r.text('ticket'), window: r.textOrNull('window'), calledAt: r.text('called_at') };
        }),
  };
}
