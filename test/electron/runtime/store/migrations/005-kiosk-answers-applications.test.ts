import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../../electron/runtime/store/migrate';
import { count, dbAt, indexes, insertWorker } from './helpers';

describe('migration 5: kiosk: wizard answers on worker_profiles, applications', () => {
  it("keeps the desk's profile rows and adds an empty kiosk_answers to them; applications are one per worker and job", async () => {
    const db = await dbAt(4);
    insertWorker(db, 'w1');
    insertWorker(db, 'w2');
    db.run(
      `INSERT INTO worker_profiles (worker_id, version, registered_via, occupations, districts, notes, outcome, updated_at, updated_by)
       VALUES ('w1', 3, 'manual', '["4-09-08-02"]', '["鼓楼区"]', '腰不好，不做搬运', 'employed', 't', 's1')`,
    );
    migrate(db, 5);
    expect(schemaVersion(db)).toBe(5);

    expect(db.get('SELECT * FROM worker_profiles')).toMatchObject({
      worker_id: 'w1',
      version: 3,
      registered_via: 'manual',
      occupations: '["4-09-08-02"]',
      districts: '["鼓楼区"]',
      notes: '腰不好，不做搬运',
      outcome: 'employed',
      kiosk_answers: null,
    });
    // A worker seen only at a kiosk gets a profile row with the desk's defaults.
    db.run(
      "INSERT INTO worker_profiles (worker_id, kiosk_answers, updated_at) VALUES ('w2', '{\"pay\":\"daily\"}', 't')",
    );
    expect(
      db.get("SELECT version, outcome, kiosk_answers FROM worker_profiles WHERE worker_id = 'w2'"),
    ).toEqual({
      version: 1,
      outcome: 'seeking',
      kiosk_answers: '{"pay":"daily"}',
    });

    const apply = (id: string, worker: string) =>
      db.run(
        "INSERT INTO applications (id, worker_id, job_id, employer_id, job_title, terminal, created_at, day) VALUES (?, ?, 'j1', 'e1', '保洁', 'k1', 't', 'd')",
        [id, worker],
      );
    apply('a1', 'w1');
    apply('a2', 'w2');
    expect(() => apply('a3', 'w1')).toThrow(/UNIQUE/);
    expect(indexes(db)).toContain('applications_day');

    db.run("DELETE FROM workers WHERE id = 'w1'");
    expect(db.all('SELECT worker_id FROM applications')).toEqual([{ worker_id: 'w2' }]);
    expect(count(db, 'worker_profiles')).toBe(1);
  });
});
