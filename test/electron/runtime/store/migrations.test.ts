import { describe, expect, it } from 'vitest';
import { Db } from '../../../../electron/runtime/store/db';
import {
  latestVersion,
  migrate,
  migrations,
  schemaVersion,
} from '../../../../electron/runtime/store/migrations';
import { loadSqlJs } from '../../../../electron/runtime/store/sqljs';

/** STYLE habit 7: for each migration N, an in-memory DB at N−1 with rows in it, migrated to N. */
async function dbAt(version: number): Promise<Db> {
  const SQL = await loadSqlJs();
  const db = new Db(new SQL.Database());
  db.run('PRAGMA foreign_keys = ON');
  migrate(db, version);
  expect(schemaVersion(db)).toBe(version);
  return db;
}

function tables(db: Db): string[] {
  return db
    .all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .map((r) => r.name);
}

describe('migrations', () => {
  it('are numbered 1..N without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(latestVersion).toBe(migrations.length);
  });

  it('1: creates jobs, workers, visits and meta on an empty database', async () => {
    const db = await dbAt(0);
    expect(tables(db)).toEqual([]);
    migrate(db, 1);
    expect(tables(db)).toEqual(expect.arrayContaining(['jobs', 'meta', 'visits', 'workers']));
    db.run(
      `INSERT INTO workers (id, id_hash, id_number, name, sex, card_type, verified, consent_at, registered_at, last_seen_at)
       VALUES ('w1', 'h1', '110101199001011234', '王秀兰', 'female', 'resident', 1, 't', 't', 't')`,
    );
    db.run(
      "INSERT INTO visits (worker_id, kind, terminal, at, day) VALUES ('w1', 'registered', 'k1', 't', 'd')",
    );
    expect(() =>
      db.run(
        "INSERT INTO visits (worker_id, kind, terminal, at, day) VALUES ('nobody', 'registered', 'k1', 't', 'd')",
      ),
    ).toThrow(/FOREIGN KEY/);
  });

  it('2: adds the audit table and retention indexes, keeping existing rows', async () => {
    const db = await dbAt(1);
    db.run(
      `INSERT INTO workers (id, id_hash, id_number, name, sex, card_type, verified, consent_at, registered_at, last_seen_at)
       VALUES ('w1', 'h1', '110101199001011234', '王秀兰', 'female', 'resident', 1, 't0', 't0', '2024-01-01')`,
    );
    db.run(
      "INSERT INTO visits (worker_id, kind, terminal, at, day) VALUES ('w1', 'registered', 'k1', 't0', '2024-01-01')",
    );
    db.run("INSERT INTO meta (key, value) VALUES ('hall_secret', 's')");
    migrate(db, 2);
    expect(schemaVersion(db)).toBe(2);
    expect(db.get('SELECT id, last_seen_at FROM workers')).toEqual({ id: 'w1', last_seen_at: '2024-01-01' });
    expect(db.get<{ n: number }>('SELECT count(*) AS n FROM visits')?.n).toBe(1);
    expect(db.get('SELECT value FROM meta')).toEqual({ value: 's' });
    db.run(
      "INSERT INTO audit (id, at, actor, action, subject) VALUES ('a1', 't', 'system', 'x', '1 worker')",
    );
    const indexes = db
      .all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'index'")
      .map((r) => r.name);
    expect(indexes).toEqual(expect.arrayContaining(['workers_last_seen', 'visits_worker', 'audit_at']));
  });

  it('3: adds paired terminals and pairing codes, keeping existing rows', async () => {
    const db = await dbAt(2);
    db.run("INSERT INTO meta (key, value) VALUES ('hall_secret', 's')");
    db.run(
      "INSERT INTO audit (id, at, actor, action, subject) VALUES ('a1', 't', 'system', 'x', '1 worker')",
    );
    migrate(db, 3);
    expect(db.get('SELECT value FROM meta')).toEqual({ value: 's' });
    expect(db.get<{ n: number }>('SELECT count(*) AS n FROM audit')?.n).toBe(1);
    db.run(
      "INSERT INTO terminals (id, name, role, token_hash, paired_by, created_at) VALUES ('t1', 'booth-1', 'booth', 'h', 'desk-1', 't')",
    );
    expect(() =>
      db.run(
        "INSERT INTO terminals (id, name, role, token_hash, paired_by, created_at) VALUES ('t2', 'x', 'booth', 'h', 'desk-1', 't')",
      ),
    ).toThrow(/UNIQUE/);
    db.run(
      "INSERT INTO pairing_codes (code_hash, role, created_by, expires_at) VALUES ('c', 'screen', 'desk-1', 't')",
    );
  });

  it('7: adds employer profiles, booth assignments, visits, outcomes and notices, keeping existing rows', async () => {
    const db = await dbAt(6);
    db.run(
      `INSERT INTO workers (id, id_hash, id_number, name, sex, card_type, verified, share_with_employers, consent_at, registered_at, last_seen_at)
       VALUES ('w1', 'h1', '110101199001011234', '王秀兰', 'female', 'resident', 1, 1, 't', 't', 't')`,
    );
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
    expect(db.get<{ n: number }>('SELECT count(*) AS n FROM applications')?.n).toBe(1);
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
    expect(db.get<{ n: number }>('SELECT count(*) AS n FROM booth_visits')?.n).toBe(0);
    expect(db.get<{ n: number }>('SELECT count(*) AS n FROM booth_outcomes')?.n).toBe(0);
    expect(db.get<{ n: number }>('SELECT count(*) AS n FROM booth_assignments')?.n).toBe(1);
  });

  it('8: drops pairing codes made at the desk, keeping paired terminals and their tokens', async () => {
    const db = await dbAt(7);
    db.run(
      "INSERT INTO terminals (id, name, role, booth, token_hash, paired_by, created_at) VALUES ('t1', '3号摊位平板', 'booth', 3, 'h', '演示管理员', 't')",
    );
    db.run(
      "INSERT INTO pairing_codes (code_hash, role, created_by, expires_at) VALUES ('c', 'screen', 'desk-1', 't')",
    );
    migrate(db, 8);
    expect(schemaVersion(db)).toBe(8);
    expect(tables(db)).not.toContain('pairing_codes');
    expect(db.get('SELECT id, name, booth, token_hash FROM terminals')).toEqual({
      id: 't1',
      name: '3号摊位平板',
      booth: 3,
      token_hash: 'h',
    });
  });

  it('refuses a database newer than the app with a clear error', async () => {
    const db = await dbAt(latestVersion);
    db.run(`PRAGMA user_version = ${latestVersion + 1}`);
    expect(() => migrate(db)).toThrow(
      new RegExp(
        `schema version ${latestVersion + 1} is newer than this app understands \\(${latestVersion}\\)`,
      ),
    );
  });

  it('rolls a failing migration back and names it', async () => {
    const db = await dbAt(0);
    const broken = [
      {
        version: 1,
        name: 'broken',
        up: (d: Db) => (d.run('CREATE TABLE t (x)'), d.run('SELECT nope FROM t')),
      },
    ];
    expect(() => migrate(db, 1, broken)).toThrow(/migration 1 \(broken\) failed/);
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
  });
});
