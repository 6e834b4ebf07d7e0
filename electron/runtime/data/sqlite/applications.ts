import type { Db } from '../../store/db';
import type { ApplicationsRepository } from '../applications';
import { reader } from '../rows';

export function sqliteApplications(db: Db): ApplicationsRepository {
  return {
    of(workerId, jobId) {
      const row = db.get('SELECT id, created_at FROM applications WHERE worker_id = ? AND job_id = ?', [
        workerId,
        jobId,
      ]);
      if (!row) return undefined;
      const r = reader('applications', row);
      return { id: r.text('id'), createdAt: r.text('created_at') };
    },
    insert(a) {
      db.run(
        `INSERT INTO applications (id, worker_id, job_id, employer_id, job_title, terminal, created_at, day)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [a.id, a.workerId, a.jobId, a.employerId, a.jobTitle, a.terminal, a.createdAt, a.day],
      );
    },
  };
}
