import type { Repositories } from '../data/repositories';
import type { DeskConfig } from '../desk/desk-config';

/**
 * Where wrong PINs lock an account. A terminal that gives `maxFailures` wrong PINs in a row for an
 * account locks it there alone, for `lockoutMinutes`: a stolen desk token cannot keep the only
 * administrator out of the other desks. Across all terminals, `hallMaxFailures` wrong PINs within
 * the last `lockoutMinutes` lock it everywhere for `lockoutMinutes`, so many tokens cannot guess on.
 *
 * What that costs a guesser: no `lockoutMinutes` window ever holds more than `hallMaxFailures`
 * counted wrong PINs for an account (the one that reaches the ceiling locks it until every one of
 * them has left the window, and PINs tried while locked are refused uncounted). At the defaults,
 * 20 per 15 minutes is at most 1,920 a day: against a random 6-digit PIN (10^6), a 0.19% chance
 * a day, 5.8% over 30 days of guessing around the clock, each quarter hour audited as a
 * `staff.locked`. One stolen token alone gets 5 per 15 minutes, as before (0.048% a day).
 *
 * Every lock and count is in the database, so a restart clears none; only failures count, a success
 * forgets its terminal's count, and an administrator's unlock (desk or `staff unlock`) forgets all.
 */
export type Lock = 'here' | 'everywhere';

type Tx = Pick<Repositories, 'staff'>;
type Rules = Pick<DeskConfig, 'maxFailures' | 'lockoutMinutes' | 'hallMaxFailures'>;

/** Whether the account is locked for a sign-in at this terminal now. */
export function lockFor(tx: Tx, staffId: string, terminal: string, now: Date): Lock | null {
  const at = now.toISOString();
  const everywhere = tx.staff.byId(staffId)?.lockedUntil;
  if (everywhere && everywhere > at) return 'everywhere';
  const here = tx.staff.failuresAt(staffId, terminal).lockedUntil;
  return here && here > at ? 'here' : null;
}

/**
 * Counts one wrong PIN from a terminal the account is not locked at, inside the caller's write so
 * that two at once both count. Returns the counts and the lock it made, if any.
 */
export function countFailure(
  tx: Tx,
  staffId: string,
  terminal: string,
  now: Date,
  rules: Rules,
): { here: number; hall: number; locked: Lock | null } {
  const at = now.toISOString();
  const period = rules.lockoutMinutes * 60_000;
  const until = new Date(now.getTime() + period).toISOString();
  const since = new Date(now.getTime() - period).toISOString();
  // A lock that has run out starts its terminal's count again; its PINs are a period old, so the
  // hall's count loses nothing by it.
  tx.staff.forgetEnded(staffId, at, since);
  const here = tx.staff.failuresAt(staffId, terminal).count + 1;
  const locksHere = here >= rules.maxFailures;
  tx.staff.addFailure(staffId, terminal, at, locksHere ? until : null);
  const hall = tx.staff.failuresAfter(staffId, since);
  const locksEverywhere = hall >= rules.hallMaxFailures;
  if (locksEverywhere) tx.staff.lockEverywhere(staffId, until);
  return { here, hall, locked: locksEverywhere ? 'everywhere' : locksHere ? 'here' : null };
}

/**
 * A right PIN at a terminal starts its count again; the other terminals' count on, and its wrong
 * PINs of the last period still count toward the ceiling (a token shared with a busy desk gains
 * nothing from her sign-ins there).
 */
export function countSuccess(tx: Tx, staffId: string, terminal: string, now: Date, rules: Rules): void {
  const since = new Date(now.getTime() - rules.lockoutMinutes * 60_000).toISOString();
  tx.staff.forgetEnded(staffId, now.toISOString(), since);
  tx.staff.clearFailuresAt(staffId, terminal);
}
