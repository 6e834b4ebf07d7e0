import type { Db } from '../../store/db';
import type { Repositories } from '../repositories';
import { sqliteApplications } from './applications';
import { sqliteHallWorkers } from './hall-workers';
import { sqliteKioskProfiles } from './kiosk-profiles';
import { sqliteStaff } from './staff';
import { sqliteAudit } from './audit';
import { sqliteTerminals } from './terminals';
import { sqliteJobs } from './jobs';
import { sqliteSyncState } from './sync-state';
import { sqliteOutbox } from './outbox';
import { sqliteVisits } from './visits';
import { sqliteWorkers } from './workers';
import { sqliteBooths } from './booths';
import { sqliteEmployerProfiles } from './employer-profiles';
import { sqliteBoothVisits } from './booth-visits';
import { sqliteBoothOutcomes } from './booth-outcomes';
import { sqliteBoothPeople } from './booth-people';
import { sqliteBoothJobs } from './booth-jobs';
import { sqliteReferrals } from './referrals';
import { sqliteWorkerRecords } from './worker-records';
import { sqliteEmployers } from './employers';
import { sqliteReports } from './reports';
import { sqliteQueue } from './queue';
import { sqliteNotices } from './notices';
import { sqliteErasureFeed } from './erasure-feed';

/** The SQLite (sql.js) implementation of every repository, over one connection. */
export function sqliteRepositories(db: Db): Repositories {
  return {
    staff: sqliteStaff(db),
    audit: sqliteAudit(db),
    terminals: sqliteTerminals(db),
    jobs: sqliteJobs(db),
    syncState: sqliteSyncState(db),
    outbox: sqliteOutbox(db),
    workers: sqliteWorkers(db),
    visits: sqliteVisits(db),
    hallWorkers: sqliteHallWorkers(db),
    kioskProfiles: sqliteKioskProfiles(db),
    applications: sqliteApplications(db),
    booths: sqliteBooths(db),
    employerProfiles: sqliteEmployerProfiles(db),
    boothVisits: sqliteBoothVisits(db),
    boothOutcomes: sqliteBoothOutcomes(db),
    boothPeople: sqliteBoothPeople(db),
    boothJobs: sqliteBoothJobs(db),
    referrals: sqliteReferrals(db),
    workerRecords: sqliteWorkerRecords(db),
    employers: sqliteEmployers(db),
    reports: sqliteReports(db),
    queue: sqliteQueue(db),
    notices: sqliteNotices(db),
    erasureFeed: sqliteErasureFeed(db),
  };
}
