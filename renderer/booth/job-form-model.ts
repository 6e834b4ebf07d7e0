import type { BoothJobDraft } from '../../electron/api';
import { emptyPostingForm, postingFormOf, type PostingForm } from '../components/posting-form';
import { addDays } from '../shared/station-day';

/** The booth's job form: a posting for the booth's own employer. */
export type JobForm = PostingForm;

/** A fresh posting: a day's work from today, open for two weeks. */
export const emptyForm = (today: string, district = ''): JobForm =>
  emptyPostingForm(today, district, addDays(today, 14));

export const formOf = postingFormOf;

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
