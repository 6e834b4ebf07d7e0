import { checklistOf } from '../desk/checklist';
import type { Repositories } from '../data/repositories';
import { maskIdNumber } from '../workers/masking';
import type { StationClock } from '../clock/station-day';
import { ageOn } from '../workers/age';
import { keyGroupLabel, outcomeLabel, serviceLabel, sexLabel } from './labels';
import { occupationName } from './occupation-names';
import type { DayRange } from './period';

/** The columns of a station's 求职者登记台账, in order; the export writes exactly these. */
export const ledgerColumns = [
  { key: 'seq', header: '序号', width: 6 },
  { key: 'name', header: '姓名', width: 10 },
  { key: 'sex', header: '性别', width: 6 },
  { key: 'age', header: '年龄', width: 6 },
  { key: 'idNumber', header: '身份证号(脱敏)', width: 22 },
  { key: 'phone', header: '联系电话', width: 15 },
  { key: 'keyGroups', header: '重点群体', width: 20 },
  { key: 'intention', header: '求职意向', width: 20 },
  { key: 'registeredOn', header: '登记日期', width: 12 },
  { key: 'policy', header: '政策宣传', width: 9 },
  { key: 'guidance', header: '职业指导', width: 9 },
  { key: 'referral', header: '职业介绍', width: 9 },
  { key: 'trainingOrInternship', header: '培训/见习', width: 9 },
  { key: 'complete1131', header: '1131完成', width: 9 },
  { key: 'services', header: '服务记录', width: 40 },
  { key: 'outcome', header: '就业情况', width: 10 },
  { key: 'employer', header: '就业单位', width: 20 },
  { key: 'employedOn', header: '就业日期', width: 12 },
  { key: 'viaStation', header: '经驿站推荐', width: 10 },
] as const;

export type LedgerKey = (typeof ledgerColumns)[number]['key'];
export type LedgerRow = Record<LedgerKey, string | number>;

/**
 * One row per worker who registered, came back, or was served in the range (each once), with their
 * cumulative ledger up to the end of the range. Full ID numbers only when `fullIdNumbers`.
 */
export function ledgerRows(
  tx: Repositories,
  range: DayRange,
  clock: Pick<StationClock, 'today' | 'dayOf'>,
  fullIdNumbers: boolean,
): LedgerRow[] {
  const today = clock.today();
  return tx.reports.ledgerWorkers(range).map((w, i) => {
    const services = tx.reports.ledgerServices(w.id, range.to);
    const groups = tx.reports.keyGroupsOf(w.id);
    const c = checklistOf(services.map((s) => s.kind));
    const employed = w.outcome === 'employed';
    return {
      seq: i + 1,
      name: w.name,
      sex: sexLabel[w.sex] ?? '',
      age: w.birthDate ? ageOn(w.birthDate, today) : '',
      idNumber: fullIdNumbers ? w.idNumber : maskIdNumber(w.idNumber),
      phone: w.phone ?? '',
      keyGroups: groups.map((g) => keyGroupLabel[g]).join('、'),
      intention: w.occupations.map(occupationName).join('、'),
      registeredOn: clock.dayOf(w.registeredAt),
      policy: c.policy.done,
      guidance: c.guidance.done,
      referral: c.referral.done,
      trainingOrInternship: c.trainingOrInternship.done,
      complete1131: c.complete ? '是' : '否',
      services: services
        .map((s) => `${s.day.slice(5)} ${serviceLabel[s.kind]}${s.jobTitle ? `（${s.jobTitle}）` : ''}`)
        .join('；'),
      outcome: outcomeLabel[w.outcome ?? 'seeking'],
      employer: employed ? (w.outcomeEmployer ?? '') : '',
      employedOn: employed ? (w.outcomeDate ?? '') : '',
      viaStation: employed ? (w.outcomeViaStation ? '是' : '否') : '',
    };
  });
}
