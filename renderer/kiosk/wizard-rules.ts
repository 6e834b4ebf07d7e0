import type { KioskAnswersInput } from '../../electron/api';

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

export const PAY_STEP = 10;
export const PAY_MIN = 50;
export const PAY_MAX = 1000;
/** A sensible start when no market figure exists yet (a 长春 day's labour, 2025). */
export const PAY_FALLBACK = 150;

export function stepPay(pay: number, direction: 1 | -1): number {
  return Math.min(PAY_MAX, Math.max(PAY_MIN, Math.round(pay / PAY_STEP) * PAY_STEP + direction * PAY_STEP));
}

/** Start from the market's median for the chosen work, rounded to the keypad's step. */
export function startingPay(median: number | null | undefined): number {
  if (!median) return PAY_FALLBACK;
  return Math.min(PAY_MAX, Math.max(PAY_MIN, Math.round(median / PAY_STEP) * PAY_STEP));
}

export function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/**
 * Groups tapped on the work screen become occupation codes for matching: a group's own choices
 * when some were picked, otherwise all of the group's occupations (matching takes at most 10).
 */
export function occupationsFor(
  groups: readonly string[],
  picked: readonly string[],
  taxonomy: { occupations: readonly { code: string; group: string }[] },
): string[] {
  const out: string[] = [];
  for (const g of groups) {
    const inGroup = taxonomy.occupations.filter((o) => o.group === g).map((o) => o.code);
    const chosen = inGroup.filter((c) => picked.includes(c));
    out.push(...(chosen.length ? chosen : inGroup));
  }
  return [...new Set(out)].slice(0, 10);
}

export interface WizardDraft {
  phone: string;
  groups: string[];
  picked: string[];
  pay: number | null;
  when: KioskAnswersInput['when'];
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
  district: undefined,
  maxDistanceKm: undefined,
  certificates: [],
};

/** What is sent to the station: an unfinished phone number is simply not sent. */
export function answersOf(
  d: WizardDraft,
  taxonomy: { occupations: readonly { code: string; group: string }[] },
): KioskAnswersInput {
  return {
    ...(phonePattern.test(d.phone) ? { phone: d.phone } : {}),
    occupations: occupationsFor(d.groups, d.picked, taxonomy),
    ...(d.pay !== null ? { expectedDailyPay: d.pay } : {}),
    ...(d.when ? { when: d.when } : {}),
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
    when?: WizardDraft['when'];
    district?: string;
    maxDistanceKm?: number;
    certificates: string[];
  },
  taxonomy: { occupations: readonly { code: string; group: string }[] },
): WizardDraft {
  const groups = [
    ...new Set(
      answers.occupations
        .map((c) => taxonomy.occupations.find((o) => o.code === c)?.group)
        .filter((g): g is string => !!g),
    ),
  ];
  return {
    ...emptyDraft,
    groups,
    picked: answers.occupations,
    pay: answers.expectedDailyPay ?? null,
    when: answers.when,
    district: answers.district,
    maxDistanceKm: answers.maxDistanceKm,
    certificates: answers.certificates,
  };
}

/** One band for several occupations: each one's quartiles weighted by its number of postings. */
export function bandFor(
  figures: readonly {
    occupation: string;
    offered: { n: number; p25: number; p50: number; p75: number } | null;
  }[],
  codes: readonly string[],
): { p25: number; p50: number; p75: number } | null {
  const wanted = new Set(codes);
  let n = 0;
  const sum = { p25: 0, p50: 0, p75: 0 };
  for (const f of figures) {
    if (!f.offered || (wanted.size > 0 && !wanted.has(f.occupation))) continue;
    n += f.offered.n;
    sum.p25 += f.offered.p25 * f.offered.n;
    sum.p50 += f.offered.p50 * f.offered.n;
    sum.p75 += f.offered.p75 * f.offered.n;
  }
  if (n === 0) return null;
  return { p25: Math.round(sum.p25 / n), p50: Math.round(sum.p50 / n), p75: Math.round(sum.p75 / n) };
}

/** 13812345678 shown as 138 1234 5678 while typed: easier to check against a phone's screen. */
export const groupPhone = (p: string) =>
  [p.slice(0, 3), p.slice(3, 7), p.slice(7, 11), p.slice(11)].filter(Boolean).join(' ');
