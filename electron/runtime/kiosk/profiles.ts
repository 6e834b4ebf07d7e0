import type { KioskAnswers, KioskProfile } from '../../contract/kiosk';
import type { Repositories } from '../data/repositories';
import { maskName } from '../workers/masking';

/** 13812345678 → 138****5678: enough for the person to recognise their own number. */
export const maskPhone = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

export function kioskProfile(tx: Repositories, workerId: string): KioskProfile {
  const facts = tx.workers.facts(workerId);
  return {
    maskedName: maskName(facts?.name ?? ''),
    maskedPhone: facts?.phone ? maskPhone(facts.phone) : null,
    answers: tx.kioskProfiles.answers(workerId),
  };
}

/**
 * Stores the wizard's answers. The phone goes on the worker's record (the desk searches by it); the
 * rest on the profile row, also in the columns the front desk reads (occupations, pay, districts).
 */
export function writeAnswers(tx: Repositories, workerId: string, answers: KioskAnswers, now: Date): void {
  const { phone, ...rest } = answers;
  if (phone) tx.workers.setPhone(workerId, phone);
  tx.kioskProfiles.saveAnswers(workerId, {
    answers: rest,
    occupations: rest.occupations,
    expectedPay: rest.expectedDailyPay === undefined ? null : { amount: rest.expectedDailyPay, unit: 'day' },
    districts: rest.district ? [rest.district] : [],
    at: now.toISOString(),
  });
}
