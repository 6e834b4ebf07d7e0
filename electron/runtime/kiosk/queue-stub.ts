import type { Ticket } from '../../contract/kiosk';
import { localDay } from '../workers/repository';

const letters: Record<Ticket['service'], string> = {
  register: 'A',
  jobs: 'B',
  policy: 'C',
  training: 'D',
  other: 'E',
};

/**
 * Stand-in for the front desk's queue until it lands: numbered tickets per service, reset daily,
 * held in memory. The kiosk calls it through the contract name the desk's queue will answer to.
 */
export function createQueueStub(now: () => Date) {
  let day = '';
  const counts = new Map<string, number>();
  let waiting = 0;
  return {
    take(service: Ticket['service']): Ticket {
      const d = new Date(now());
      if (localDay(d) !== day) {
        day = localDay(d);
        counts.clear();
        waiting = 0;
      }
      const n = (counts.get(service) ?? 0) + 1;
      counts.set(service, n);
      return {
        ticket: `${letters[service]}${String(n).padStart(3, '0')}`,
        service,
        ahead: waiting++,
        takenAt: d.toISOString(),
      };
    },
  };
}
