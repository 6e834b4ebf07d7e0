import type { Job, JobDraft } from '../../electron/api';
import { emptyPostingForm, postingFormOf, type PostingForm } from '../components/posting-form';

/** The desk's posting form: any employer's posting, with a sex requirement kept for review. */
export interface JobForm extends PostingForm {
  employerName: string;
  agency: boolean;
  sex: '' | 'male' | 'female';
}

export type JobField = keyof JobForm;

export function emptyJobForm(today: string, district: string): JobForm {
  return { ...emptyPostingForm(today, district, ''), employerName: '', agency: false, sex: '' };
}

export function jobFormOf(job: Job): JobForm {
  return {
    ...postingFormOf(job),
    employerName: job.employer.name,
    agency: job.employer.agency,
    sex: job.sexRequirement ?? '',
  };
}

export type FieldIssues = Partial<Record<JobField, string>>;

/**
 * The form as the station's posting draft. Only typing is checked here (digits where a number goes);
 * a blank number is left out, and the station names every missing or wrong field in one answer.
 */
export function draftOfJobForm(
  f: JobForm,
  employerId: string | undefined,
  notNumber: string,
): { ok: true; draft: JobDraft } | { ok: false; issues: FieldIssues } {
  const issues: FieldIssues = {};
  const num = (field: JobField, value: string): number | undefined => {
    const v = value.trim();
    if (v === '') return undefined;
    const n = Number(v);
    if (!Number.isFinite(n)) issues[field] = notNumber;
    return n;
  };
  const amount = num('amount', f.amount);
  const amountMax = num('amountMax', f.amountMax);
  const headcount = num('headcount', f.headcount);
  const ageMin = num('ageMin', f.ageMin);
  const ageMax = num('ageMax', f.ageMax);
  if (Object.keys(issues).length) return { ok: false, issues };
  const opt = (s: string) => (s.trim() ? s.trim() : undefined);
  const draft = {
    title: f.title,
    occupation: f.occupation,
    employer: { ...(employerId ? { id: employerId } : {}), name: f.employerName, agency: f.agency },
    district: f.district,
    address: f.address,
    pay: {
      ...(amount !== undefined ? { amount } : {}),
      unit: f.unit,
      ...(amountMax !== undefined ? { amountMax } : {}),
      ...(f.unit === 'piece' && opt(f.pieceLabel) ? { pieceLabel: opt(f.pieceLabel)! } : {}),
    },
    settlement: f.settlement,
    schedule: f.schedule,
    ...(headcount !== undefined ? { headcount } : {}),
    startDate: f.startDate,
    validThrough: f.validThrough,
    ...(ageMin !== undefined ? { ageMin } : {}),
    ...(ageMax !== undefined ? { ageMax } : {}),
    ...(f.sex ? { sexRequirement: f.sex } : {}),
    ...(opt(f.payProtection) ? { payProtection: opt(f.payProtection)! } : {}),
    ...(opt(f.workHours) ? { workHours: opt(f.workHours)! } : {}),
    description: f.description.trim(),
    ...(opt(f.contactPhone) ? { contactPhone: opt(f.contactPhone)! } : {}),
  };
  // Possibly without a pay amount or headcount: the station's answer then says "请填写工资".
  return { ok: true, draft: draft as JobDraft };
}

const byPath: Record<string, JobField> = {
  'pay.amount': 'amount',
  'pay.amountMax': 'amountMax',
  'pay.unit': 'unit',
  'pay.pieceLabel': 'pieceLabel',
  pay: 'amountMax',
  'employer.name': 'employerName',
  'employer.agency': 'agency',
  sexRequirement: 'sex',
};

/** The station's issues (paths like `draft.pay.amount`) placed on the form's fields. */
export function issuesOnForm(issues: readonly { path: string; message: string }[]): {
  fields: FieldIssues;
  rest: string[];
} {
  const fields: FieldIssues = {};
  const rest: string[] = [];
  for (const i of issues) {
    const path = i.path.replace(/^draft\.?/, '');
    const field = (byPath[path] ?? path) as JobField;
    if (path && field in emptyJobForm('', '')) fields[field] ??= i.message;
    else rest.push(i.message);
  }
  return { fields, rest };
}
