import type { Job } from '../../schema/job';
import type { Repositories } from '../data/repositories';
import { applyJobChanges } from './job-apply';
import { checkJob } from './job-validation';
import type { SyncRole } from '../../contract/define';
import { appendAudit } from '../audit/audit-log';
import {
  receiveApplication,
  receiveEdit,
  receiveErasure,
  receiveRegistration,
  receiveTicket,
  receiveVisit,
  type Outcome,
} from './hall-record';
import { eventDigest } from './outbox';
import {
  applicationCreatedSchema,
  describeIssues,
  ticketTakenSchema,
  eventSenders,
  payloadSchemas,
  workerRegisteredSchema,
  type EventResult,
  type SyncEvent,
} from './protocol';

export interface Received {
  results: EventResult[];
  /** Jobs posted or updated in the hall by these events, for the cache's subscribers. */
  upserted: Job[];
  accepted: number;
  /** Accepted events that changed the hall's record of people (worker.*): the desk's lists and figures. */
  people: number;
  /** Who applied for which employer's job (application.created taken into the record): their booths and records. */
  applied: { workerId: string; employerId: string }[];
  /** Tickets taken into the hall's queue: the desk's queue and the screen's count read it again. */
  tickets: number;
}

/** What an accepted event changes here, besides being kept for forwarding (sync/hall-record.ts for people). */
function applyEffect(
  tx: Repositories,
  e: SyncEvent,
  terminal: string,
  clock: InboxClock,
  upserted: Job[],
): Outcome {
  switch (e.type) {
    case 'worker.registered': {
      // A registration's visit is dated when it happened at the terminal, not when it arrived.
      const at = new Date(e.at);
      return receiveRegistration(tx, workerRegisteredSchema.parse(e.payload), terminal, at, clock.dayOf(at));
    }
    case 'worker.updated':
      return receiveEdit(tx, e, terminal);
    case 'worker.erased':
      return receiveErasure(tx, String(e.payload.workerId), terminal, e.payload.reason);
    case 'application.created':
      return receiveApplication(tx, applicationCreatedSchema.parse(e.payload), terminal, clock.dayOf);
    case 'worker.visited':
      return receiveVisit(tx, e.payload as { workerId: string; at: string }, terminal, clock.dayOf);
    case 'ticket.taken':
      return receiveTicket(tx, ticketTakenSchema.parse(e.payload), terminal);
    case 'job.posted':
    case 'job.updated': {
      const checked = checkJob({ ...e.payload, source: 'hall' });
      if (!checked.ok) return { rejected: `invalid job: ${checked.reason}` };
      upserted.push(...applyJobChanges(tx, [checked.job], [], { now: clock.now }).upserted);
      return undefined;
    }
    default:
      return undefined;
  }
}

/** The moment events are received, and the station's day of an instant (the hub's clock.dayOf). */
export interface InboxClock {
  now: Date;
  dayOf(at: Date): string;
}

/** The syncing terminal an event batch comes from: its unique id and its role. */
export interface Sender {
  id: string;
  role: SyncRole;
}

/**
 * Takes a terminal's events into the hub's store, inside the caller's transaction. The id is the
 * idempotency key: seen with the same content → duplicate; seen with different content → rejected
 * (the Idempotency-Key draft's 422). An event type this kind of terminal never causes is rejected
 * (`eventSenders`). New events are validated, applied, audited with the sender, and kept in the
 * hub's own outbox under the same id, so the platform too sees each event once whatever retries
 * happen between.
 */
export function receiveEvents(
  tx: Repositories,
  events: readonly SyncEvent[],
  sender: Sender,
  clock: InboxClock,
): Received {
  const { now } = clock;
  const terminal = sender.id;
  const results: EventResult[] = [];
  const upserted: Job[] = [];
  let accepted = 0;
  let people = 0;
  const applied: Received['applied'] = [];
  let tickets = 0;
  // Refused, changing nothing; audited, so staff can see which terminal sent what and why it was refused.
  const refuse = (e: SyncEvent, reason: string) => {
    appendAudit(tx, {
      at: now,
      actor: terminal,
      terminal,
      action: 'sync.event_rejected',
      subject: e.id,
      detail: { type: e.type, reason },
    });
    results.push({ id: e.id, status: 'rejected', reason });
  };
  for (const e of events) {
    const seen = tx.outbox.byId(e.id);
    if (seen) {
      if (seen.digest === eventDigest(e)) results.push({ id: e.id, status: 'duplicate' });
      else refuse(e, 'idempotency key reused with a different payload');
      continue;
    }
    if (!eventSenders[e.type].includes(sender.role)) {
      refuse(e, `a ${sender.role} terminal does not send ${e.type}`);
      continue;
    }
    const checked = payloadSchemas[e.type].safeParse(e.payload);
    if (!checked.success) {
      refuse(e, `invalid ${e.type} payload: ${describeIssues(checked.error)}`);
      continue;
    }
    const outcome = applyEffect(tx, e, terminal, clock, upserted);
    if (outcome && 'rejected' in outcome) {
      refuse(e, outcome.rejected);
      continue;
    }
    tx.outbox.keep(e, terminal, now);
    // Kept for its id (a retry is a duplicate), but nothing the upstream lacks.
    if (outcome && outcome.forward === false) tx.outbox.delivered(e.id, now);
    appendAudit(tx, {
      at: now,
      actor: terminal,
      terminal,
      action: 'sync.event_received',
      subject: e.id,
      detail: { type: e.type },
    });
    results.push({ id: e.id, status: 'accepted', ...(outcome ? { reason: outcome.note } : {}) });
    accepted++;
    if (e.type.startsWith('worker.')) people++;
    if (e.type === 'ticket.taken') tickets++;
    if (e.type === 'application.created' && !outcome) {
      const a = applicationCreatedSchema.parse(e.payload);
      applied.push({ workerId: tx.hallWorkers.resolve(a.workerId) ?? a.workerId, employerId: a.employerId });
    }
  }
  return { results, upserted, accepted, people, applied, tickets };
}
