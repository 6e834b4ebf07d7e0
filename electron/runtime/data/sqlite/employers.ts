import { employerReportKinds } from '../../../contract/desk';
import type { Db } from '../../store/db';
import type { EmployersRepository } from '../employers';
import { reader } from '../rows';

export function sqliteEmployers(db: Db): EmployersRepository {
  return {
    addReport(r) {
      db.run(
        `INSERT INTO employer_reports (id, employer_id, worker_id, job_id, kind, note, at, staff_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [r.id, r.employerId, r.workerId, r.jobId, r.kind, r.note, r.at, r.staffId],
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
