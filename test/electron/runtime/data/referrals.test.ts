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

describe('referrals as the data layer writes them', () => {
  it('writes every referral with its first step and one 职业介绍 entry', () => {
    tx.referrals.open({
      id: 'r1',
      workerId: 'w1',
      jobId: 'j1',
      employerId: 'e1',
      jobTitle: '保洁员',
      employerName: '某公司',
      occupation: '4-09-08-02',
      status: 'applied',
      at: '2026-11-21T01:00:00.000Z',
      day: '2026-11-21',
      staffId: null,
      terminal: 'kiosk-3',
    });
    expect(tx.referrals.stepsOfWorker('w1')).toEqual([
      {
        referralId: 'r1',
        status: 'applied',
        at: '2026-11-21T01:00:00.000Z',
        reason: '',
        staffId: null,
        terminal: 'kiosk-3',
      },
    ]);
    expect(tx.workerRecords.services('w1')).toEqual([
      expect.objectContaining({ id: 'ref-r1', kind: 'referral', jobId: 'j1', jobTitle: '保洁员' }),
    ]);
  });
});
