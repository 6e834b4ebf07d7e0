import { createHash, randomUUID } from 'node:crypto';
import type { QuarantinedEvent } from '../../contract/sync';
import type { Db } from '../store/db';
import { enteringOutbox } from './outbox-delivery';
import { canonicalJson, payloadSchemas, type EventResult, type EventType, type SyncEvent } from './protocol';

/** Fingerprint of what an idempotency key stands for: same key + different fingerprint = a conflicting reuse. */
export function eventDigest(e: Pick<SyncEvent, 'type' | 'at' | 'payload'>): string {
  return createHash('sha256')
    .update(canonicalJson({ type: e.type, at: e.at, payload: e.payload }))
    .digest('hex');
}

export interface NewEvent {
  type: EventType;
  payload: Record<string, unknown>;
  at: Date;
}

/**
 * The one way a change made here goes upstream: `db` is the connection of the write that makes the
 * change, so the change and its event are stored together or not at all (a throw later in that
 * write takes both back); outside a write it throws. The id made here is the idempotency key every
 * retry reuses. Delivery is woken once the write is on disk. A payload that breaks the protocol is a
 * bug and throws (rolling the change back with it).
 */
export function enqueueEvent(db: Db, event: NewEvent, origin = 'local'): string {
  const checked = payloadSchemas[event.type].safeParse(event.payload);
  if (!checked.success) throw new Error(`outbox: a ${event.type} payload does not match the protocol`);
  const e = { id: randomUUID(), type: event.type, at: event.at.toISOString(), payload: event.payload };
  insertEvent(db, e, origin, event.at);
  return e.id;
}

/** Stores an event as received (the hub keeping a terminal's event to forward it), keeping its id. */
export function insertEvent(db: Db, e: SyncEvent, origin: string, now: Date): void {
  enteringOutbox(db, e.type);
  db.run(
    `INSERT INTO outbox (id, type, at, payload, digest, origin, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [e.id, e.type, e.at, JSON.stringify(e.payload), eventDigest(e), origin, now.toISOString()],
  );
}

export function findEvent(db: Db, id: string): { digest: string; state: string } | undefined {
  return db.get<{ digest: string; state: string }>('SELECT digest, state FROM outbox WHERE id = ?', [id]);
}

/** The oldest pending events, in the order they were made: per worker, the order things happened. */
export function pendingBatch(db: Db, limit: number): SyncEvent[] {
  return db
    .all<{ id: string; type: EventType; at: string; payload: string }>(
      "SELECT id, type, at, payload FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT ?",
      [limit],
    )
    .map((r) => ({
      id: r.id,
      type: r.type,
      at: r.at,
      payload: JSON.parse(r.payload) as Record<string, unknown>,
    }));
}

/** Accepted and duplicate are both delivered; rejected goes to quarantine with the upstream's reason. */
export function settle(
  db: Db,
  results: readonly EventResult[],
  now: Date,
): { done: number; quarantined: number } {
  let done = 0;
  let quarantined = 0;
  const at = now.toISOString();
  for (const r of results) {
    if (r.status === 'rejected') {
      quarantine(db, r.id, r.reason ?? 'rejected by upstream (no reason given)', now);
      quarantined++;
    } else {
      db.run(
        "UPDATE outbox SET state = 'done', attempts = attempts + 1, settled_at = ? WHERE id = ? AND state = 'pending'",
        [at, r.id],
      );
      done++;
    }
  }
  return { done, quarantined };
}

export function quarantine(db: Db, id: string, reason: string, now: Date): void {
  db.run(
    "UPDATE outbox SET state = 'quarantined', attempts = attempts + 1, reason = ?, settled_at = ? WHERE id = ? AND state = 'pending'",
    [reason.slice(0, 500), now.toISOString(), id],
  );
}

export function recordAttempt(db: Db, ids: readonly string[], error: string): void {
  for (const id of ids) {
    db.run('UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?', [
      error.slice(0, 300),
      id,
    ]);
  }
}

export function outboxCounts(db: Db): { pending: number; quarantined: number; done: number } {
  const rows = db.all<{ state: string; n: number }>('SELECT state, count(*) AS n FROM outbox GROUP BY state');
  const n = (s: string) => Number(rows.find((r) => r.state === s)?.n ?? 0);
  return { pending: n('pending'), quarantined: n('quarantined'), done: n('done') };
}

/**
 * Quarantined events for staff: type, when, why, and which worker or job, never the payload itself
 * (it may hold a name).
 */
export function listQuarantined(
  db: Db,
  limit: number,
  offset: number,
): { total: number; items: QuarantinedEvent[] } {
  const total = Number(
    db.get<{ n: number }>("SELECT count(*) AS n FROM outbox WHERE state = 'quarantined'")?.n ?? 0,
  );
  const rows = db.all<{
    id: string;
    type: EventType;
    at: string;
    origin: string;
    reason: string | null;
    attempts: number;
    settled_at: string | null;
    worker_id: string | null;
    job_id: string | null;
  }>(
    `SELECT id, type, at, origin, reason, attempts, settled_at,
            json_extract(payload, '$.workerId') AS worker_id,
            coalesce(json_extract(payload, '$.jobId'), CASE WHEN type LIKE 'job.%' THEN json_extract(payload, '$.id') END) AS job_id
       FROM outbox WHERE state = 'quarantined' ORDER BY seq DESC LIMIT ? OFFSET ?`,
    [limit, offset],
  );
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      type: r.type,
      at: r.at,
      origin: r.origin,
      reason: r.reason ?? '',
      attempts: Number(r.attempts),
      quarantinedAt: r.settled_at ?? r.at,
      workerId: r.worker_id,
      jobId: r.job_id,
    })),
  };
}
