import type { StaffAccount, StaffRole } from '../../api';

/** A staff account as stored, with its PIN hash and lock state (never sent to a page as is). */
export interface StaffRecord {
  id: string;
  username: string;
  name: string;
  role: StaffRole;
  pinHash: string;
  active: boolean;
  failedAttempts: number;
  /** ISO instant, or null when not locked. */
  lockedUntil: string | null;
  /** The demo administrator of a simulator-only station. */
  demo: boolean;
  createdAt: string;
}

export interface NewStaff {
  username: string;
  name: string;
  role: StaffRole;
  pinHash: string;
  demo?: boolean;
  createdBy: string;
  at: Date;
}

export interface StaffRepository {
  byUsername(username: string): StaffRecord | undefined;
  byId(id: string): StaffRecord | undefined;
  count(): number;
  /** Whether the active demo administrator exists. */
  hasDemoAccount(): boolean;
  /** Returns the new account's id. */
  insert(staff: NewStaff): string;
  recordFailure(id: string, failures: number, lockedUntil: string | null): void;
  clearFailures(id: string): void;
  setActive(id: string, active: boolean): void;
  /** A new PIN also clears the failure count and any lock. */
  setPinHash(id: string, pinHash: string): void;
  /** Every account, oldest first, as staff see them. */
  list(): StaffAccount[];
  /** Display names by id, for "who confirmed / who recorded" columns. */
  names(): Map<string, string>;
}

/** What a staff screen may see of an account: no hash, no failure count. */
export function toAccount(r: StaffRecord): StaffAccount {
  return {
    id: r.id,
    username: r.username,
    name: r.name,
    role: r.role,
    active: r.active,
    createdAt: r.createdAt,
    lockedUntil: r.lockedUntil,
  };
}
