import type { Db } from '../db';
import type { Migration } from '../migrate';

export const migration: Migration = {
  version: 11,
  name: 'sign-in: wrong PINs are counted per account and terminal; the staff row keeps only the hall-wide lock',
  up,
};

/**
 * One row per wrong PIN, with the terminal it came from: a terminal locks an account there alone
 * (staff/lockout.ts), and the rows of the last period across all terminals make the hall-wide
 * ceiling. `locked_until` is set on the failure that locked its terminal; a right PIN there clears
 * `counts_at_terminal`, keeping the row for the ceiling until it is a period old.
 * `staff.locked_until` is the hall-wide lock; `staff.failed_attempts` goes, since a count with no
 * terminal can no longer be told apart. A lock in force at the upgrade stays, everywhere, as it
 * was; counts below a lock start again.
 */
function up(db: Db): void {
  db.run(`
    CREATE TABLE staff_sign_in_failures (
      staff_id TEXT NOT NULL REFERENCES staff(id),
      terminal_id TEXT NOT NULL,
      at TEXT NOT NULL,
      locked_until TEXT,
      counts_at_terminal INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX staff_sign_in_failures_by_staff ON staff_sign_in_failures(staff_id, at);
    ALTER TABLE staff DROP COLUMN failed_attempts;
  `);
}
