import { referralStatuses } from '../../../contract/desk';
import type { Db } from '../../store/db';
import type { ReferralsRepository } from '../referrals';
import { reader } from '../rows';

export function sqliteReferrals(db: Db): ReferralsRepository {
  return {
    state(referralId) {
      const row = db.get('SELECT status, version FROM referrals WHERE id = ?', [referralId]);
      if (!row) return undefined;
      const r = reader('referrals', row);
      return { status: r.oneOf('status', referralStatuses), version: r.int('version') };
    },
    latestStatus(workerId, jobId) {
      const row = db.get(
        'SELECT status FROM referrals WHERE worker_id = ? AND job_id = ? ORDER BY updated_at DESC LIMIT 1',
        [workerId, jobId],
      );
      return row && reader('referrals', row).oneOf('status', referralStatuses);
    },
  };
}
