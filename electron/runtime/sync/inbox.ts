import type { Job } from '../../schema/job';
import type { Repositories } from '../data/repositories';
import { applyJobChanges } from './job-apply';
import { checkJob } from './job-validation';
import type { SyncRole } from '../../contract/define';
import { appendAudit } from '../audit/audit-log';
import { eventDigest } from './outbox';
import {
  describeIssues,
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
}

/** What an accepted event changes here, besides being kept for forwarding. Returns a reason to reject, or nothing. */
function applyEffect(
  tx: Repositories,
  e: SyncEvent,
  terminal: string,
  now: Date,
  upserted: Job[],
): string | undefined {
  switch (e.type) {
    case 'worker.registered': {
      const w = workerRegisteredSchema.parse(e.payload);
      // The first registration of a person in the hall wins; a second one made while a terminal was
      // offline is still forwarded, and the platform reconciles the two by idHash.
      tx.hallWorkers.remember({
        idHash: w.idHash,
        workerId: w.workerId,
        shareWithEmployers: w.consent.shareWithEmployers,
        registeredAt: w.registeredAt,
        terminal,
      });
      return undefined;
    }
    case 'worker.erased':
      tx.hallWorkers.forget(String(e.payload.workerId));
      return undefined;
    case 'job.posted':
    case 'job.updated': {
      const checked = checkJob({ ...e.payload, source: 'hall' });
      if (!checked.ok) return `invalid job: ${checked.reason}`;
      upserted.push(...applyJobChanges(tx, [checked.job], [], { now }).upserted);
      return undefined;
    }
    default:
      return undefined;
  }
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
  now: Date,
): Received {
  const terminal = sender.id;
  const results: EventResult[] = [];
  const upserted: Job[] = [];
  let accepted = 0;
  for (const e of events) {
    const seen = tx.outbox.byId(e.id);
    if (seen) {
      results.push(
        seen.digest === eventDigest(e)
          ? { id: e.id, status: 'duplicate' }
          : { id: e.id, status: 'rejected', reason: 'idempotency key reused with a different payload' },
      );
      continue;
    }
    if (!eventSenders[e.type].includes(sender.role)) {
      results.push({
        id: e.id,
        status: 'rejected',
        reason: `a ${sender.role} terminal does not send ${e.type}`,
      });
      continue;
    }
    const checked = payloadSchemas[e.type].safeParse(e.payload);
    if (!checked.success) {
      results.push({
        id: e.id,
        status: 'rejected',
        reason: `invalid ${e.type} payload: ${describeIssues(checked.error)}`,
      });
      continue;
    }
    const problem = applyEffect(tx, e, terminal, now, upserted);
    if (problem) {
      results.push({ id: e.id, status: 'rejected', reason: problem });
      continue;
    }
    tx.outbox.keep(e, terminal, now);
    appendAudit(tx, {
      at: now,
      actor: terminal,
      terminal,
      action: 'sync.event_received',
      subject: e.id,
      detail: { type: e.type },
    });
    results.push({ id: e.id, status: 'accepted' });
    accepted++;
  }
  return { results, upserted, accepted };
}
