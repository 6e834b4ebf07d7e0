import type { Db } from '../db';
import type { Migration } from '../migrate';

export const migration: Migration = {
  version: 12,
  name: 'hall erasure feed: the hub lists who was erased, by hash, for its terminals to erase their copies',
  up,
};

/**
 * The hub's erasures, in order, for its terminals (GET /v1/erasures): the person by the hall's HMAC
 * and the hall's workerId, and why (their request or the hall's retention). Nothing else about them,
 * not even when (the audit trail has that): a terminal holding a copy finds it by the hash, one that
 * never served them finds nothing. Written in the transaction that erases the hall's record.
 */
function up(db: Db): void {
  db.run(`
    CREATE TABLE erasure_feed (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      id_hash TEXT NOT NULL,
      worker_id TEXT NOT NULL,
      reason TEXT NOT NULL CHECK (reason IN ('request', 'retention'))
    );
  `);
}
