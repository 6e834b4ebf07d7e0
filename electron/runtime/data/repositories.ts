import type { ApplicationsRepository } from './applications';
import type { HallWorkersRepository } from './hall-workers';
import type { KioskProfilesRepository } from './kiosk-profiles';
import type { StaffRepository } from './staff';
import type { AuditRepository } from './audit';
import type { VisitsRepository } from './visits';
import type { WorkersRepository } from './workers';

/**
 * The station's data, one repository per aggregate, declared once. Domain code reads and writes
 * through these inside one transaction (`StationData.read` / `write`) and never sees SQL; the
 * SQLite implementations live in `sqlite/`, and another backend implements the same interface.
 * Values are typed records, parsed at the boundary (see `rows.ts`).
 *
 * Each aggregate's interface and record types live in a file of its own beside this one
 * (`staff.ts`, …); its SQLite implementation in `sqlite/<aggregate>.ts`.
 */
export interface Repositories {
  staff: StaffRepository;
  audit: AuditRepository;
  workers: WorkersRepository;
  visits: VisitsRepository;
  hallWorkers: HallWorkersRepository;
  kioskProfiles: KioskProfilesRepository;
  applications: ApplicationsRepository;
}
