import type { ApplicationsRepository } from './applications';
import type { HallWorkersRepository } from './hall-workers';
import type { KioskProfilesRepository } from './kiosk-profiles';
import type { StaffRepository } from './staff';
import type { AuditRepository } from './audit';
import type { TerminalsRepository } from './terminals';
import type { JobsRepository } from './jobs';
import type { SyncStateRepository } from './sync-state';
import type { OutboxRepository } from './outbox';
import type { VisitsRepository } from './visits';
import type { WorkersRepository } from './workers';
import type { BoothsRepository } from './booths';
import type { EmployerProfilesRepository } from './employer-profiles';
import type { BoothVisitsRepository } from './booth-visits';
import type { BoothOutcomesRepository } from './booth-outcomes';
import type { BoothPeopleRepository } from './booth-people';
import type { BoothJobsRepository } from './booth-jobs';
import type { ReferralsRepository } from './referrals';
import type { WorkerRecordsRepository } from './worker-records';
import type { EmployersRepository } from './employers';
import type { ReportsRepository } from './reports';
import type { QueueRepository } from './queue';
import type { NoticesRepository } from './notices';
import type { ErasureFeedRepository } from './erasure-feed';

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
  terminals: TerminalsRepository;
  jobs: JobsRepository;
  syncState: SyncStateRepository;
  outbox: OutboxRepository;
  workers: WorkersRepository;
  visits: VisitsRepository;
  hallWorkers: HallWorkersRepository;
  kioskProfiles: KioskProfilesRepository;
  applications: ApplicationsRepository;
  booths: BoothsRepository;
  employerProfiles: EmployerProfilesRepository;
  boothVisits: BoothVisitsRepository;
  boothOutcomes: BoothOutcomesRepository;
  boothPeople: BoothPeopleRepository;
  boothJobs: BoothJobsRepository;
  referrals: ReferralsRepository;
  workerRecords: WorkerRecordsRepository;
  employers: EmployersRepository;
  reports: ReportsRepository;
  queue: QueueRepository;
  notices: NoticesRepository;
  erasureFeed: ErasureFeedRepository;
}
