import type { KeyGroup } from '../../contract/desk';
import type { KioskAnswers } from '../../contract/kiosk';
import type { WorkerProfileInput } from '../match/worker';
import { addDays } from '../clock/station-day';
import { ageOn } from '../workers/age';

/**
 * The wizard's answers as the matching engine reads them. "When" becomes a start date and the
 * schedules that fit it; the station's district stands in for home when the worker gave none.
 */
export function profileForMatch(
  answers: Omit<KioskAnswers, 'phone'> | null,
  facts: { birthDate: string | null; keyGroups?: readonly KeyGroup[] },
  station: { district: string },
  /** The station's day (clock.today()). */
  today: string,
): WorkerProfileInput {
  const a = answers ?? { occupations: [], certificates: [] };
  const age = facts.birthDate ? ageOn(facts.birthDate, today) : undefined;
  const when: Partial<Pick<WorkerProfileInput, 'schedules' | 'availableFrom'>> =
    a.when === 'today'
      ? { schedules: ['day', 'short'], availableFrom: today }
      : a.when === 'tomorrow'
        ? { schedules: ['day', 'short'], availableFrom: addDays(today, 1) }
        : a.when === 'week'
          ? { schedules: ['day', 'short'] }
          : a.when === 'long'
            ? { schedules: ['long'] }
            : {};
  return {
    ...(age !== undefined && age >= 16 && age <= 100 ? { age } : {}),
    occupations: a.occupations,
    ...(a.expectedDailyPay ? { expectedDailyPay: a.expectedDailyPay } : {}),
    certificates: a.certificates,
    keyGroups: [...(facts.keyGroups ?? [])],
    ...(a.district ? { home: { district: a.district } } : {}),
    station: { district: station.district },
    ...(a.maxDistanceKm ? { maxDistanceKm: a.maxDistanceKm } : {}),
    ...(a.dailySettlement ? { dailySettlement: true } : {}),
    ...when,
  };
}
