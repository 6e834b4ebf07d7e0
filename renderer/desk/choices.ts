import type { ServiceKind } from '../../electron/api';
import { deskZhCN } from '../i18n/zh-CN-desk';

/**
 * The choices the desk's pickers offer, in the order staff see them. The renderer may not import the
 * contract's value lists; the Chinese labels are typed as complete records of the contract's unions
 * (`satisfies Record<…>`), so their keys are those lists, checked by the compiler.
 */
const keysOf = <T extends object>(o: T) => Object.keys(o) as (keyof T & string)[];

export const queueServiceChoices = keysOf(deskZhCN.queue.services);
export const keyGroupChoices = keysOf(deskZhCN.keyGroups);
export const outcomeChoices = keysOf(deskZhCN.worker.outcomeStatus);
export const employerReportChoices = keysOf(deskZhCN.worker.reportKinds);
export const payUnitChoices = keysOf(deskZhCN.jobs.units);
export const scheduleChoices = keysOf(deskZhCN.jobs.schedules);
export const settlementChoices = keysOf(deskZhCN.jobs.settlements);
/** What the ledger records by hand; referrals come from the referral panel. */
export const recordedServiceChoices = [
  'policy',
  'guidance',
  'training',
  'internship',
] as const satisfies readonly ServiceKind[];
