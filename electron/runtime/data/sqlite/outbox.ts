import type { Db } from '../../store/db';
import { checkedEvent, eventDigest } from '../../sync/outbox';
import { enteringOutbox } from '../../sync/outbox-delivery';
import { eventTypes, type SyncEvent } from '../../sync/protocol';
import { outboxStates, type OutboxRepository } from '../outbox';
import { countOf, CorruptRow, reader } from '../rows';

function payloadObject(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new CorruptRow('outbox', 'payload', 'expected a JSON object');
  return value as Record<string, unknown>;
}

export function sqliteOutbox(db: Db): OutboxRepository {
  const insert = (e: SyncEvent, origin: string, at: Date) => {
    // Refused outside a write; the write that stores it wakes delivery once it is on disk.
    enteringOutbox(db, e.type);
    db.run(
      `INSERT INTO outbox (id, type, at, payload, digest, origin, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [e.id, e.type, e.at, JSON.stringify(e.payload), eventDigest(e), origin, at.toISOString()],
    );
  };
  return {
    add(event) {
      const e = checkedEvent(event);
      insert(e, 'local', event.at);
      return e.id;
    },
    keep: insert,
    byId(id) {
      const row = db.get('SELECT digest, state FROM outbox WHERE id = ?', [id]);
      if (!row) return undefined;
      const r = reader('outbox', row);
      return { digest: r.text('digest'), state: r.oneOf('state', outboxStates) };
    },
    pending: (limit) =>
      db
        .all("SELECT id, type, at, payload FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT ?", [limit])
        .map((row) => {
          const r = reader('outbox', row);
          return {
            id: r.text('id'),
            type: r.oneOf('type', eventTypes),
            at: r.text('at'),
            payload: r.json('payload', payloadObject),
          };
        }),
    delivered(id, at) {
      db.run(
        "UPDATE outbox SET state = 'done', attempts = attempts + 1, settled_at = ? WHERE id = ? AND state = 'pending'",
        [at.toISOString(), id],
      );
    },
    quarantine(id, reason, at) {
      db.run(
        "UPDATE outbox SET state = 'quarantined', attempts = attempts + 1, reason = ?, settled_at = ? WHERE id = ? AND state = 'pending'",
        [reason.slice(0, 500), at.toISOString(), id],
      );
    },
    forgetWorker(workerId) {
      const mine = "json_extract(payload, '$.workerId') = ?";
      const delivered =
        countOf(
          'outbox',
          db.get(`SELECT count(*) AS n FROM outbox WHERE ${mine} AND state = 'done'`, [workerId]),
        ) > 0;
      db.run(`DELETE FROM outbox WHERE ${mine} AND state <> 'done'`, [workerId]);
      // Not even the id stays: the event is an id and a digest, answering a retry, about no one.
      db.run(`UPDATE outbox SET payload = json_object('erased', 1) WHERE ${mine}`, [workerId]);
      return delivered;
    },
    failedAttempt(id, error) {
      db.run('UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?', [
        error.slice(0, 300),
        id,
      ]);
    },
    counts() {
      const counts = { pending: 0, quarantined: 0, done: 0 };
      for (const row of db.all('SELECT state, count(*) AS n FROM outbox GROUP BY state')) {
        const r = reader('outbox', row);
        counts[r.oneOf('state', outboxStates)] = r.int('n');
      }
      return counts;
    },
    quarantined(limit, offset) {
      const total = countOf('outbox', db.get("SELECT count(*) AS n FROM outbox WHERE state = 'quarantined'"));
      const items = db
        .all(
          `SELECT id, type, at, origin, reason, attempts, settled_at,
                  json_extract(payload, '$.workerId') AS worker_id,
                  coalesce(json_extract(payload, '$.jobId'), CASE WHEN type LIKE 'job.%' THEN json_extract(payload, '$.id') END) AS job_id
             FROM outbox WHERE state = 'quarantined' ORDER BY seq DESC LIMIT ? OFFSET ?`,
          [limit, offset],
        )
        .map((row) => {
          const r = reader('outbox', row);
          const at = r.text('at');
          return {
            id: r.text('id'),
            type: r.text('type'),
            at,
            origin: r.text('origin'),
            reason: r.textOrNull('reason') ?? '',
            attempts: r.int('attempts'),
            quarantinedAt: r.textOrNull('settled_at') ?? at,
            workerId: r.textOrNull('worker_id'),
            jobId: r.textOrNull('job_id'),
          };
        });
      return { total, items };
    },
  };
}
