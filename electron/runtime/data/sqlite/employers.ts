import { employerReportKinds } from '../../../contract/desk';
import type { Db } from '../../store/db';
import type { EmployersRepository } from '../employers';
import { reader } from '../rows';

const reliabilitySql = `
  SELECT employer_id AS id, sum(disputes) AS disputes, sum(no_shows) AS no_shows FROM (
    SELECT employer_id, count(*) AS disputes, 0 AS no_shows FROM employer_reports
     WHERE kind IN ('unpaid-wages', 'sent-home-early') GROUP BY employer_id
    UNION ALL
    SELECT employer_id, 0, count(*) FROM referrals WHERE status = 'no-show' AND side = 'employer' GROUP BY employer_id)
  WHERE employer_id IN (SELECT value FROM json_each(?)) OR ? IS NULL
  GROUP BY employer_id`;

export function sqliteEmployers(db: Db): EmployersRepository {
  return {
    addReport(r) {
      db.run(
        `INSERT INTO employer_reports (id, employer_id, worker_id, job_id, kind, note, at, staff_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [r.id, r.employerId, r.workerId, r.jobId, r.kind, r.note, r.at, r.staffId],
      );
    },
    reliability(employerIds) {
      const ids = employerIds ? JSON.stringify(employerIds) : null;
      return new Map(
        db.all(reliabilitySql, [ids, ids]).map((row) => {
          const r = reader('employers', row);
          return [r.text('id'), { disputes: r.int('disputes'), noShows: r.int('no_shows') }] as const;
        }),
      );
    },
    tally(employerId) {
      const reports = db
        .all(
          'SELECT kind, count(*) AS n, max(at) AS last FROM employer_reports WHERE employer_id = ? GROUP BY kind',
          [employerId],
        )
        .map((row) => {
          const r = reader('employer_reports', row);
          return { kind: r.oneOf('kind', employerReportKinds), count: r.int('n'), lastAt: r.text('last') };
        });
      const row = db.get(
        `SELECT count(*) AS total,
                coalesce(sum(status = 'hired'), 0) AS hires,
                coalesce(sum(status = 'no-show' AND side = 'employer'), 0) AS no_shows
           FROM referrals WHERE employer_id = ?`,
        [employerId],
      );
      const r = row && reader('referrals', row);
      return {
        reports,
        referrals: r ? r.int('total') : 0,
        hires: r ? r.int('hires') : 0,
        noShows: r ? r.int('no_shows') : 0,
      };
    },
  };
}
