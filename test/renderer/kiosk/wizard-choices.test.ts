import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { hasIcon } from '../../../renderer/components/icon';
import { certificateIcon } from '../../../renderer/kiosk/certificate-icons';
import { wizardSteps } from '../../../renderer/kiosk/kiosk-flow';
import {
  answersOf,
  draftOf,
  emptyDraft,
  payStep,
  startingPay,
  stepPay,
  wizardProblem,
} from '../../../renderer/kiosk/wizard-rules';

const taxonomy = {
  occupations: [
    { code: '4-09-08-02', group: 'housekeeping' },
    { code: '4-10-01-06', group: 'housekeeping' },
    { code: '4-02-01-01', group: 'loading' },
  ],
  districts: ['二道区', '南关区'],
};
const assets = JSON.parse(readFileSync('assets/occupations.json', 'utf8')) as {
  groups: { icon: string }[];
  occupations: { name: string; icon: string }[];
  certificates: { name: string }[];
};

describe('one question per screen', () => {
  it('asks district, distance and certificates on screens of their own', () => {
    expect(wizardSteps).toEqual(['phone', 'work', 'pay', 'when', 'district', 'distance', 'certs']);
  });
});

describe('what a tile chooses', () => {
  it('opening a group chooses nothing; only the trades she tapped are sent', () => {
    const opened = { ...emptyDraft, groups: ['housekeeping'] };
    expect(answersOf(opened).occupations).toEqual([]);
    expect(answersOf({ ...opened, picked: ['4-09-08-02'] }).occupations).toEqual(['4-09-08-02']);
  });

  it('a profile with no trade is a problem to say, not a profile to store', () => {
    expect(wizardProblem({ ...emptyDraft, groups: ['housekeeping'] }, taxonomy)).toEqual({
      code: 'no-trade',
    });
    expect(wizardProblem({ ...emptyDraft, picked: ['4-09-08-02'] }, taxonomy)).toBeNull();
  });

  it('a district the station does not know is said, never sent', () => {
    const d = { ...emptyDraft, picked: ['4-09-08-02'], district: '长春市' };
    expect(wizardProblem(d, taxonomy)).toEqual({ code: 'unknown-district', district: '长春市' });
    expect(wizardProblem({ ...d, district: '二道区' }, taxonomy)).toBeNull();
  });
});

describe('pay in her own unit', () => {
  it('steps in amounts that suit the unit, never below one step', () => {
    expect(payStep('day')).toBe(10);
    expect(payStep('hour')).toBe(1);
    expect(payStep('month')).toBe(100);
    expect(stepPay({ amount: 140, unit: 'day' }, 1)).toEqual({ amount: 150, unit: 'day' });
    expect(stepPay({ amount: 18, unit: 'hour' }, -1)).toEqual({ amount: 17, unit: 'hour' });
    expect(stepPay({ amount: 100, unit: 'month' }, -1)).toEqual({ amount: 100, unit: 'month' });
    expect(startingPay(137)).toEqual({ amount: 140, unit: 'day' });
    expect(startingPay(null)).toEqual({ amount: 150, unit: 'day' });
  });

  it('is sent as she said it; a stored wish comes back in her unit', () => {
    const d = { ...emptyDraft, picked: ['4-09-08-02'], pay: { amount: 18, unit: 'hour' as const } };
    const sent = answersOf(d);
    expect(sent.expectedPay).toEqual({ amount: 18, unit: 'hour' });
    expect(sent).not.toHaveProperty('expectedDailyPay');
    const back = draftOf(
      { ...sent, occupations: ['4-09-08-02'], certificates: [], expectedDailyPay: 144 },
      taxonomy,
    );
    expect(back.pay).toEqual({ amount: 18, unit: 'hour' });
    // Answers stored before units were asked were 元/天.
    expect(draftOf({ occupations: [], certificates: [], expectedDailyPay: 200 }, taxonomy).pay).toEqual({
      amount: 200,
      unit: 'day',
    });
  });
});

describe('icons', () => {
  it('every trade and group of the taxonomy has a drawing of its own', () => {
    const missing = [...assets.groups, ...assets.occupations]
      .filter((o) => !hasIcon(o.icon))
      .map((o) => o.icon);
    expect(missing).toEqual([]);
  });

  it('every certificate has a distinct drawing', () => {
    const icons = assets.certificates.map((c) => certificateIcon(c.name));
    expect(icons.every(hasIcon)).toBe(true);
    expect(new Set(icons).size).toBe(icons.length);
  });
});
