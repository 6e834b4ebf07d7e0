import type { Db } from '../db';
import type { Migration } from '../migrate';

export const migration: Migration = {
  version: 8,
  name: 'pairing: requests live in memory, approved at the desk; codes made at the desk are gone',
  up,
};

function up(db: Db): void {
  // A code staff made and a device redeemed unauthenticated could be guessed or blocked; now the
  // device shows a code and staff approve it (terminals/requests.ts), nothing of it on disk.
  db.run('DROP TABLE pairing_codes');
}
