import { describe, expect, it } from 'vitest';
import type { CandidateView, Job } from '../../../electron/api';
import { StationError } from '../../../renderer/api/bridge';
import { fieldIssues, mergePeople } from '../../../renderer/booth/booth-store';
import { draftOf, emptyForm, formOf } from '../../../renderer/booth/job-form-model';
import { likelyJob } from '../../../renderer/booth/outcome-sheet';

const job: Job = {
  id: 'hall-1',
  title: '商场保洁员',
  occupation: '4-09-08-02',
  employer: { id: 'e', name: '某公司', agency: false },
  district: '二道区',
  address: '东盛大街1500号',
  pay: { amount: 35, amountMax: 45, unit: 'hour' },
  settlement: 'daily',
  schedule: 'day',
  headcount: 2,
  filled: 0,
  startDate: '2026-11-22',
  validThrough: '2026-12-31',
  ageMax: 60,
  certificates: [],
  publicWelfare: false,
  description: '',
  status: 'open',
  postedAt: '2026-11-21T01:00:00Z',
  updatedAt: '2026-11-21T01:00:00Z',
  source: 'hall',
};

describe('the booth job form', () => {
  it('turns a posting into the form and back into the same draft', () => {
    const d = draftOf(formOf(job));
    expect(d).toEqual({
      title: '商场保洁员',
      occupation: '4-09-08-02',
      district: '二道区',
      address: '东盛大街1500号',
      pay: { amount: 35, amountMax: 45, unit: 'hour' },
      settlement: 'daily',
      schedule: 'day',
      headcount: 2,
      startDate: '2026-11-22',
      validThrough: '2026-12-31',
      ageMax: 60,
      description: '',
    });
  });

  it('starts a new posting today, open two weeks, and leaves blank numbers for the station to refuse', () => {
    const f = emptyForm('2026-11-21', '二道区');
    expect(f).toMatchObject({
      startDate: '2026-11-21',
      validThrough: '2026-12-05',
      district: '二道区',
      headcount: '1',
    });
    expect(Number.isNaN(draftOf(f).pay.amount)).toBe(true);
    expect(draftOf({ ...f, unit: 'day', pieceLabel: '箱' }).pay).not.toHaveProperty('pieceLabel');
    expect(draftOf({ ...f, unit: 'piece', pieceLabel: '箱' }).pay).toMatchObject({
      unit: 'piece',
      pieceLabel: '箱',
    });
  });

  it('shows the station’s refusal next to the field it names', () => {
    const err = new StationError({
      code: 'invalid_input',
      message: 'x',
      issues: [
        { path: 'draft.validThrough', message: '截止日期早于开始日期' },
        { path: 'draft.pay.pieceLabel', message: '计件工资要写明计件单位（单、件、箱）' },
        { path: 'draft.pay', message: 'amountMax is below amount' },
      ],
    });
    expect(fieldIssues(err)).toEqual({
      validThrough: '截止日期早于开始日期',
      pieceLabel: '计件工资要写明计件单位（单、件、箱）',
      amount: 'amountMax is below amount',
    });
  });
});

describe('the booth’s people', () => {
  const person = (id: string, over: Partial<CandidateView> = {}): CandidateView => ({
    workerId: id,
    maskedName: '王**',
    age: 50,
    occupations: [],
    certificates: [],
    expectedDailyPay: null,
    phone: null,
    applied: [],
    fits: [],
    outcome: null,
    calledAt: null,
    present: false,
    inHallToday: false,
    ...over,
  });

  it('lists an applicant who also fits once, with the applicants', () => {
    expect(mergePeople([person('a')], [person('a'), person('b')]).map((p) => p.workerId)).toEqual(['b']);
  });

  it('opens the outcome form on the job the person applied to, else one they fit', () => {
    const open = [{ id: 'j1' }, { id: 'j2' }, { id: 'j3' }];
    expect(likelyJob(person('a', { applied: [{ jobId: 'j2', title: '', at: '' }] }), open)).toBe('j2');
    expect(
      likelyJob(
        person('a', { applied: [{ jobId: 'gone', title: '', at: '' }], fits: [{ jobId: 'j3', title: '' }] }),
        open,
      ),
    ).toBe('j3');
    expect(likelyJob(person('a'), open)).toBe('j1');
    expect(likelyJob(person('a'), [])).toBe('');
  });
});
