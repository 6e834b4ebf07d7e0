import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../../electron/runtime/store/migrate';
import { count, dbAt, insertWorker } from './helpers';

const application = (id: string, worker: string, job: string, at: string) =>
  `INSERT INTO applications (id, worker_id, job_id, employer_id, job_title, terminal, created_at, day)
   VALUES ('${id}', '${worker}', '${job}', 'e1', '商场保洁员', 'kiosk-3', '${at}', '2026-11-20')`;

describe('migration 9: a 报名 is a referral', () => {
  it('turns kiosk applications into 已报名 referrals with their step and 职业介绍 entry, once per worker and job', async () => {
    const db = await dbAt(8);
    insertWorker(db, 'w1');
    insertWorker(db, 'w2');
    db.run(
      `INSERT INTO jobs (id, status, district, occupation, employer_id, title, employer_name, valid_through, updated_at, data)
       VALUES ('j1', 'open', '二道区', '4-09-08-02', 'e1', '商场保洁员', '洁美物业', '2026-12-31', 't', '{}')`,
    );
    // w1 applied at a kiosk only; w2 applied and a booth already moved it into a referral of its own.
    db.run(application('a1', 'w1', 'j1', '2026-11-20T01:00:00.000Z'));
    db.run(application('a2', 'w2', 'j1', '2026-11-20T02:00:00.000Z'));
    db.run(
      `INSERT INTO referrals (id, worker_id, job_id, employer_id, job_title, employer_name, occupation, status, version, created_at, updated_at)
       VALUES ('r2', 'w2', 'j1', 'e1', '商场保洁员', '洁美物业', '4-09-08-02', 'referred', 2, '2026-11-20T03:00:00.000Z', '2026-11-20T03:00:00.000Z')`,
    );
    db.run(
      `INSERT INTO referral_events (id, referral_id, status, reason, at, day, staff_id, terminal)
       VALUES ('e-1', 'r2', 'applied', '', '2026-11-20T03:00:00.000Z', '2026-11-20', NULL, 'booth-1'),
              ('e-2', 'r2', 'referred', '', '2026-11-20T03:00:00.000Z', '2026-11-20', NULL, 'booth-1')`,
    );
    db.run(
      `INSERT INTO service_records (id, worker_id, kind, job_id, referral_id, note, at, day, staff_id, terminal)
       VALUES ('ref-r2', 'w2', 'referral', 'j1', 'r2', '', '2026-11-20T03:00:00.000Z', '2026-11-20', NULL, 'booth-1')`,
    );

    migrate(db, 9);
    expect(schemaVersion(db)).toBe(9);
    expect(
      db.all(
        'SELECT id, worker_id, status, employer_name, occupation, applied_at FROM referrals ORDER BY id',
      ),
    ).toEqual([
      {
        id: 'a1',
        worker_id: 'w1',
        status: 'applied',
        employer_name: '洁美物业',
        occupation: '4-09-08-02',
        applied_at: '2026-11-20T01:00:00.000Z',
      },
      {
        id: 'r2',
        worker_id: 'w2',
        status: 'referred',
        employer_name: '洁美物业',
        occupation: '4-09-08-02',
        applied_at: '2026-11-20T03:00:00.000Z',
      },
    ]);
    expect(db.all("SELECT status, terminal FROM referral_events WHERE referral_id = 'a1'")).toEqual([
      { status: 'applied', terminal: 'kiosk-3' },
    ]);
    expect(
      db.all("SELECT id, worker_id, day FROM service_records WHERE kind = 'referral' ORDER BY id"),
    ).toEqual([
      { id: 'ref-a1', worker_id: 'w1', day: '2026-11-20' },
      { id: 'ref-r2', worker_id: 'w2', day: '2026-11-20' },
    ]);
    // The slips stay: a booth still reads the QR of one.
    expect(count(db, 'applications')).toBe(2);
  });

  it('marks as applied for only what the person applied for, and keeps a referral whose job has gone', async () => {
    const db = await dbAt(8);
    insertWorker(db, 'w1');
    db.run(
      `INSERT INTO referrals (id, worker_id, job_id, employer_id, job_title, employer_name, occupation, status, created_at, updated_at)
       VALUES ('r1', 'w1', 'j9', 'e1', '装卸工', '顺达物流', '4-02-06-05', 'referred', 't', 't')`,
    );
    db.run(
      "INSERT INTO referral_events (id, referral_id, status, reason, at, day, terminal) VALUES ('e-1', 'r1', 'referred', '', 't', 'd', 'local-desk')",
    );
    db.run(application('a1', 'w1', 'j-gone', '2026-11-20T01:00:00.000Z'));
    migrate(db, 9);
    expect(
      db.all('SELECT id, job_title, employer_name, occupation, applied_at FROM referrals ORDER BY id'),
    ).toEqual([
      {
        id: 'a1',
        job_title: '商场保洁员',
        employer_name: '',
        occupation: '',
        applied_at: '2026-11-20T01:00:00.000Z',
      },
      {
        id: 'r1',
        job_title: '装卸工',
        employer_name: '顺达物流',
        occupation: '4-02-06-05',
        applied_at: null,
      },
    ]);
    // Erasing the worker takes the new rows with it.
    db.run("DELETE FROM workers WHERE id = 'w1'");
    expect([count(db, 'referrals'), count(db, 'referral_events'), count(db, 'service_records')]).toEqual([
      0, 0, 0,
    ]);
  });
});
