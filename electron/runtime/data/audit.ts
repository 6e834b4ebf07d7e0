import type { AuditRow, Page } from '../../api';

/**
 * One entry of the audit trail as written. The subject is an opaque id or a count and the detail
 * names fields or counts: the trail must never become a second copy of anyone's data.
 */
export interface AuditEntry {
  at: Date;
  /** A staff id, a terminal id, 'console' (the operator CLI) or 'system'. */
  actor: string;
  terminal: string | null;
  /** Dotted verb, e.g. 'workers.reveal_id' (the domain's vocabulary: audit/audit-log). */
  action: string;
  subject: string;
  detail?: Record<string, string | number | boolean | string[]>;
}

export interface AuditQuery {
  subject?: string | undefined;
  action?: string | undefined;
  limit: number;
  offset: number;
}

/** An audit row as stored; the terminal's place name is the caller's to add (terminals/place-names). */
export type StoredAuditRow = Omit<AuditRow, 'place'>;

export interface AuditRepository {
  /** Appends inside the caller's write, so the action and its record commit together. */
  append(entry: AuditEntry): void;
  /** Newest first, with the acting staff member's name where the actor is one (the place is named by the caller). */
  list(query: AuditQuery): Page<StoredAuditRow>;
}
