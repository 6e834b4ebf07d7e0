import { createHash, randomUUID } from 'node:crypto';
import type { NewEvent } from '../data/outbox';
import type { Repositories } from '../data/repositories';
import { canonicalJson, payloadSchemas, type EventResult, type SyncEvent } from './protocol';

/** Fingerprint of what an idempotency key stands for: same key + different fingerprint = a conflicting reuse. */
export function eventDigest(e: Pick<SyncEvent, 'type' | 'at' | 'payload'>): string {
  return createHash('sha256')
    .update(canonicalJson({ type: e.type, at: e.at, payload: e.payload }))
    .digest('hex');
}

/**
 * An event ready to store: its payload checked against the protocol (a payload that breaks it is a
 * bug, and throws), and a fresh id, the idempotency key every retry reuses. Only the outbox's `add`
 * calls it: an event is made there, inside the write that makes the change it describes.
 */
export function checkedEvent(event: NewEvent): SyncEvent {
  const checked = payloadSchemas[event.type].safeParse(event.payload);
  if (!checked.success) throw new Error(`outbox: a ${event.type} payload does not match the protocol`);
  return { id: randomUUID(), type: event.type, at: event.at.toISOString(), payload: event.payload };
}

/** Accepted and duplicate are both delivered; rejected goes to quarantine with the upstream's reason. */
export function settle(
  tx: Repositories,
  results: readonly EventResult[],
  now: Date,
): { done: number; quarantined: number } {
  let done = 0;
  let quarantined = 0;
  for (const r of results) {
    if (r.status === 'rejected') {
      tx.outbox.quarantine(r.id, r.reason ?? 'rejected by upstream (no reason given)', now);
      quarantined++;
    } else {
      tx.outbox.delivered(r.id, now);
      done++;
    }
  }
  return { done, quarantined };
}
