import type { EmployerRecord } from '../../api';
import type { Repositories } from '../data/repositories';

/**
 * Two-sided reliability: what the station knows about an employer from workers' reports and from
 * referrals. Matching reads this to demote employers with disputes; it is counts only, no names.
 */
export function employerRecord(tx: Repositories, employerId: string): EmployerRecord {
  const { reports, referrals, hires, noShows } = tx.employers.tally(employerId);
  const n = (kind: string) => reports.find((r) => r.kind === kind)?.count ?? 0;
  const last =
    reports
      .map((r) => r.lastAt)
      .sort()
      .pop() ?? null;
  return {
    employerId,
    unpaidWages: n('unpaid-wages'),
    sentHomeEarly: n('sent-home-early'),
    disputes: n('unpaid-wages') + n('sent-home-early'),
    noShows,
    hires,
    referrals,
    lastReportAt: last,
  };
}
