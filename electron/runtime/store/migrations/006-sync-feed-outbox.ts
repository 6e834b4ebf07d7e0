import type { Db } from '../db';
import type { Migration } from '../migrate';

export const migration: Migration = {
  version: 6,
  name: 'sync: job change feed, tombstones, cursor, outbox, hall workers',
  up,
};

function up(db: Db): void {
  db.run(`
        -- Every change to jobs gets a fresh sequence number: the feed a hub serves its terminals.
        -- Triggers keep it right whoever writes the jobs table (pull, import, hall postings).
        CREATE TABLE job_feed (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          job_id TEXT NOT NULL UNIQUE,
          deleted INTEGER NOT NULL DEFAULT 0
        );
        INSERT INTO job_feed (job_id) SELECT id FROM jobs ORDER BY updated_at, id;
        CREATE TRIGGER job_feed_insert AFTER INSERT ON jobs BEGIN
          DELETE FROM job_feed WHERE job_id = NEW.id;
          INSERT INTO job_feed (job_id) VALUES (NEW.id);
        END;
        CREATE TRIGGER job_feed_update AFTER UPDATE ON jobs BEGIN
          DELETE FROM job_feed WHERE job_id = NEW.id;
          INSERT INTO job_feed (job_id) VALUES (NEW.id);
        END;
        CREATE TRIGGER job_feed_delete AFTER DELETE ON jobs BEGIN
          DELETE FROM job_feed WHERE job_id = OLD.id;
          INSERT INTO job_feed (job_id, deleted) VALUES (OLD.id, 1);
        END;
        -- The last version seen of a deleted job, so a late stale copy cannot bring it back.
        CREATE TABLE job_tombstones (job_id TEXT PRIMARY KEY, updated_at TEXT NOT NULL);
        -- Where the pull stands, per upstream URL (a new upstream starts from scratch).
        CREATE TABLE sync_cursor (
          upstream TEXT PRIMARY KEY,
          cursor TEXT,
          etag TEXT,
          full_resync INTEGER NOT NULL DEFAULT 0,
          updated_at TEXT NOT NULL
        );
        -- Ids seen during a full resync (after an expired cursor); what was not seen is swept at the end.
        CREATE TABLE sync_seen (job_id TEXT PRIMARY KEY);
        -- Events to deliver upstream, written in the same transaction as the change they describe.
        -- Rows stay after delivery: their ids answer duplicates from terminals that retry.
        CREATE TABLE outbox (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          id TEXT NOT NULL UNIQUE,
          type TEXT NOT NULL,
          at TEXT NOT NULL,
          payload TEXT NOT NULL,
          digest TEXT NOT NULL,
          origin TEXT NOT NULL,
          state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'quarantined')),
          attempts INTEGER NOT NULL DEFAULT 0,
          last_error TEXT,
          reason TEXT,
          created_at TEXT NOT NULL,
          settled_at TEXT
        );
        CREATE INDEX outbox_state ON outbox(state, seq);
        -- Workers registered anywhere in the hall, as the hub learns them from its terminals' events.
        CREATE TABLE hall_workers (
          id_hash TEXT PRIMARY KEY,
          worker_id TEXT NOT NULL,
          share_with_employers INTEGER NOT NULL,
          registered_at TEXT NOT NULL,
          terminal TEXT NOT NULL
        );
      `);
}
