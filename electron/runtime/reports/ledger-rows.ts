import type { KeyGroup, Outcome, ServiceKind } from '../../api';
import { checklistOf } from '../desk/checklist';
import type { Db } from '../store/db';
import { maskIdNumber } from '../workers/masking';
import type { StationClock } from '../clock/station-day';
import { ageOn } from '../workers/repository';
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

interface Row {
  id: string;
  name: string;
  id_number: string;
  sex: 'male' | 'female' | 'unknown';
  birth_date: string | null;
  phone: string | null;
  registered_at: string;
  occupations: string | null;
  outcome: Outcome | null;
  outcome_employer: string | null;
  outcome_date: string | null;
  outcome_via_station: number | null;
}

/**
 * One row per worker who registered, came back, or was served in the range (each once), with their
 * cumulative ledger up to the end of the range. Full ID numbers only when `fullIdNumbers`.
 */
export function ledgerRows(
  db: Db,
  range: DayRange,
  clock: Pick<StationClock, 'today' | 'dayOf'>,
  fullIdNumbers: boolean,
): LedgerRow[] {
  const today = clock.today();
  const p = { ':from': range.from, ':to': range.to };
  const workers = db.all<Row>(
    `SELECT w.id, w.name, w.id_number, w.sex, w.birth_date, w.phone, w.registered_at,
            p.occupations, p.outcome, p.outcome_employer, p.outcome_date, p.outcome_via_station
       FROM workers w LEFT JOIN worker_profiles p ON p.worker_id = w.id
      WHERE w.id IN (
              SELECT worker_id FROM visits WHERE day BETWEEN :from AND :to
              UNION SELECT worker_id FROM service_records WHERE day BETWEEN :from AND :to
              UNION SELECT r.worker_id FROM referral_events e JOIN referrals r ON r.id = e.referral_id WHERE e.day BETWEEN :from AND :to
              UNION SELECT worker_id FROM follow_ups WHERE day BETWEEN :from AND :to)
      ORDER BY w.registered_at, w.id`,
    p,
  );
  return workers.map((w, i) => {
    const services = db.all<{ kind: ServiceKind; day: string; job_title: string | null }>(
      `SELECT s.kind, s.day, r.job_title FROM service_records s LEFT JOIN referrals r ON r.id = s.referral_id
        WHERE s.worker_id = ? AND s.day <= ? ORDER BY s.at`,
      [w.id, range.to],
    );
    const groups = db.all<{ grp: KeyGroup }>(
      'SELECT grp FROM worker_key_groups WHERE worker_id = ? ORDER BY grp',
      [w.id],
    );
    const c = checklistOf(services.map((s) => s.kind));
    const employed = w.outcome === 'employed';
    return {
      seq: i + 1,
      name: w.name,
      sex: sexLabel[w.sex] ?? '',
      age: w.birth_date ? ageOn(w.birth_date, today) : '',
      idNumber: fullIdNumbers ? w.id_number : maskIdNumber(w.id_number),
      phone: w.phone ?? '',
      keyGroups: groups.map((g) => keyGroupLabel[g.grp]).join('、'),
      intention: (JSON.parse(w.occupations ?? '[]') as string[]).map(occupationName).join('、'),
      registeredOn: clock.dayOf(w.registered_at),
      policy: c.policy.done,
      guidance: c.guidance.done,
      referral: c.referral.done,
      trainingOrInternship: c.trainingOrInternship.done,
      complete1131: c.complete ? '是' : '否',
      services: services
        .map((s) => `${s.day.slice(5)} ${serviceLabel[s.kind]}${s.job_title ? `（${s.job_title}）` : ''}`)
        .join('；'),
      outcome: outcomeLabel[w.outcome ?? 'seeking'],
      employer: employed ? (w.outcome_employer ?? '') : '',
      employedOn: employed ? (w.outcome_date ?? '') : '',
      viaStation: employed ? (w.outcome_via_station ? '是' : '否') : '',
    };
  });
}
