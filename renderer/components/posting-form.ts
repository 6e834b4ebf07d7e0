import type { Job, PayUnit } from '../../electron/api';

/**
 * The fields of a job posting as a form holds them: every input a string, so a half-typed number
 * is never lost. The desk adds the employer and a sex requirement (for review); the booth posts for
 * its own employer.
 */
export interface PostingForm {
  title: string;
  occupation: string;
  district: string;
  address: string;
  amount: string;
  amountMax: string;
  unit: PayUnit;
  pieceLabel: string;
  settlement: Job['settlement'];
  schedule: Job['schedule'];
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

/** A fresh posting: a day's work, paid daily, one place, starting `today`. */
export function emptyPostingForm(today: string, district: string, validThrough: string): PostingForm {
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
    validThrough,
    ageMin: '',
    ageMax: '',
    workHours: '',
    payProtection: '',
    description: '',
    contactPhone: '',
  };
}

const num = (n: number | undefined) => (n === undefined ? '' : String(n));

/** A posting as the form shows it, to edit. */
export function postingFormOf(job: Job): PostingForm {
  return {
    title: job.title,
    occupation: job.occupation,
    district: job.district,
    address: job.address,
    amount: String(job.pay.amount),
    amountMax: num(job.pay.amountMax),
    unit: job.pay.unit,
    pieceLabel: job.pay.pieceLabel ?? '',
    settlement: job.settlement,
    schedule: job.schedule,
    headcount: String(job.headcount),
    startDate: job.startDate,
    validThrough: job.validThrough,
    ageMin: num(job.ageMin),
    ageMax: num(job.ageMax),
    workHours: job.workHours ?? '',
    payProtection: job.payProtection ?? '',
    description: job.description,
    contactPhone: job.contactPhone ?? '',
  };
}
