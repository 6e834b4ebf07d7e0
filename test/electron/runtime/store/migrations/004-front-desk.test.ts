import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../../electron/runtime/store/migrate';
import { count, dbAt, indexes, insertWorker, tables } from './helpers';

describe('migration 4: front desk: staff, audit, service ledger, referrals, queue', () => {
  it('keeps the audit trail and gives it a terminal and detail; adds the desk tables with their defaults and rules', async () => {
    const db = await dbAt(3);
    insertWorker(db);
    db.run(
      "INSERT INTO audit (id, at, actor, action, subject) VALUES ('a1', '2024-01-01T08:00:00Z', 'system', 'retention.purge', '2 workers')",
    );
    db.run(
      "INSERT INTO terminals (id, name, role, token_hash, paired_by, created_at) VALUES ('t1', '1号台', 'desk', 'h', 'admin', 't')",
    );
    migrate(db, 4);
    expect(schemaVersion(db)).toBe(4);

    // The audit table from migration 2 stays, rows and all; the new columns are empty for old rows.
    expect(db.get('SELECT * FROM audit')).toEqual({
      id: 'a1',
      at: '2024-01-01T08:00:00Z',
      actor: 'system',
      action: 'retention.purge',
      subject: '2 workers',
      terminal: null,
      detail: null,
    });
    expect(indexes(db)).toEqual(expect.arrayContaining(['audit_at', 'audit_subject']));
    expect(count(db, 'terminals')).toBe(1);
    expect(count(db, 'workers')).toBe(1);
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'staff',
        'worker_profiles',
        'profile_changes',
        'worker_key_groups',
        'service_records',
        'referrals',
        'referral_events',
        'follow_ups',
        'employer_reports',
        'queue_tickets',
      ]),
    );

    db.run(
      "INSERT INTO staff (id, username, name, role, pin_hash, created_at, created_by) VALUES ('s1', 'Li', '李芳', 'staff', 'p', 't', 'admin')",
    );
    expect(db.get('SELECT active, failed_attempts, locked_until, demo FROM staff')).toEqual({
      active: 1,
      failed_attempts: 0,
      locked_until: null,
      demo: 0,
    });
    // A user name is one name whatever its case.
    expect(() =>
      db.run(
        "INSERT INTO staff (id, username, name, role, pin_hash, created_at, created_by) VALUES ('s2', 'li', '李明', 'staff', 'p', 't', 'admin')",
      ),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db.run(
        "INSERT INTO staff (id, username, name, role, pin_hash, created_at, created_by) VALUES ('s3', 'boss', '老板', 'owner', 'p', 't', 'admin')",
      ),
    ).toThrow(/CHECK/);

    db.run("INSERT INTO worker_profiles (worker_id) VALUES ('w1')");
    expect(db.get('SELECT * FROM worker_profiles')).toMatchObject({
      version: 1,
      registered_via: 'card',
      occupations: '[]',
      districts: '[]',
      notes: '',
      outcome: 'seeking',
    });
    db.run(
      "INSERT INTO service_records (id, worker_id, kind, at, day, terminal) VALUES ('e1', 'w1', 'policy', 't', 'd', 't1')",
    );
    expect(() =>
      db.run(
        "INSERT INTO service_records (id, worker_id, kind, at, day, terminal) VALUES ('e2', 'w1', 'lunch', 't', 'd', 't1')",
      ),
    ).toThrow(/CHECK/);
    db.run(
      `INSERT INTO referrals (id, worker_id, job_id, employer_id, job_title, employer_name, occupation, status, created_at, updated_at)
       VALUES ('r1', 'w1', 'j1', 'e1', '保洁', '某公司', '4-09-08-02', 'referred', 't', 't')`,
    );
    expect(db.get('SELECT side, reason, version FROM referrals')).toEqual({
      side: null,
      reason: '',
      version: 1,
    });
    db.run(
      "INSERT INTO employer_reports (id, employer_id, worker_id, kind, at) VALUES ('x1', 'e1', 'w1', 'unpaid-wages', 't')",
    );
    db.run(
      "INSERT INTO queue_tickets (id, day, service, number, ticket, status, worker_id, taken_at, taken_terminal) VALUES ('q1', 'd', 'A', 1, 'A001', 'waiting', 'w1', 't', 'k1')",
    );
    // One ticket number per day.
    expect(() =>
      db.run(
        "INSERT INTO queue_tickets (id, day, service, number, ticket, status, taken_at, taken_terminal) VALUES ('q2', 'd', 'A', 1, 'A001', 'waiting', 't', 'k1')",
      ),
    ).toThrow(/UNIQUE/);

    // Erasing a worker takes their profile and ledger along; the employer's report and the ticket stay, unnamed.
    db.run("DELETE FROM workers WHERE id = 'w1'");
    expect(count(db, 'worker_profiles')).toBe(0);
    expect(count(db, 'service_records')).toBe(0);
    expect(count(db, 'referrals')).toBe(0);
    expect(db.get('SELECT worker_id FROM employer_reports')).toEqual({ worker_id: null });
    expect(db.get('SELECT worker_id FROM queue_tickets')).toEqual({ worker_id: null });
  });
});
