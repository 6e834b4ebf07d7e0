import { describe, expect, it } from 'vitest';
import {
  answersOf,
  bandFor,
  draftOf,
  emptyDraft,
  groupPhone,
  occupationsFor,
  startingPay,
  stepPay,
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
  it('keypad: 11 digits at most, starting with 1', () => {
    let p = '';
    for (const d of '913800138000999') p = typeDigit(p, d);
    expect(p).toBe('13800138000');
    expect(groupPhone(p)).toBe('138 0013 8000');
  });

  it('an unfinished or invalid phone is never sent', () => {
    expect(answersOf({ ...emptyDraft, phone: '1380013' }, taxonomy)).not.toHaveProperty('phone');
    expect(answersOf({ ...emptyDraft, phone: '12800138000' }, taxonomy)).not.toHaveProperty('phone');
    expect(answersOf({ ...emptyDraft, phone: '13800138000' }, taxonomy).phone).toBe('13800138000');
  });

  it('a group means its occupations unless some were picked', () => {
    expect(occupationsFor(['housekeeping'], [], taxonomy)).toEqual(['4-09-08-02', '4-10-01-06']);
    expect(occupationsFor(['housekeeping', 'loading'], ['4-10-01-06'], taxonomy)).toEqual([
      '4-10-01-06',
      '4-02-01-01',
    ]);
  });

  it('pay moves in steps of 10 within bounds and starts from the market median', () => {
    expect(stepPay(150, 1)).toBe(160);
    expect(stepPay(50, -1)).toBe(50);
    expect(stepPay(1000, 1)).toBe(1000);
    expect(startingPay(187)).toBe(190);
    expect(startingPay(null)).toBe(150);
  });

  it('bands several occupations weighted by their postings', () => {
    const f = [
      { occupation: 'a', offered: { n: 3, p25: 100, p50: 150, p75: 200 } },
      { occupation: 'b', offered: { n: 1, p25: 200, p50: 250, p75: 300 } },
      { occupation: 'c', offered: null },
    ];
    expect(bandFor(f, ['a', 'b'])).toEqual({ p25: 125, p50: 175, p75: 225 });
    expect(bandFor(f, ['c'])).toBeNull();
  });

  it('stored answers come back into the wizard', () => {
    const d = draftOf(
      { occupations: ['4-10-01-06'], expectedDailyPay: 200, when: 'today', certificates: ['健康证'] },
      taxonomy,
    );
    expect(d.groups).toEqual(['housekeeping']);
    expect(answersOf(d, taxonomy)).toMatchObject({
      occupations: ['4-10-01-06'],
      expectedDailyPay: 200,
      when: 'today',
    });
  });

  it('on-screen keys: letters append, ⌫ deletes, no double spaces', () => {
    expect(['b', 'j'].reduce(applyKey, '')).toBe('bj');
    expect(applyKey('bj', '{bksp}')).toBe('b');
    expect(applyKey('bj ', '{space}')).toBe('bj ');
  });
});
