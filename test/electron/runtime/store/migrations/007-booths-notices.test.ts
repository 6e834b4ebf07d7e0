import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../../electron/runtime/store/migrate';
import { count, dbAt, insertWorker, tables } from './helpers';

describe('migration 7: booths: employer profiles, assignments, visits, outcomes; station notices', () => {
  it('adds employer profiles, booth assignments, visits, outcomes and notices, keeping existing rows', async () => {
    const db = await dbAt(6);
    insertWorker(db);
    db.run(
      `INSERT INTO referrals (id, worker_id, job_id, employer_id, job_title, employer_name, occupation, status, created_at, updated_at)
       VALUES ('r1', 'w1', 'j1', 'e1', '保洁', '某公司', '4-09-08-02', 'applied', 't', 't')`,
    );
    db.run(
      "INSERT INTO applications (id, worker_id, job_id, employer_id, job_title, terminal, created_at, day) VALUES ('a1', 'w1', 'j1', 'e1', '保洁', 'k1', 't', 'd')",
    );
    migrate(db, 7);
    expect(schemaVersion(db)).toBe(7);
    expect(db.get('SELECT status FROM referrals')).toEqual({ status: 'applied' });
    expect(count(db, 'applications')).toBe(1);
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'employer_profiles',
        'booth_assignments',
        'booth_visits',
        'booth_outcomes',
        'station_notices',
      ]),
    );
    db.run(
      "INSERT INTO employer_profiles (employer_id, name, uscc, updated_at, updated_by) VALUES ('e1', '某公司', '91350100M000100Y43', 't', 'desk-1')",
    );
    // One credit code, one employer.
    expect(() =>
      db.run(
        "INSERT INTO employer_profiles (employer_id, name, uscc, updated_at, updated_by) VALUES ('e2', '别的公司', '91350100M000100Y43', 't', 'desk-1')",
      ),
    ).toThrow(/UNIQUE/);
    db.run(
      "INSERT INTO booth_assignments (booth, day, employer_id, assigned_at, terminal) VALUES (3, '2026-11-21', 'e1', 't', 'desk-1')",
    );
    expect(() =>
      db.run(
        "INSERT INTO booth_assignments (booth, day, employer_id, assigned_at, terminal) VALUES (3, '2026-11-21', 'e1', 't', 'desk-1')",
      ),
    ).toThrow(/UNIQUE|PRIMARY/);
    expect(() =>
      db.run(
        "INSERT INTO booth_assignments (booth, day, employer_id, assigned_at, terminal) VALUES (100, '2026-11-21', 'e1', 't', 'desk-1')",
      ),
    ).toThrow(/CHECK/);
    db.run(
      "INSERT INTO booth_visits (id, booth, day, employer_id, worker_id, kind, at) VALUES ('v1', 3, '2026-11-21', 'e1', 'w1', 'identified', 't')",
    );
    db.run(
      `INSERT INTO booth_outcomes (id, booth, day, employer_id, worker_id, job_id, referral_id, outcome, at, terminal)
       VALUES ('o1', 3, '2026-11-21', 'e1', 'w1', 'j1', 'r1', 'hired', 't', 'booth-3')`,
    );
    expect(() =>
      db.run(
        `INSERT INTO booth_outcomes (id, booth, day, employer_id, worker_id, job_id, referral_id, outcome, at, terminal)
         VALUES ('o2', 3, '2026-11-21', 'e1', 'w1', 'j1', 'r1', 'maybe', 't', 'booth-3')`,
      ),
    ).toThrow(/CHECK/);
    // Erasing the worker takes what the booth knew of them along.
    db.run("DELETE FROM workers WHERE id = 'w1'");
    expect(count(db, 'booth_visits')).toBe(0);
    expect(count(db, 'booth_outcomes')).toBe(0);
    expect(count(db, 'booth_assignments')).toBe(1);
  });
});
