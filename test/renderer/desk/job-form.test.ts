import { describe, expect, it } from 'vitest';
import type { Job } from '../../../electron/api';
import { draftOfJobForm, emptyJobForm, issuesOnForm, jobFormOf } from '../../../renderer/desk/job-form';

const job: Job = {
  id: 'hall-1',
  title: '仓库分拣员',
  occupation: '4-02-06-05',
  employer: { id: 'e1', name: '顺达物流', agency: false },
  district: '二道区',
  address: '东盛大街100号',
  pay: { amount: 8.5, unit: 'piece', pieceLabel: '单' },
  settlement: 'daily',
  schedule: 'day',
  headcount: 3,
  filled: 1,
  startDate: '2026-11-21',
  validThrough: '2026-12-31',
  ageMin: 18,
  certificates: [],
  publicWelfare: false,
  description: '',
  status: 'open',
  postedAt: '2026-11-21T01:00:00.000Z',
  updatedAt: '2026-11-21T01:00:00.000Z',
  source: 'hall',
};

describe('the posting form', () => {
  it('round-trips a posting, keeping the employer it belongs to', () => {
    const r = draftOfJobForm(jobFormOf(job), job.employer.id, '请填写数字');
    expect(r).toEqual({
      ok: true,
      draft: {
        title: '仓库分拣员',
        occupation: '4-02-06-05',
        employer: { id: 'e1', name: '顺达物流', agency: false },
        district: '二道区',
        address: '东盛大街100号',
        pay: { amount: 8.5, unit: 'piece', pieceLabel: '单' },
        settlement: 'daily',
        schedule: 'day',
        headcount: 3,
        startDate: '2026-11-21',
        validThrough: '2026-12-31',
        ageMin: 18,
        description: '',
      },
    });
  });

  it('flags letters typed where a number goes, and leaves a blank number for the station to name', () => {
    const form = { ...emptyJobForm('2026-11-21', ''), amount: '二百', ageMax: '6o' };
    expect(draftOfJobForm(form, undefined, '请填写数字')).toEqual({
      ok: false,
      issues: { amount: '请填写数字', ageMax: '请填写数字' },
    });
    const blank = draftOfJobForm({ ...emptyJobForm('2026-11-21', ''), headcount: '' }, undefined, 'x');
    expect(blank.ok && blank.draft.pay).toEqual({ unit: 'day' });
    expect(blank.ok && 'headcount' in blank.draft).toBe(false);
  });

  it("puts the station's issues on the fields they name, and keeps the rest for the form", () => {
    expect(
      issuesOnForm([
        { path: 'draft.pay.amount', message: '请填写工资' },
        { path: 'draft.employer.name', message: '请填写单位名称' },
        { path: 'draft.ageMin', message: '年龄下限高于上限' },
        { path: 'draft', message: '截止日期早于开始日期' },
      ]),
    ).toEqual({
      fields: { amount: '请填写工资', employerName: '请填写单位名称', ageMin: '年龄下限高于上限' },
      rest: ['截止日期早于开始日期'],
    });
  });
});
