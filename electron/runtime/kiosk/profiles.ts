import { sensibleDailyPay, type KioskAnswers, type KioskPay, type KioskProfile } from '../../contract/kiosk';
import { ApiFailure } from '../api-error';
import type { Repositories } from '../data/repositories';
import type { StoredAnswers } from '../data/kiosk-profiles';
import { dailyWage } from '../match/wage';
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

/** A wish in her unit as 元/天 (match/wage's rule), and whether it is a sensible day's pay. */
export function dailyPay(pay: KioskPay): { daily: number; sensible: boolean } {
  const daily = dailyWage(pay).daily ?? 0;
  return { daily, sensible: daily >= sensibleDailyPay.min && daily <= sensibleDailyPay.max };
}

/**
 * Answers that cannot be right are refused whole, so nothing is stored half-way: a district the
 * station does not know, or a wish that works out to an absurd day's pay.
 */
export function checkAnswers(answers: KioskAnswers, known: { districts: readonly string[] }): void {
  if (answers.district !== undefined && !known.districts.includes(answers.district))
    throw new ApiFailure('invalid_input', `本站不认识区县“${answers.district}”`);
  if (answers.expectedPay && !dailyPay(answers.expectedPay).sensible)
    throw new ApiFailure('invalid_input', '期望工资折合每天不合常理');
}

/**
 * Stores the wizard's answers on the profile row, also in the columns the front desk reads
 * (occupations, pay, districts). The hall's record takes them the same way (sync/hall-record.ts).
 */
export function storeAnswers(tx: Repositories, workerId: string, stated: StoredAnswers, now: Date): void {
  // A wish in her own unit is matched as 元/天; both are kept, so the wizard shows her unit again.
  const rest = stated.expectedPay
    ? { ...stated, expectedDailyPay: Math.min(5000, dailyPay(stated.expectedPay).daily) }
    : stated;
  tx.kioskProfiles.saveAnswers(workerId, {
    answers: rest,
    occupations: rest.occupations,
    expectedPay:
      rest.expectedPay ??
      (rest.expectedDailyPay === undefined ? null : { amount: rest.expectedDailyPay, unit: 'day' }),
    districts: rest.district ? [rest.district] : [],
    at: now.toISOString(),
  });
}

/**
 * The wizard's answers from the kiosk: the phone on the worker's record (the desk searches by it),
 * the rest on the profile. Both go to the hall's record; the answers only from a terminal of a hall
 * (`toHall`), as the hub keeps them and the platform is not told them.
 */
export function writeAnswers(
  tx: Repositories,
  workerId: string,
  answers: KioskAnswers,
  now: Date,
  toHall: boolean,
): void {
  const { phone, ...stated } = answers;
  if (phone && phone !== tx.workers.facts(workerId)?.phone) {
    tx.workers.setPhone(workerId, phone);
    // The hall's record has the number the desk searches by, whichever terminal it was given at.
    tx.outbox.add({ type: 'worker.updated', at: now, payload: { workerId, changes: { phone } } });
  }
  storeAnswers(tx, workerId, stated, now);
  if (toHall)
    tx.outbox.add({ type: 'worker.updated', at: now, payload: { workerId, changes: { answers: stated } } });
}
