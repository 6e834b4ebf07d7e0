import type { StaffAccount, StaffRole } from '../../api';

/** A staff account as stored, with its PIN hash and lock state (never sent to a page as is). */
export interface StaffRecord {
  id: string;
  username: string;
  name: string;
  role: StaffRole;
  pinHash: string;
  active: boolean;
  /** Wrong PINs on record at every terminal (staff/lockout.ts says which still count). */
  failedAttempts: number;
  /** ISO instant the hall-wide lock ends (`hallMaxFailures` across terminals), or null. */
  lockedUntil: string | null;
  /** The latest end of any lock, hall-wide or at one terminal, even if it has passed; or null. */
  lastLockEnds: string | null;
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
  /** Wrong PINs the terminal still counts for the account, and when the lock they made there ends. */
  failuresAt(id: string, terminal: string): { count: number; lockedUntil: string | null };
  /** Wrong PINs for the account at every terminal after an instant. */
  failuresAfter(id: string, at: string): number;
  /** One wrong PIN; `lockedUntil` when it locks the account at that terminal. */
  addFailure(id: string, terminal: string, at: string, lockedUntil: string | null): void;
  /** Locks the account at every terminal until the instant given. */
  lockEverywhere(id: string, until: string): void;
  /**
   * Forgets the locks at terminals that ended by `now` (and the hall-wide one), with the wrong PINs
   * that made them, and wrong PINs from before `since` that no terminal counts any more.
   */
  forgetEnded(id: string, now: string, since: string): void;
  /** One terminal's count starts again; its wrong PINs still count toward the hall's ceiling. */
  clearFailuresAt(id: string, terminal: string): void;
  /** Forgets every wrong PIN and lock of the account, at every terminal. */
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
    lockedUntil: r.lastLockEnds,
  };
}
