import { beforeEach, describe, expect, it } from 'vitest';
import type { Repositories } from '../../../../electron/runtime/data/repositories';
import type { Db } from '../../../../electron/runtime/store/db';
import { insertWorker } from '../store/migrations/helpers';
import { memoryData } from './memory-data';

let db: Db;
let tx: Repositories;
beforeEach(async () => {
  ({ db, tx } = await memoryData());
  insertWorker(db, 'w1');
});

const profile = (occupations: string | null, expectedPay: string | null, answers: string | null) =>
  db.run(
    'INSERT OR REPLACE INTO worker_profiles (worker_id, occupations, expected_pay, kiosk_answers) VALUES (?, ?, ?, ?)',
    ['w1', occupations, expectedPay, answers],
  );

describe('people as a booth reads them', () => {
  it('reads the desk’s columns and the wizard’s answers', () => {
    profile(
      '["4-09-08-02"]',
      '{"amount":6000,"unit":"month"}',
      '{"certificates":["电工证"],"expectedDailyPay":180}',
    );
    expect(tx.boothPeople.people(['w1'])).toEqual([
      {
        id: 'w1',
        name: '王秀兰',
        birthDate: null,
        phone: null,
        sharesWithEmployers: true,
        phoneToEmployers: false,
        occupations: ['4-09-08-02'],
        expectedPay: { amount: 6000, unit: 'month' },
        answers: { certificates: ['电工证'], expectedDailyPay: 180 },
      },
    ]);
  });

  it('still shows a person whose stored wishes do not read, with no wishes', () => {
    profile('[broken', '{', 'not json');
    expect(tx.boothPeople.people(['w1'])[0]).toMatchObject({
      occupations: [],
      expectedPay: null,
      answers: {},
    });
    // Nor before any profile exists.
    db.run('DELETE FROM worker_profiles');
    expect(tx.boothPeople.people(['w1'])[0]).toMatchObject({
      occupations: [],
      expectedPay: null,
      answers: {},
    });
  });

  it('may show only someone who agreed to it or applied to this employer', () => {
    insertWorker(db, 'w2');
    db.run('UPDATE workers SET share_with_employers = 0');
    const referral = (id: string, employerId: string, status: 'applied' | 'referred') =>
      tx.referrals.open({
        id,
        workerId: 'w2',
        jobId: `j-${id}`,
        employerId,
        jobTitle: '保洁员',
        employerName: '某公司',
        occupation: '4-09-08-02',
        status,
        at: '2026-11-21T01:00:00.000Z',
        day: '2026-11-21',
        staffId: null,
        terminal: 'k',
      });
    // A 报名 to e1 (its slip kept), a 推荐 the station made to e2.
    referral('a1', 'e1', 'applied');
    tx.applications.insert({
      id: 'a1',
      workerId: 'w2',
      jobId: 'j-a1',
      employerId: 'e1',
      jobTitle: '保洁员',
      terminal: 'k',
      createdAt: '2026-11-21T01:00:00.000Z',
      day: '2026-11-21',
    });
    referral('r2', 'e2', 'referred');
    expect(tx.boothPeople.mayShow('e1', 'w1')).toBe(false);
    expect(tx.boothPeople.mayShow('e1', 'w2')).toBe(true);
    expect(tx.boothPeople.mayShow('e2', 'w2')).toBe(false);
    expect(tx.boothPeople.applicants('e1', 10)).toEqual(['w2']);
    expect(tx.boothPeople.applicants('e2', 10)).toEqual([]);
    expect(tx.boothPeople.applicationsTo('e1', ['w2'])).toEqual([
      { workerId: 'w2', jobId: 'j-a1', jobTitle: '保洁员', at: '2026-11-21T01:00:00.000Z' },
    ]);
    expect(tx.boothPeople.slip('a1')).toEqual({ workerId: 'w2', employerId: 'e1' });
    // Once the person applies for the job they were referred to, they are its applicant too.
    tx.referrals.markApplied('r2', '2026-11-21T02:00:00.000Z');
    expect(tx.boothPeople.mayShow('e2', 'w2')).toBe(true);
  });
});
