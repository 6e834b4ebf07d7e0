import type { BoothJobDraft, Job, PayUnit } from '../../electron/api';

/** The job form as typed: every field a string, so a half-typed number is never lost. */
export interface JobForm {
  title: string;
  occupation: string;
  district: string;
  address: string;
  amount: string;
  amountMax: string;
  unit: PayUnit;
  pieceLabel: string;
  settlement: 'daily' | 'weekly' | 'monthly';
  schedule: 'day' | 'short' | 'long';
  headcount: string;
  startDate: string;
  validThrough: string;
  ageMin: string;
  ageMax: string;
  workHours: string;
  payProtection: string;
  description: string;
  contactPhone: string;
}

const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T12:00:00`);
  d.setDate(d.getDate() + n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** A fresh posting: a day's work from today, open for two weeks. */
export function emptyForm(today: string, district = ''): JobForm {
  return {
    title: '',
    occupation: '',
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
    validThrough: addDays(today, 14),
    ageMin: '',
    ageMax: '',
    workHours: '',
    payProtection: '',
    description: '',
    contactPhone: '',
  };
}

const text = (v: string | undefined) => v ?? '';
const num = (v: number | undefined) => (v === undefined ? '' : String(v));

export function formOf(job: Job): JobForm {
  return {
    title: job.title,
    occupation: job.occupation,
    district: job.district,
    address: job.address,
    amount: String(job.pay.amount),
    amountMax: num(job.pay.amountMax),
    unit: job.pay.unit,
    pieceLabel: text(job.pay.pieceLabel),
    settlement: job.settlement,
    schedule: job.schedule,
    headcount: String(job.headcount),
    startDate: job.startDate,
    validThrough: job.validThrough,
    ageMin: num(job.ageMin),
    ageMax: num(job.ageMax),
    workHours: text(job.workHours),
    payProtection: text(job.payProtection),
    description: job.description,
    contactPhone: text(job.contactPhone),
  };
}

/** "" stays absent; anything else goes to the station as a number, which checks it. */
const optionalNumber = (v: string) => (v.trim() === '' ? undefined : Number(v.trim()));
const optionalText = (v: string) => (v.trim() === '' ? undefined : v.trim());

/** The draft the station checks (with the desk's rules); no rule is applied here. */
export function draftOf(f: JobForm): BoothJobDraft {
  const amountMax = optionalNumber(f.amountMax);
  const ageMin = optionalNumber(f.ageMin);
  const ageMax = optionalNumber(f.ageMax);
  const pieceLabel = f.unit === 'piece' ? optionalText(f.pieceLabel) : undefined;
  const workHours = optionalText(f.workHours);
  const payProtection = optionalText(f.payProtection);
  const contactPhone = optionalText(f.contactPhone);
  return {
    title: f.title,
    occupation: f.occupation,
    district: f.district,
    address: f.address,
    pay: {
      amount: Number(f.amount.trim() || 'NaN'),
      unit: f.unit,
      ...(amountMax !== undefined ? { amountMax } : {}),
      ...(pieceLabel !== undefined ? { pieceLabel } : {}),
    },
    settlement: f.settlement,
    schedule: f.schedule,
    headcount: Number(f.headcount.trim() || 'NaN'),
    startDate: f.startDate,
    validThrough: f.validThrough,
    ...(ageMin !== undefined ? { ageMin } : {}),
    ...(ageMax !== undefined ? { ageMax } : {}),
    ...(workHours !== undefined ? { workHours } : {}),
    ...(payProtection !== undefined ? { payProtection } : {}),
    description: f.description,
    ...(contactPhone !== undefined ? { contactPhone } : {}),
  };
}
