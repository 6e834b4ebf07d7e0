import type { Db } from '../db';
import type { Migration } from '../migrate';

export const migration: Migration = {
  version: 13,
  name: 'consent: employers see a phone number only with a tick box of its own',
  up,
};

/**
 * The consent screen's own tick box for the phone: employers who may see a person (she applied to
 * them, or shares her profile) see her number only when she ticked it. Nobody registered before
 * was asked, so nobody has it: a booth no longer shows their number until they say yes.
 */
function up(db: Db): void {
  db.run('ALTER TABLE workers ADD COLUMN phone_to_employers INTEGER NOT NULL DEFAULT 0');
}
