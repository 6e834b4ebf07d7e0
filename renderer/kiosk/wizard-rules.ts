import type { KioskAnswersInput, KioskPay } from '../../electron/api';

/** Mainland mobile numbers: 11 digits, 13–19. */
export const phonePattern = /^1[3-9]\d{9}$/;
export const PHONE_LENGTH = 11;
/** Room for a few digits too many, so the check can say "多了 2 位" instead of losing them. */
const PHONE_KEPT = PHONE_LENGTH + 4;

/**
 * A digit typed on the keypad is always kept, whatever it is: a keypad that silently ignores a
 * first "3" turns 3912345678 into 12345678 and she never knows. The number is checked once finished.
 */
export function typeDigit(phone: string, digit: string): string {
  if (!/^\d$/.test(digit) || phone.length >= PHONE_KEPT) return phone;
  return phone + digit;
}

export type PhoneProblem =
  | { code: 'first-digit' }
  | { code: 'short'; count: number }
  | { code: 'long'; count: number }
  | { code: 'not-mobile' };

/** What is wrong with a typed number, the plainest fault first; null when it is a mobile number (or none). */
export function phoneProblem(phone: string): PhoneProblem | null {
  if (phone === '' || phonePattern.test(phone)) return null;
  if (!phone.startsWith('1')) return { code: 'first-digit' };
  if (phone.length < PHONE_LENGTH) return { code: 'short', count: PHONE_LENGTH - phone.length };
  if (phone.length > PHONE_LENGTH) return { code: 'long', count: phone.length - PHONE_LENGTH };
  return { code: 'not-mobile' };
}

/** One tap of − / + in each unit she may answer in: a day's 10 元 is an hour's 1 元, a month's 100 元. */
const PAY_STEPS: Record<KioskPay['unit'], number> = { day: 10, hour: 1, month: 100 };
/** The contract's ceiling; whether a figure is sensible is the station's word (kiosk.dailyPay). */
const PAY_CEILING = 100_000;
/** A sensible start when no market figure exists yet (a 长春 day's labour, 2025). */
export const PAY_FALLBACK = 150;

export const payStep = (unit: KioskPay['unit']) => PAY_STEPS[unit];

export function stepPay(pay: KioskPay, direction: 1 | -1): KioskPay {
  const step = payStep(pay.unit);
  const amount = Math.round(pay.amount / step) * step + direction * step;
  return { amount: Math.min(PAY_CEILING, Math.max(step, amount)), unit: pay.unit };
}

/** Start from the market's median for the chosen work (元/天), rounded to the keypad's step. */
export function startingPay(median: number | null | undefined): KioskPay {
  const step = payStep('day');
  return { amount: median ? Math.max(step, Math.round(median / step) * step) : PAY_FALLBACK, unit: 'day' };
}

export function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** Matching takes at most this many trades; a further tap is refused where she sees it. */
export const MAX_TRADES = 10;

/** A trade tile's tap: on if off, off if on; never an eleventh. */
export function togglePick(picked: readonly string[], code: string): string[] {
  if (!picked.includes(code) && picked.length >= MAX_TRADES) return [...picked];
  return toggle(picked, code);
}

interface TaxonomyLike {
  occupations: readonly { code: string; group: string }[];
  districts?: readonly string[];
}

/**
 * What stops the answers from being stored, said on a kind screen instead: no trade chosen (a
 * group opened is not a trade chosen), or a district the station does not know (a stored answer
 * from another station's list, or one staff typed).
 */
export type WizardProblem = { code: 'no-trade' } | { code: 'unknown-district'; district: string };

export function wizardProblem(d: WizardDraft, taxonomy: TaxonomyLike): WizardProblem | null {
  if (d.picked.length === 0) return { code: 'no-trade' };
  if (d.district !== undefined && taxonomy.districts && !taxonomy.districts.includes(d.district))
    return { code: 'unknown-district', district: d.district };
  return null;
}

export interface WizardDraft {
  phone: string;
  /** Groups opened on the work screen: they show their trades and choose none by themselves. */
  groups: string[];
  /** The trades she tapped: exactly what is stored and what employers see. */
  picked: string[];
  pay: KioskPay | null;
  when: KioskAnswersInput['when'];
  /** 要日结 (true) or 都行 (false), tapped on the pay step; undefined until she answers. */
  dailySettlement: boolean | undefined;
  district: string | undefined;
  maxDistanceKm: number | undefined;
  certificates: string[];
}

export const emptyDraft: WizardDraft = {
  phone: '',
  groups: [],
  picked: [],
  pay: null,
  when: undefined,
  dailySettlement: undefined,
  district: undefined,
  maxDistanceKm: undefined,
  certificates: [],
};

/** What is sent to the station: an unfinished phone number is simply not sent. */
export function answersOf(d: WizardDraft): KioskAnswersInput {
  return {
    ...(phonePattern.test(d.phone) ? { phone: d.phone } : {}),
    occupations: [...new Set(d.picked)].slice(0, MAX_TRADES),
    ...(d.pay !== null ? { expectedPay: d.pay } : {}),
    ...(d.when ? { when: d.when } : {}),
    ...(d.dailySettlement !== undefined ? { dailySettlement: d.dailySettlement } : {}),
    ...(d.district ? { district: d.district } : {}),
    ...(d.maxDistanceKm ? { maxDistanceKm: d.maxDistanceKm } : {}),
    certificates: d.certificates,
  };
}

/** A returning worker's stored answers back into the wizard, to change them. */
export function draftOf(
  answers: {
    occupations: string[];
    expectedDailyPay?: number;
    expectedPay?: KioskPay;
    when?: WizardDraft['when'];
    dailySettlement?: boolean;
    district?: string;
    maxDistanceKm?: number;
    certificates: string[];
  },
  taxonomy: TaxonomyLike,
): WizardDraft {
  const groups = [
    ...new Set(
      answers.occupations
        .map((c) => taxonomy.occupations.find((o) => o.code === c)?.group)
        .filter((g): g is string => !!g),
    ),
  ];
  // Answers stored before she could choose a unit were 元/天.
  const pay =
    answers.expectedPay ??
    (answers.expectedDailyPay !== undefined
      ? { amount: answers.expectedDailyPay, unit: 'day' as const }
      : null);
  return {
    ...emptyDraft,
    groups,
    picked: answers.occupations,
    pay,
    when: answers.when,
    dailySettlement: answers.dailySettlement,
    district: answers.district,
    maxDistanceKm: answers.maxDistanceKm,
    certificates: answers.certificates,
  };
}

/** 13812345678 shown as 138 1234 5678 while typed: easier to check against a phone's screen. */
export const groupPhone = (p: string) =>
  [p.slice(0, 3), p.slice(3, 7), p.slice(7, 11), p.slice(11)].filter(Boolean).join(' ');
