import type { Job, JobDraft, PayUnit } from '../../electron/api';

/** The posting form as typed: every input holds a string. */
export interface JobForm {
  title: string;
  occupation: string;
  employerName: string;
  agency: boolean;
  district: string;
  address: string;
  amount: string;
  amountMax: string;
  unit: PayUnit;
  pieceLabel: string;
  settlement: JobDraft['settlement'];
  schedule: JobDraft['schedule'];
  headcount: string;
  startDate: string;
  validThrough: string;
  ageMin: string;
  ageMax: string;
  sex: '' | 'male' | 'female';
  payProtection: string;
  workHours: string;
  description: string;
  contactPhone: string;
}

export type JobField = keyof JobForm;

export function emptyJobForm(today: string, district: string): JobForm {
  return {
    title: '',
    occupation: '',
    employerName: '',
    agency: false,
    district,
    address: '',
    amount: '',
    amountMax: '',
    unit: 'day',
    pieceLabel: '',
    settlement: 'daily',
    schedule: 'day',
    headcount: '1',
    startDate: today,
    validThrough: '',
    ageMin: '',
    ageMax: '',
    sex: '',
    payProtection: '',
    workHours: '',
    description: '',
    contactPhone: '',
  };
}

const text = (n: number | undefined) => (n === undefined ? '' : String(n));

export function jobFormOf(job: Job): JobForm {
  return {
    title: job.title,
    occupation: job.occupation,
    employerName: job.employer.name,
    agency: job.employer.agency,
    district: job.district,
    address: job.address,
    amount: String(job.pay.amount),
    amountMax: text(job.pay.amountMax),
    unit: job.pay.unit,
    pieceLabel: job.pay.pieceLabel ?? '',
    settlement: job.settlement,
    schedule: job.schedule,
    headcount: String(job.headcount),
    startDate: job.startDate,
    validThrough: job.validThrough,
    ageMin: text(job.ageMin),
    ageMax: text(job.ageMax),
    sex: job.sexRequirement ?? '',
    payProtection: job.payProtection ?? '',
    workHours: job.workHours ?? '',
    description: job.description,
    contactPhone: job.contactPhone ?? '',
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
