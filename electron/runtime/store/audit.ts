import { randomUUID } from 'node:crypto';
import type { Db } from './db';

export interface AuditEntry {
  at: Date;
  /** A role or terminal id ('system', 'desk-1'), never a person's name. */
  actor: string;
  /** Dotted verb, e.g. 'retention.purge', 'workers.reveal_id'. */
  action: string;
  /** An opaque record id or a count; never a name, ID number or phone. */
  subject: string;
}

/** Appends an audit row inside the caller's write transaction. The id is made in JS so replay is deterministic. */
export function appendAudit(db: Db, entry: AuditEntry): void {
  db.run('INSERT INTO audit (id, at, actor, action, subject) VALUES (?, ?, ?, ?, ?)', [
    randomUUID(),
    entry.at.toISOString(),
    entry.actor,
    entry.action,
    entry.subject,
  ]);
}
