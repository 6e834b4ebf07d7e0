import { beforeEach, describe, expect, it } from 'vitest';
import type { Repositories } from '../../../../electron/runtime/data/repositories';
import { CorruptRow } from '../../../../electron/runtime/data/rows';
import type { Db } from '../../../../electron/runtime/store/db';
import { insertWorker } from '../store/migrations/helpers';
import { memoryData } from './memory-data';

let db: Db;
let tx: Repositories;
beforeEach(async () => {
  ({ db, tx } = await memoryData());
  insertWorker(db, 'w1');
});

const answers = { occupations: ['4-09-08-02'], certificates: [], expectedDailyPay: 150, district: '净月区' };
const save = (a: typeof answers) =>
  tx.kioskProfiles.saveAnswers('w1', {
    answers: a,
    occupations: a.occupations,
    expectedPay: { amount: a.expectedDailyPay, unit: 'day' },
    districts: [a.district],
    at: '2026-11-21T01:00:00.000Z',
  });

describe('the kiosk wizard answers on a worker profile', () => {
  it('has none before the wizard, and reads back what was saved last', () => {
    expect(tx.kioskProfiles.answers('w1')).toBeNull();
    save(answers);
    save({ ...answers, occupations: ['4-10-01-01'], expectedDailyPay: 200 });
    expect(tx.kioskProfiles.answers('w1')).toEqual({
      ...answers,
      occupations: ['4-10-01-01'],
      expectedDailyPay: 200,
    });
    // The desk's columns follow the answers.
    expect(db.get('SELECT occupations, expected_pay, districts FROM worker_profiles')).toEqual({
      occupations: '["4-10-01-01"]',
      expected_pay: '{"amount":200,"unit":"day"}',
      districts: '["净月区"]',
    });
  });

  it('takes the desk’s edit of the answers without touching the desk’s own columns', () => {
    save(answers);
    tx.kioskProfiles.replaceAnswers('w1', { ...answers, district: '南关区' });
    expect(tx.kioskProfiles.answers('w1')).toEqual({ ...answers, district: '南关区' });
    expect(db.get('SELECT districts FROM worker_profiles')).toEqual({ districts: '["净月区"]' });
  });

  it('has none for a profile the desk created by hand', () => {
    tx.workers.markTypedByHand('w1', null);
    expect(tx.kioskProfiles.answers('w1')).toBeNull();
  });

  it('drops a key it does not know, and refuses answers that break the wizard’s rules', () => {
    const store = (text: string) =>
      db.run('INSERT OR REPLACE INTO worker_profiles (worker_id, kiosk_answers) VALUES (?, ?)', ['w1', text]);
    store(JSON.stringify({ ...answers, mood: 'sunny' }));
    expect(tx.kioskProfiles.answers('w1')).toEqual(answers);
    store(JSON.stringify({ ...answers, expectedDailyPay: 'lots' }));
    expect(() => tx.kioskProfiles.answers('w1')).toThrow(CorruptRow);
    store('{');
    expect(() => tx.kioskProfiles.answers('w1')).toThrow(/worker_profiles\.kiosk_answers: not JSON/);
  });
});
