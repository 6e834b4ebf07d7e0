import { randomUUID } from 'node:crypto';
import type { AuditRow, Page } from '../../api';
import type { CallContext } from '../../dispatcher';
import type { Db } from '../store/db';

/**
 * Audited actions. The subject is an opaque id (a worker's or a staff member's), the detail names
 * fields or counts: the audit trail itself must never become a second copy of anyone's data.
 */
export type AuditAction =
  | 'staff.sign_in'
  | 'staff.sign_in_failed'
  | 'staff.locked'
  | 'staff.sign_out'
  | 'staff.idle_sign_out'
  | 'staff.create'
  | 'staff.update'
  | 'workers.reveal_id'
  | 'workers.register_manual'
  | 'workers.register_card'
  | 'workers.card_opened'
  | 'workers.edit'
  | 'workers.key_group'
  | 'workers.outcome'
  | 'workers.erase'
  | 'services.record'
  | 'referrals.create'
  | 'referrals.update'
  | 'follow_ups.record'
  | 'employers.report'
  | 'jobs.post'
  | 'jobs.edit'
  | 'jobs.status'
  | 'jobs.confirm'
  | 'reports.export'
  | 'reports.export_full_id'
  /** Kept for entries made before pairing was approved at the desk. */
  | 'terminals.pairing_code'
  | 'terminals.approve'
  | 'terminals.approve_unknown'
  | 'terminals.rename'
  | 'terminals.revoke'
  | 'booth.assign'
  | 'booth.unassign'
  | 'booth.profile'
  | 'booth.call'
  | 'booth.identify'
  | 'booth.outcome'
  | 'notices.post'
  | 'notices.remove'
  | 'sync.event_received';

export interface AuditInput {
  at: Date;
  /** A staff id, 'console' (the operator CLI) or 'system'. */
  actor: string;
  terminal: string | null;
  action: AuditAction;
  subject: string;
  detail?: Record<string, string | number | boolean | string[]>;
}

/** Appends one entry inside the caller's write transaction, so the action and its record commit together. */
export function appendAudit(db: Db, e: AuditInput): void {
  db.run(
    'INSERT INTO audit (id, at, actor, action, subject, terminal, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
    [
      randomUUID(),
      e.at.toISOString(),
      e.actor,
      e.action,
      e.subject,
      e.terminal,
      e.detail ? JSON.stringify(e.detail) : null,
    ],
  );
}

/** The usual case: a signed-in staff member acting through a terminal. */
export function auditCall(
  db: Db,
  caller: CallContext,
  at: Date,
  action: AuditAction,
  subject: string,
  detail?: AuditInput['detail'],
): void {
  appendAudit(db, {
    at,
    actor: caller.staff?.staffId ?? (caller.terminal === 'cli' ? 'console' : 'system'),
    terminal: caller.terminal,
    action,
    subject,
    ...(detail ? { detail } : {}),
  });
}

export function listAudit(
  db: Db,
  q: { subject?: string | undefined; action?: string | undefined; limit: number; offset: number },
): Page<AuditRow> {
  const where: string[] = [];
  const params: string[] = [];
  if (q.subject) {
    where.push('a.subject = ?');
    params.push(q.subject);
  }
  if (q.action) {
    where.push('a.action = ?');
    params.push(q.action);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = Number(db.get<{ n: number }>(`SELECT count(*) AS n FROM audit a ${clause}`, params)?.n ?? 0);
  const items = db.all<AuditRow>(
    `SELECT a.id, a.at, a.actor, s.name AS actorName, a.terminal, a.action, a.subject, a.detail
       FROM audit a LEFT JOIN staff s ON s.id = a.actor ${clause}
      ORDER BY a.at DESC, a.rowid DESC LIMIT ? OFFSET ?`,
    [...params, q.limit, q.offset],
  );
  return { total, items };
}
