import type { BreakdownRow, Figure, Report } from '../../api';
import { keyGroups } from '../../contract/desk';
import { REQUIRED } from '../desk/checklist';
import { dayEndMs, dayStartMs } from '../clock/station-day';
import type { Db } from '../store/db';
import { keyGroupLabel } from './labels';
import { occupationName } from './occupation-names';
import type { DayRange } from './period';

/**
 * Each figure counts people or event ids with DISTINCT, so a worker who tapped a card on two kiosks,
 * or an event delivered twice by sync, counts once. The definition travels with the number.
 * Days are the station's calendar days: `day` columns hold them; instants (`at`) are compared with
 * the range's first and last instant (:fromAt inclusive, :toAt exclusive), never by their UTC date.
 */
const figures: { key: string; label: string; definition: string; sql: string }[] = [
  {
    key: 'registrations',
    label: '新登记人数',
    definition:
      '期间内首次在本驿站登记（任一自助机、前台刷证或人工登记）的求职者人数。按身份证号（的哈希）去重：同一人在几台终端登记只算一次，算在最早那次。',
    sql: `SELECT count(*) AS n FROM (
            SELECT id_hash, min(first) AS first FROM (
              SELECT w.id_hash, min(v.at) AS first FROM visits v JOIN workers w ON w.id = v.worker_id
               WHERE v.kind = 'registered' GROUP BY w.id_hash
              UNION ALL
              SELECT id_hash, registered_at FROM hall_workers)
             GROUP BY id_hash)
           WHERE julianday(first) >= julianday(:fromAt) AND julianday(first) < julianday(:toAt)`,
  },
  {
    key: 'returningVisits',
    label: '再次来访人次',
    definition:
      '已登记求职者再次来访的“人·天”数：同一人同一天在几台终端刷证都只算一次；登记当天再刷证不算再次来访。',
    sql: `SELECT count(DISTINCT v.worker_id || '|' || v.day) AS n FROM visits v
           WHERE v.kind = 'returned' AND v.day BETWEEN :from AND :to
             AND NOT EXISTS (SELECT 1 FROM visits r WHERE r.worker_id = v.worker_id AND r.kind = 'registered' AND r.day = v.day)`,
  },
  {
    key: 'served',
    label: '接受服务人数',
    definition: '期间内至少有一条服务记录（政策宣传、职业指导、职业介绍、培训、见习）的人数，按人去重。',
    sql: 'SELECT count(DISTINCT worker_id) AS n FROM service_records WHERE day BETWEEN :from AND :to',
  },
  {
    key: 'services',
    label: '服务记录条数',
    definition: '期间内的服务记录条数，按事件编号去重（重发、同步重复都只算一次）。',
    sql: 'SELECT count(DISTINCT id) AS n FROM service_records WHERE day BETWEEN :from AND :to',
  },
  {
    key: 'referrals',
    label: '职业介绍次数',
    definition: '期间内新建的推荐（报名或开具推荐）条数，按推荐编号去重。',
    sql: "SELECT count(DISTINCT referral_id) AS n FROM referral_events WHERE status IN ('applied', 'referred') AND day BETWEEN :from AND :to",
  },
  {
    key: 'placements',
    label: '就业人数',
    definition: '期间内登记为就业的求职者人数（经推荐录用或自行就业），按人去重。',
    sql: `SELECT count(*) AS n FROM (
            SELECT r.worker_id FROM referral_events e JOIN referrals r ON r.id = e.referral_id
             WHERE e.status = 'hired' AND e.day BETWEEN :from AND :to
            UNION
            SELECT worker_id FROM worker_profiles WHERE outcome = 'employed' AND outcome_date BETWEEN :from AND :to)`,
  },
  {
    key: 'placementsViaStation',
    label: '经驿站推荐就业人数',
    definition: '期间内推荐状态登记为“已录用”的求职者人数，按人去重。',
    sql: `SELECT count(DISTINCT r.worker_id) AS n FROM referral_events e JOIN referrals r ON r.id = e.referral_id
           WHERE e.status = 'hired' AND e.day BETWEEN :from AND :to`,
  },
  {
    key: 'complete1131',
    label: '完成1131服务人数',
    definition:
      '期间内接受过服务、且截至期末累计有1次政策宣传、1次职业指导、3次职业介绍、1次培训或见习的人数。',
    sql: `SELECT count(*) AS n FROM (
            SELECT worker_id FROM service_records WHERE day <= :to
             GROUP BY worker_id
            HAVING sum(kind = 'policy') >= ${REQUIRED.policy} AND sum(kind = 'guidance') >= ${REQUIRED.guidance}
               AND sum(kind = 'referral') >= ${REQUIRED.referral}
               AND sum(kind IN ('training', 'internship')) >= ${REQUIRED.trainingOrInternship}
               AND max(day BETWEEN :from AND :to) = 1)`,
  },
  {
    key: 'followUps',
    label: '回访次数',
    definition: '期间内登记的回访记录条数（联系上和未联系上都算）。',
    sql: 'SELECT count(DISTINCT id) AS n FROM follow_ups WHERE day BETWEEN :from AND :to',
  },
  {
    key: 'employerReports',
    label: '对用人单位的反映',
    definition: '期间内求职者反映欠薪、提前遣散等情况的条数。',
    sql: 'SELECT count(DISTINCT id) AS n FROM employer_reports WHERE julianday(at) >= julianday(:fromAt) AND julianday(at) < julianday(:toAt)',
  },
];

/** What each column of the two breakdown tables counts. */
export const breakdownDefinitions: Report['breakdownDefinitions'] = {
  registrations: '期间内在本驿站新登记、属于该类别的人数（按人去重）。',
  served: '期间内至少有一条服务记录、属于该类别的人数（按人去重）。',
  referrals: '期间内新建的推荐条数。按重点群体：被推荐人属于该类别；按工种：所推荐岗位的工种。',
  placements: '期间内经推荐录用的人数（按人去重；自行就业不在此列）。按工种：录用岗位的工种。',
  byOccupation:
    '按工种：登记和接受服务按求职者填写的求职意向计（一人可有多个意向），推荐和录用按岗位的工种计。',
};

/** A range's days, its first instant and the first instant after it (in the station's zone). */
interface RangeParams {
  ':from': string;
  ':to': string;
  ':fromAt': string;
  ':toAt': string;
}

function rangeParams(range: DayRange, timeZone: string): RangeParams {
  const at = (ms: number) => new Date(ms).toISOString();
  return {
    ':from': range.from,
    ':to': range.to,
    ':fromAt': at(dayStartMs(range.from, timeZone)),
    ':toAt': at(dayEndMs(range.to, timeZone)),
  };
}

/** One figure of the report by its key, for the hall's screen (today's placements, 1131 completions). */
export function figureValue(db: Db, key: string, range: DayRange, timeZone: string): number {
  const f = figures.find((x) => x.key === key);
  if (!f) throw new Error(`no report figure '${key}'`);
  return count(db, f.sql, rangeParams(range, timeZone));
}

function count(db: Db, sql: string, range: RangeParams, extra: Record<string, string> = {}): number {
  const params = { ...range, ...extra };
  // SQLite refuses a named parameter the statement does not use.
  const used = Object.fromEntries(Object.entries(params).filter(([k]) => sql.includes(k)));
  return Number(db.get<{ n: number }>(sql, used)?.n ?? 0);
}

/** The same four columns for any set of workers, given as a SQL subquery over :param. */
function breakdown(
  db: Db,
  range: RangeParams,
  workersSql: string,
  param: string,
): Omit<BreakdownRow, 'key' | 'label'> {
  const p = { ':param': param };
  return {
    registrations: count(
      db,
      `SELECT count(DISTINCT worker_id) AS n FROM visits WHERE kind = 'registered' AND day BETWEEN :from AND :to AND worker_id IN (${workersSql})`,
      range,
      p,
    ),
    served: count(
      db,
      `SELECT count(DISTINCT worker_id) AS n FROM service_records WHERE day BETWEEN :from AND :to AND worker_id IN (${workersSql})`,
      range,
      p,
    ),
    referrals: count(
      db,
      `SELECT count(DISTINCT e.referral_id) AS n FROM referral_events e JOIN referrals r ON r.id = e.referral_id WHERE e.status IN ('applied', 'referred') AND e.day BETWEEN :from AND :to AND r.worker_id IN (${workersSql})`,
      range,
      p,
    ),
    placements: count(
      db,
      `SELECT count(DISTINCT r.worker_id) AS n FROM referral_events e JOIN referrals r ON r.id = e.referral_id WHERE e.status = 'hired' AND e.day BETWEEN :from AND :to AND r.worker_id IN (${workersSql})`,
      range,
      p,
    ),
  };
}

/** The report for a range of station days; `timeZone` is the station's (config timeZone). */
export function reportSummary(db: Db, range: DayRange, timeZone: string): Report {
  const rp = rangeParams(range, timeZone);
  const byKeyGroup: BreakdownRow[] = keyGroups.map((g) => ({
    key: g,
    label: keyGroupLabel[g],
    ...breakdown(db, rp, 'SELECT worker_id FROM worker_key_groups WHERE grp = :param', g),
  }));
  // Occupations: seekers by their stated intentions, referrals and hires by the job's occupation.
  const codes = db
    .all<{ code: string }>(
      `SELECT DISTINCT occupation AS code FROM referrals r JOIN referral_events e ON e.referral_id = r.id WHERE e.day BETWEEN :from AND :to
       UNION SELECT DISTINCT j.value AS code FROM worker_profiles p, json_each(p.occupations) j`,
      { ':from': range.from, ':to': range.to },
    )
    .map((r) => r.code);
  const byOccupation = codes
    .map((code) => {
      const seekers = breakdown(
        db,
        rp,
        'SELECT p.worker_id FROM worker_profiles p, json_each(p.occupations) j WHERE j.value = :param',
        code,
      );
      const refs = count(
        db,
        "SELECT count(DISTINCT e.referral_id) AS n FROM referral_events e JOIN referrals r ON r.id = e.referral_id WHERE e.status IN ('applied', 'referred') AND e.day BETWEEN :from AND :to AND r.occupation = :param",
        rp,
        { ':param': code },
      );
      const hires = count(
        db,
        "SELECT count(DISTINCT r.worker_id) AS n FROM referral_events e JOIN referrals r ON r.id = e.referral_id WHERE e.status = 'hired' AND e.day BETWEEN :from AND :to AND r.occupation = :param",
        rp,
        { ':param': code },
      );
      return {
        key: code,
        label: occupationName(code),
        registrations: seekers.registrations,
        served: seekers.served,
        referrals: refs,
        placements: hires,
      };
    })
    .filter((r) => r.registrations + r.served + r.referrals + r.placements > 0)
    .sort((a, b) => b.referrals - a.referrals || b.registrations - a.registrations);
  const fs: Figure[] = figures.map((f) => ({
    key: f.key,
    label: f.label,
    definition: f.definition,
    value: count(db, f.sql, rp),
  }));
  return { from: range.from, to: range.to, figures: fs, byKeyGroup, byOccupation, breakdownDefinitions };
}
