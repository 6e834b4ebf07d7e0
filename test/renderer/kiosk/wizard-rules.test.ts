import { describe, expect, it } from 'vitest';
import {
  answersOf,
  draftOf,
  emptyDraft,
  groupPhone,
  phoneProblem,
  typeDigit,
} from '../../../renderer/kiosk/wizard-rules';
import { applyKey } from '../../../renderer/components/onscreen-keyboard';

const taxonomy = {
  occupations: [
    { code: '4-09-08-02', group: 'housekeeping' },
    { code: '4-10-01-06', group: 'housekeeping' },
    { code: '4-02-01-01', group: 'loading' },
  ],
};

describe('wizard rules', () => {
  it('keypad: every digit typed is kept, whatever the first one is', () => {
    let p = '';
    for (const d of '3912345678') p = typeDigit(p, d);
    expect(p).toBe('3912345678');
    expect(groupPhone(p)).toBe('391 2345 678');
    let q = '';
    for (const d of '1380013800099') q = typeDigit(q, d);
    // A digit too many is kept too, so the check can say so, not lose it.
    expect(q).toBe('1380013800099');
    expect(groupPhone(q)).toBe('138 0013 8000 99');
    expect(typeDigit(q, 'x')).toBe(q);
  });

  it('the number is checked when it is finished, and the problem said in few words', () => {
    expect(phoneProblem('13800138000')).toBeNull();
    expect(phoneProblem('')).toBeNull();
    expect(phoneProblem('3912345678')).toEqual({ code: 'first-digit' });
    expect(phoneProblem('1391234567')).toEqual({ code: 'short', count: 1 });
    expect(phoneProblem('139123456789')).toEqual({ code: 'long', count: 1 });
    expect(phoneProblem('12800138000')).toEqual({ code: 'not-mobile' });
  });

  it('an unfinished or invalid phone is never sent', () => {
    expect(answersOf({ ...emptyDraft, phone: '1380013' })).not.toHaveProperty('phone');
    expect(answersOf({ ...emptyDraft, phone: '12800138000' })).not.toHaveProperty('phone');
    expect(answersOf({ ...emptyDraft, phone: '13800138000' }).phone).toBe('13800138000');
  });

  it('stored answers come back into the wizard', () => {
    const d = draftOf(
      { occupations: ['4-10-01-06'], expectedDailyPay: 200, when: 'today', certificates: ['健康证'] },
      taxonomy,
    );
    expect(d.groups).toEqual(['housekeeping']);
    expect(answersOf(d)).toMatchObject({
      occupations: ['4-10-01-06'],
      expectedPay: { amount: 200, unit: 'day' },
      when: 'today',
    });
  });

  it('her 日结 answer goes to the station and comes back when she edits her preferences', () => {
    for (const wants of [true, false]) {
      const sent = answersOf({ ...emptyDraft, picked: ['4-09-08-02'], dailySettlement: wants });
      expect(sent.dailySettlement).toBe(wants);
      const again = draftOf({ ...sent, occupations: sent.occupations ?? [], certificates: [] }, taxonomy);
      expect(again.dailySettlement).toBe(wants);
      expect(answersOf(again).dailySettlement).toBe(wants);
    }
    // Not asked yet (answers stored before the question existed): nothing is sent, nothing chosen.
    expect(answersOf(emptyDraft)).not.toHaveProperty('dailySettlement');
    expect(draftOf({ occupations: [], certificates: [] }, taxonomy).dailySettlement).toBeUndefined();
  });

  it('on-screen keys: letters append, ⌫ deletes, no double spaces', () => {
    expect(['b', 'j'].reduce(applyKey, '')).toBe('bj');
    expect(applyKey('bj', '{bksp}')).toBe('b');
    expect(applyKey('bj ', '{space}')).toBe('bj ');
  });
});
