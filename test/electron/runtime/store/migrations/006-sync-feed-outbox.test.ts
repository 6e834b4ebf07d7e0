import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../../electron/runtime/store/db';
import { migrate, schemaVersion } from '../../../../../electron/runtime/store/migrate';
import { count, dbAt, tables } from './helpers';

function insertJob(db: Db, id: string, updatedAt: string): void {
  db.run(
    `INSERT INTO jobs (id, status, district, occupation, employer_id, title, employer_name, valid_through, updated_at, data)
     VALUES (?, 'open', '鼓楼区', '4-09-08-02', 'e1', '保洁', '某公司', '2099-01-01', ?, '{}')`,
    [id, updatedAt],
  );
}

function feed(db: Db): { job_id: string; deleted: number }[] {
  return db.all('SELECT job_id, deleted FROM job_feed ORDER BY seq');
}

describe('migration 6: sync: job change feed, tombstones, cursor, outbox, hall workers', () => {
  it('puts the jobs already there on the feed oldest first, and from then on every change moves a job to its end', async () => {
    const db = await dbAt(5);
    insertJob(db, 'j-new', '2024-03-01T00:00:00Z');
    insertJob(db, 'j-old', '2024-01-01T00:00:00Z');
    insertJob(db, 'j-b', '2024-02-01T00:00:00Z');
    insertJob(db, 'j-a', '2024-02-01T00:00:00Z');
    migrate(db, 6);
    expect(schemaVersion(db)).toBe(6);

    expect(count(db, 'jobs')).toBe(4);
    expect(feed(db)).toEqual([
      { job_id: 'j-old', deleted: 0 },
      { job_id: 'j-a', deleted: 0 },
      { job_id: 'j-b', deleted: 0 },
      { job_id: 'j-new', deleted: 0 },
    ]);

    db.run("UPDATE jobs SET title = '保洁员' WHERE id = 'j-old'");
    db.run("DELETE FROM jobs WHERE id = 'j-a'");
    insertJob(db, 'j-later', '2024-04-01T00:00:00Z');
    expect(feed(db)).toEqual([
      { job_id: 'j-b', deleted: 0 },
      { job_id: 'j-new', deleted: 0 },
      { job_id: 'j-old', deleted: 0 },
      { job_id: 'j-a', deleted: 1 },
      { job_id: 'j-later', deleted: 0 },
    ]);
  });

  it('adds the tombstones, pull cursor, outbox and hall workers, with their defaults', async () => {
    const db = await dbAt(5);
    migrate(db, 6);
    expect(tables(db)).toEqual(
      expect.arrayContaining(['job_tombstones', 'sync_cursor', 'sync_seen', 'outbox', 'hall_workers']),
    );

    db.run("INSERT INTO sync_cursor (upstream, updated_at) VALUES ('https://hub.example', 't')");
    expect(db.get('SELECT cursor, etag, full_resync FROM sync_cursor')).toEqual({
      cursor: null,
      etag: null,
      full_resync: 0,
    });

    const event = (id: string, state?: string) =>
      db.run(
        `INSERT INTO outbox (id, type, at, payload, digest, origin, created_at${state ? ', state' : ''})
         VALUES (?, 'worker.registered', 't', '{}', 'd', 'k1', 't'${state ? ', ?' : ''})`,
        state ? [id, state] : [id],
      );
    event('ev1');
    expect(db.get('SELECT state, attempts, last_error, settled_at FROM outbox')).toEqual({
      state: 'pending',
      attempts: 0,
      last_error: null,
      settled_at: null,
    });
    // A retried event is the same event.
    expect(() => event('ev1')).toThrow(/UNIQUE/);
    expect(() => event('ev2', 'lost')).toThrow(/CHECK/);

    db.run(
      "INSERT INTO hall_workers (id_hash, worker_id, share_with_employers, registered_at, terminal) VALUES ('h1', 'w1', 1, 't', 'k1')",
    );
    expect(() =>
      db.run(
        "INSERT INTO hall_workers (id_hash, worker_id, share_with_employers, registered_at, terminal) VALUES ('h1', 'w9', 0, 't', 'k2')",
      ),
    ).toThrow(/UNIQUE|PRIMARY/);
  });
});
