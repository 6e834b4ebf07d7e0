import type { Db } from '../../store/db';
import type { Repositories } from '../repositories';
import { sqliteApplications } from './applications';
import { sqliteHallWorkers } from './hall-workers';
import { sqliteKioskProfiles } from './kiosk-profiles';
import { sqliteStaff } from './staff';
import { sqliteAudit } from './audit';
import { sqliteVisits } from './visits';
import { sqliteWorkers } from './workers';

/** The SQLite (sql.js) implementation of every repository, over one connection. */
export function sqliteRepositories(db: Db): Repositories {
  return {
    staff: sqliteStaff(db),
    audit: sqliteAudit(db),
    workers: sqliteWorkers(db),
    visits: sqliteVisits(db),
    hallWorkers: sqliteHallWorkers(db),
    kioskProfiles: sqliteKioskProfiles(db),
    applications: sqliteApplications(db),
  };
}
