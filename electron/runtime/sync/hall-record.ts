import { z } from 'zod';
import type { Repositories } from '../data/repositories';
import { storeAnswers } from '../kiosk/profiles';
import { recordVisit } from '../workers/registration';
import {
  RETENTION_ERASURE,
  hallAnswersSchema,
  type ApplicationCreated,
  type SyncEvent,
  type TicketTaken,
  type WorkerRegistered,
} from './protocol';

/**
 * How the hub merges what its terminals send into its own tables, so every feature reads one record
 * per person (README, "The hall's record"). Each function returns a reason to reject the event, or
 * `{ note }` for an accepted one that changed nothing, or undefined.
 */
export type Outcome = { rejected: string } | { note: string; forward?: false } | undefined;

/**
 * One person, one record, keyed by the hall's HMAC. New to the hall: a worker row without the clear
 * number, registered at that terminal. Known: a return at that terminal; when the terminal gave them
 * another id (it was offline), the first id stays the record's and the second becomes its alias
 * (still forwarded: the platform reconciles the two by idHash as before).
 */
export function receiveRegistration(
  tx: Repositories,
  w: WorkerRegistered,
  terminal: string,
  at: Date,
  day: string,
): Outcome {
  const existing = tx.workers.byHash(w.idHash);
  const named = tx.hallWorkers.resolve(w.workerId);
  if (named && named !== existing?.id)
    return { rejected: `worker ${w.workerId} is another person at the hub` };
  if (!existing) {
    tx.hallWorkers.insertReceived({
      workerId: w.workerId,
      idHash: w.idHash,
      maskedIdNumber: w.maskedIdNumber,
      name: w.name,
      sex: w.sex,
      birthDate: w.birthDate,
      cardType: w.cardType,
      shareWithEmployers: w.consent.shareWithEmployers,
      phoneToEmployers: w.consent.phoneToEmployers ?? false,
      consentAt: w.consent.at,
      registeredAt: w.registeredAt,
      terminal,
    });
    recordVisit(tx, w.workerId, 'registered', terminal, at, day);
    return undefined;
  }
  recordVisit(tx, existing.id, 'returned', terminal, at, day);
  // Under the hall's id (the terminal asked the hub first): the upstream has this person already.
  if (named) return { note: `a return of worker ${existing.id}`, forward: false };
  tx.hallWorkers.addAlias(w.workerId, existing.id, terminal, at.toISOString());
  return { note: `the same person as worker ${existing.id}: kept as its alias` };
}

/**
 * The fields of the hall's record a terminal may edit, and how each is applied. What the
 * registration consent covers and the desk searches by; a field not listed is refused, never stored.
 */
const editableFields: Record<
  string,
  (tx: Repositories, workerId: string, value: unknown, at: Date) => string | null
> = {
  phone: (tx, workerId, value) => {
    const phone = typeof value === 'string' && value !== '' ? value : null;
    tx.workers.setPhone(workerId, phone);
    return phone;
  },
  // Validated with the payload (protocol.ts hallAnswersSchema); stored as the kiosk stores them.
  answers: (tx, workerId, value, at) => {
    const answers = hallAnswersSchema.parse(value);
    storeAnswers(tx, workerId, answers, at);
    return JSON.stringify(answers);
  },
};

/** A consent for employers, changed at a terminal's desk: stored as the hub's own desk stores it. */
const consentField =
  (set: (tx: Repositories, workerId: string, value: boolean) => void) =>
  (tx: Repositories, workerId: string, value: unknown) => {
    const given = z.boolean().parse(value);
    set(tx, workerId, given);
    return String(given);
  };
editableFields.shareWithEmployers = consentField((tx, id, v) => tx.workers.setShareWithEmployers(id, v));
editableFields.phoneToEmployers = consentField((tx, id, v) => tx.workers.setPhoneToEmployers(id, v));

/**
 * Fields the hall keeps to itself: an edit of only these is not forwarded to the platform (the
 * wishes, and what employers at the hall's booths may see).
 */
const hallOnlyFields = new Set(['answers', 'shareWithEmployers', 'phoneToEmployers']);

/** The record a worker event names, if this terminal has served the person (read their card). */
function servedRecord(
  tx: Repositories,
  workerId: string,
  terminal: string,
): { id: string } | { rejected: string } {
  const id = tx.hallWorkers.resolve(workerId);
  if (!id) return { rejected: `worker ${workerId} is not known at the hub` };
  if (!tx.hallWorkers.servedBy(id, terminal))
    return { rejected: `${terminal} has not registered or seen worker ${workerId}` };
  return { id };
}

/**
 * Profile edits, per field. The later `at` wins, ties broken by the event id, whatever order the
 * events arrive in: an edit older than the field's current value is accepted (it happened, and the
 * terminal must not quarantine a valid edit made offline) and kept in the history as superseded, but
 * does not change the field.
 */
export function receiveEdit(tx: Repositories, e: SyncEvent, terminal: string): Outcome {
  const p = e.payload as {
    workerId: string;
    idHash?: string;
    actor?: unknown;
    changes: Record<string, unknown>;
  };
  const record = servedRecord(tx, p.workerId, terminal);
  if ('rejected' in record) return record;
  if (p.idHash && p.idHash !== tx.workers.idHashOf(record.id))
    return { rejected: `idHash does not match worker ${p.workerId}` };
  const fields = Object.keys(p.changes).filter((f) => p.changes[f] !== undefined);
  const foreign = fields.filter((f) => !Object.hasOwn(editableFields, f));
  if (foreign.length) return { rejected: `not part of the hall's record: ${foreign.join(', ')}` };
  if (!fields.length) return { rejected: 'no changes' };
  const hallOnly = fields.filter((f) => hallOnlyFields.has(f));
  if (hallOnly.length && hallOnly.length !== fields.length)
    return { rejected: `${hallOnly.join(', ')} travel in an event of their own` };
  const at = new Date(e.at).toISOString();
  const superseded: string[] = [];
  for (const field of fields) {
    const last = tx.hallWorkers.lastApplied(record.id, field);
    const newer = !last || at > last.at || (at === last.at && e.id > last.eventId);
    const value = p.changes[field];
    const stored = newer
      ? editableFields[field]!(tx, record.id, value, new Date(at))
      : value == null
        ? null
        : typeof value === 'string'
          ? value
          : JSON.stringify(value);
    if (!newer) superseded.push(field);
    tx.hallWorkers.recordEdit({
      eventId: e.id,
      workerId: record.id,
      field,
      value: stored,
      terminal,
      actor: typeof p.actor === 'string' ? p.actor : null,
      at,
      applied: newer,
    });
  }
  const forward = hallOnly.length ? { forward: false as const } : {};
  if (superseded.length) return { note: `superseded by a later edit: ${superseded.join(', ')}`, ...forward };
  return hallOnly.length ? { note: 'kept in the hall', forward: false } : undefined;
}

/**
 * A 报名 at a terminal is a referral of the hall: the hub opens it in state 已报名 under the
 * terminal's referral id (with its 职业介绍 entry), or marks as applied the one the desk had made to
 * that job, and keeps the application the booth lists. Someone who applied for the same job at two
 * terminals applied once: the second is accepted (it happened) but changes nothing and is not
 * forwarded. Only a terminal that served the person may say they applied, for a job the hall has.
 */
export function receiveApplication(
  tx: Repositories,
  a: ApplicationCreated,
  terminal: string,
  day: (at: Date) => string,
): Outcome {
  const record = servedRecord(tx, a.workerId, terminal);
  if ('rejected' in record) return record;
  const job = tx.jobs.byId(a.jobId);
  if (!job) return { rejected: `job ${a.jobId} is not known at the hub` };
  if (job.employer.id !== a.employerId)
    return { rejected: `job ${job.id} is not employer ${a.employerId}'s` };
  if (tx.applications.of(record.id, job.id))
    return { note: `worker ${record.id} has already applied for job ${job.id}`, forward: false };
  const at = new Date(a.at);
  const open = tx.referrals.openOf(record.id, job.id);
  const id = open?.id ?? a.referralId;
  if (open) tx.referrals.markApplied(open.id, at.toISOString());
  else
    tx.referrals.open({
      id,
      workerId: record.id,
      jobId: job.id,
      employerId: job.employer.id,
      jobTitle: job.title,
      employerName: job.employer.name,
      occupation: job.occupation,
      status: 'applied',
      at: at.toISOString(),
      day: day(at),
      staffId: null,
      terminal,
    });
  tx.applications.insert({
    id,
    workerId: record.id,
    jobId: job.id,
    employerId: job.employer.id,
    jobTitle: job.title,
    terminal,
    createdAt: at.toISOString(),
    day: day(at),
  });
  return undefined;
}

/**
 * A ticket taken at a terminal joins the hub's queue under the label the person holds, in the order
 * taken, with the person (the hall's record of them) and what they agreed to share. Labels carry
 * the terminal's tag, so one already taken today by another terminal means two terminals share a
 * tag: refused with the remedy, never merged into someone else's place in the line. Kept in the
 * hall: the platform has no queue.
 */
export function receiveTicket(tx: Repositories, t: TicketTaken, terminal: string): Outcome {
  let workerId: string | null = null;
  if (t.workerId) {
    const record = servedRecord(tx, t.workerId, terminal);
    if ('rejected' in record) return record;
    workerId = record.id;
  }
  if (tx.queue.hasTicket(t.day, t.ticket))
    return {
      rejected: `ticket ${t.ticket} was already taken on ${t.day} at another terminal: give each terminal its own upstream.ticketTag`,
    };
  tx.queue.insert({
    day: t.day,
    service: t.service,
    number: t.number,
    ticket: t.ticket,
    context: t.context,
    workerId,
    at: new Date(t.takenAt),
    terminal,
  });
  return { note: `ticket ${t.ticket} is in the hall's queue`, forward: false };
}

/**
 * A return at a terminal that has served her before (its own store knew her, so it did not
 * register her again): a returning visit in the hall's record, dated when it happened there, so
 * the hub's screen and reports count each visit of the hall once. Kept in the hall.
 */
export function receiveVisit(
  tx: Repositories,
  v: { workerId: string; at: string },
  terminal: string,
  day: (at: Date) => string,
): Outcome {
  const record = servedRecord(tx, v.workerId, terminal);
  if ('rejected' in record) return record;
  const at = new Date(v.at);
  recordVisit(tx, record.id, 'returned', terminal, at, day(at));
  return { note: `a return of worker ${record.id}`, forward: false };
}

/** An event about a person that only a terminal which served them may send. */
export function checkServed(tx: Repositories, workerId: string, terminal: string): Outcome {
  const record = servedRecord(tx, workerId, terminal);
  return 'rejected' in record ? record : undefined;
}

/**
 * Erasure the person asked for at a terminal erases the hall's record too. Not eraseWorkerRows: that
 * would tell the upstream a second time, and the received event already goes onward under its own
 * id. Undelivered events about the person are dropped, delivered ones stripped, as there. Someone the
 * hub never had is nothing to erase here. A terminal's retention purge only says that terminal's
 * copy is gone: the hall's record keeps to the hub's own retention, which sees every terminal's
 * visits, and the upstream hears nothing of it.
 */
export function receiveErasure(
  tx: Repositories,
  workerId: string,
  terminal: string,
  reason: unknown,
): Outcome {
  const id = tx.hallWorkers.resolve(workerId);
  if (!id) return undefined;
  const served = checkServed(tx, id, terminal);
  if (served) return served;
  if (reason === RETENTION_ERASURE)
    return { note: `${terminal}'s retention purge: the hall's record is kept`, forward: false };
  const idHash = tx.workers.idHashOf(id);
  tx.outbox.forgetWorker(id);
  if (id !== workerId) tx.outbox.forgetWorker(workerId);
  tx.visits.eraseFor(id);
  tx.workers.erase(id);
  // The hall's other terminals erase their copies from the erasure feed (GET /v1/erasures).
  if (idHash) tx.erasureFeed.add({ idHash, workerId: id, reason: 'request' });
  return undefined;
}
