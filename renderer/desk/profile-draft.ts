import type { PayUnit, WorkerRecord } from '../../electron/api';

/** The profile form as typed: strings, as inputs hold them. */
export interface ProfileDraft {
  phone: string;
  occupations: string[];
  payAmount: string;
  payUnit: PayUnit;
  districts: string;
  notes: string;
  shareWithEmployers: boolean;
  phoneToEmployers: boolean;
}

export interface ProfileChanges {
  phone?: string;
  occupations?: string[];
  expectedPay?: { amount: number; unit: PayUnit } | null;
  districts?: string[];
  notes?: string;
  shareWithEmployers?: boolean;
  phoneToEmployers?: boolean;
}

export function draftOf(r: WorkerRecord): ProfileDraft {
  return {
    phone: r.profile.phone,
    occupations: [...r.profile.occupations],
    payAmount: r.profile.expectedPay ? String(r.profile.expectedPay.amount) : '',
    payUnit: r.profile.expectedPay?.unit ?? 'day',
    districts: r.profile.districts.join('，'),
    notes: r.profile.notes,
    shareWithEmployers: r.shareWithEmployers,
    phoneToEmployers: r.phoneToEmployers,
  };
}

const splitList = (s: string) =>
  s
    .split(/[,，、\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only what the person changed, so an edit never rewrites fields it did not touch. */
export function profileChanges(r: WorkerRecord, d: ProfileDraft): ProfileChanges {
  const out: ProfileChanges = {};
  const phone = d.phone.trim();
  if (phone !== r.profile.phone) out.phone = phone;
  if (!same(d.occupations, r.profile.occupations)) out.occupations = d.occupations;
  const amount = Number(d.payAmount);
  const pay = d.payAmount.trim() === '' || !Number.isFinite(amount) ? null : { amount, unit: d.payUnit };
  if (!same(pay, r.profile.expectedPay)) out.expectedPay = pay;
  const districts = splitList(d.districts);
  if (!same(districts, r.profile.districts)) out.districts = districts;
  if (d.notes.trim() !== r.profile.notes) out.notes = d.notes.trim();
  if (d.shareWithEmployers !== r.shareWithEmployers) out.shareWithEmployers = d.shareWithEmployers;
  if (d.phoneToEmployers !== r.phoneToEmployers) out.phoneToEmployers = d.phoneToEmployers;
  return out;
}
