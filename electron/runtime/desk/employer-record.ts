import type { EmployerRecord } from '../../api';
import type { Db } from '../store/db';

/**
 * Two-sided reliability: what the station knows about an employer from workers' reports and from
 * referrals. Matching reads this to demote employers with disputes; it is counts only, no names.
 */
export function employerRecord(db: Db, employerId: string): EmployerRecord {
  const reports = db.all<{ kind: string; n: number; last: string }>(
    'SELECT kind, count(*) AS n, max(at) AS last FROM employer_reports WHERE employer_id = ? GROUP BY kind',
    [employerId],
  );
  const n = (kind: string) => Number(reports.find((r) => r.kind === kind)?.n ?? 0);
  const refs = db.get<{ total: number; hires: number; no_shows: number }>(
    `SELECT count(*) AS total,
            coalesce(sum(status = 'hired'), 0) AS hires,
            coalesce(sum(status = 'no-show' AND side = 'employer'), 0) AS no_shows
       FROM referrals WHERE employer_id = ?`,
    [employerId],
  );
  const last =
    reports
      .map((r) => r.last)
      .sort()
      .pop() ?? null;
  return {
    employerId,
    unpaidWages: n('unpaid-wages'),
    sentHomeEarly: n('sent-home-early'),
    disputes: n('unpaid-wages') + n('sent-home-early'),
    noShows: Number(refs?.no_shows ?? 0),
    hires: Number(refs?.hires ?? 0),
    referrals: Number(refs?.total ?? 0),
    lastReportAt: last,
  };
}
