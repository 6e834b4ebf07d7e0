import type { BoothDay } from '../data/booth-visits';
import type { Repositories } from '../data/repositories';
import type { BoothScope } from './people';

/** The booth, day and employer a scope's dealings with people are kept under. */
export const placeOf = (scope: BoothScope): BoothDay => ({
  booth: scope.assignment.booth,
  day: scope.day,
  employerId: scope.assignment.employerId,
});

/** A person identified at the booth (card or slip) stays "in interview" until an outcome is recorded. */
export function markIdentified(tx: Repositories, scope: BoothScope, workerId: string): void {
  const place = placeOf(scope);
  if (tx.boothVisits.inInterview(place, workerId)) return;
  tx.boothVisits.identified(place, workerId, scope.now);
}
