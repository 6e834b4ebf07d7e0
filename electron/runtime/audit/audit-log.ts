import type { CallContext } from '../../dispatcher';
import type { AuditEntry } from '../data/audit';
import type { Repositories } from '../data/repositories';

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
  | 'sync.event_received'
  | 'sync.event_rejected'
  /** The hall's erasure feed, on a terminal: how many it erased here (a count, never who), or an entry refused. */
  | 'sync.erasures_applied'
  | 'sync.erasure_rejected';

/** An entry in the domain's closed vocabulary of actions. */
export interface AuditInput extends AuditEntry {
  action: AuditAction;
}

/** Appends one entry inside the caller's write transaction, so the action and its record commit together. */
export function appendAudit(tx: Repositories, e: AuditInput): void {
  tx.audit.append(e);
}

/** The usual case: a signed-in staff member acting through a terminal. */
export function auditCall(
  tx: Repositories,
  caller: CallContext,
  at: Date,
  action: AuditAction,
  subject: string,
  detail?: AuditInput['detail'],
): void {
  appendAudit(tx, {
    at,
    actor: caller.staff?.staffId ?? (caller.terminal === 'cli' ? 'console' : 'system'),
    terminal: caller.terminal,
    action,
    subject,
    ...(detail ? { detail } : {}),
  });
}
