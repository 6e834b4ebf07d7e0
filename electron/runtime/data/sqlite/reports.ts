import { keyGroups, outcomes, serviceKinds } from '../../../contract/desk';
import { sexes } from '../../../schema/worker';
import { REQUIRED } from '../../desk/checklist';
import type { Db } from '../../store/db';
import type { FigureKey, ReportRange, ReportsRepository } from '../reports';
import { countOf, CorruptRow, reader } from '../rows';

/**
 * Days are the station's calendar days: `day` columns hold them; instants (`at`) are compared with
 * the range's first and last instant (:fromAt inclusive, :toAt exclusive), never by their UTC date.
 * What each figure means is written beside its label in reports/summary.
 */
/**
 * 职业介绍: the service ledger's referral entries, one per referral whether it began as 报名 or as
 * 推荐 (referrals.open writes it), on the day the referral was opened. The 1131 checklist counts the
 * same entries, so the record, the report and the hall's screen agree.
 */
const referralEntries = "service_records s WHERE s.kind = 'referral' AND s.day BETWEEN :from AND :to";

const figureSql: Record<FigureKey, string> = {
  registrations: `SELECT count(*) AS n FROM (
            SELECT id_hash, min(first) AS first FROM (
              SELECT w.id_hash, min(v.at) AS first FROM visits v JOIN workers w ON w.id = v.worker_id
               WHERE v.kind = 'registered' GROUP BY w.id_hash)
             GROUP BY id_hash)
           WHERE julianday(first) >= julianday(:fromAt) AND julianday(first) < julianday(:toAt)`,
  returningVisits: `SELECT count(DISTINCT v.worker_id || '|' || v.day) AS n FROM visits v
           WHERE v.kind = 'returned' AND v.day BETWEEN :from AND :to
             AND NOT EXISTS (SELECT 1 FROM visits r WHERE r.worker_id = v.worker_id AND r.kind = 'registered' AND r.day = v.day)`,
  served: 'SELECT count(DISTINCT worker_id) AS n FROM service_records WHERE day BETWEEN :from AND :to',
  services: 'SELECT count(DISTINCT id) AS n FROM service_records WHERE day BETWEEN :from AND :to',
  referrals: `SELECT count(DISTINCT s.id) AS n FROM ${referralEntries}`,
  placements: `SELECT count(*) AS n FROM (
            SELECT r.worker_id FROM referral_events e JOIN referrals r ON r.id = e.referral_id
             WHERE e.status = 'hired' AND e.day BETWEEN :from AND :to
            UNION
            SELECT worker_id FROM worker_profiles WHERE outcome = 'employed' AND outcome_date BETWEEN :from AND :to)`,
  placementsViaStation: `SELECT count(DISTINCT r.worker_id) AS n FROM referral_events e JOIN referrals r ON r.id = e.referral_id
           WHERE e.status = 'hired' AND e.day BETWEEN :from AND :to`,
  complete1131: `SELECT count(*) AS n FROM (
            SELECT worker_id FROM service_records WHERE day <= :to
             GROUP BY worker_id
            HAVING sum(kind = 'policy') >= ${REQUIRED.policy} AND sum(kind = 'guidance') >= ${REQUIRED.guidance}
               AND sum(kind = 'referral') >= ${REQUIRED.referral}
               AND sum(kind IN ('training', 'internship')) >= ${REQUIRED.trainingOrInternship}
               AND max(day BETWEEN :from AND :to) = 1)`,
  followUps: 'SELECT count(DISTINCT id) AS n FROM follow_ups WHERE day BETWEEN :from AND :to',
  employerReports:
    'SELECT count(DISTINCT id) AS n FROM employer_reports WHERE julianday(at) >= julianday(:fromAt) AND julianday(at) < julianday(:toAt)',
};

const stringList = (v: unknown) => {
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
    throw new CorruptRow('worker_profiles', 'occupations', 'expected a list of strings');
  return v as string[];
};

export function sqliteReports(db: Db): ReportsRepository {
  const count = (sql: string, range: ReportRange, extra: Record<string, string> = {}): number => {
    const params = {
      ':from': range.from,
      ':to': range.to,
      ':fromAt': range.fromAt,
      ':toAt': range.toAt,
      ...extra,
    };
    // SQLite refuses a named parameter the statement does not use.
    const used = Object.fromEntries(Object.entries(params).filter(([k]) => sql.includes(k)));
    return countOf('report', db.get(sql, used));
  };

  /** The same four columns for any set of workers, given as a SQL subquery over :param. */
  const breakdown = (range: ReportRange, workersSql: string, param: string) => {
    const p = { ':param': param };
    return {
      registrations: count(
        `SELECT count(DISTINCT worker_id) AS n FROM visits WHERE kind = 'registered' AND day BETWEEN :from AND :to AND worker_id IN (${workersSql})`,
        range,
        p,
      ),
      served: count(
        `SELECT count(DISTINCT worker_id) AS n FROM service_records WHERE day BETWEEN :from AND :to AND worker_id IN (${workersSql})`,
        range,
        p,
      ),
      referrals: count(
        `SELECT count(DISTINCT s.id) AS n FROM ${referralEntries} AND s.worker_id IN (${workersSql})`,
        range,
        p,
      ),
      placements: count(
        `SELECT count(DISTINCT r.worker_id) AS n FROM referral_events e JOIN referrals r ON r.id = e.referral_id WHERE e.status = 'hired' AND e.day BETWEEN :from AND :to AND r.worker_id IN (${workersSql})`,
        range,
        p,
      ),
    };
  };

  return {
    figure: (key, range) => count(figureSql[key], range),
    byKeyGroup: (group, range) =>
      breakdown(range, 'SELECT worker_id FROM worker_key_groups WHERE grp = :param', group),
    bySeekerOccupation: (code, range) =>
      breakdown(
        range,
        'SELECT p.worker_id FROM worker_profiles p, json_each(p.occupations) j WHERE j.value = :param',
        code,
      ),
    occupations: (range) =>
      db
        .all(
          `SELECT DISTINCT occupation AS code FROM referrals r JOIN referral_events e ON e.referral_id = r.id WHERE e.day BETWEEN :from AND :to
           UNION SELECT DISTINCT j.value AS code FROM worker_profiles p, json_each(p.occupations) j`,
          { ':from': range.from, ':to': range.to },
        )
        .map((row) => reader('referrals', row).text('code')),
    referralsToOccupation: (code, range) =>
      count(
        `SELECT count(DISTINCT s.id) AS n FROM ${referralEntries}
            AND s.referral_id IN (SELECT id FROM referrals WHERE occupation = :param)`,
        range,
        { ':param': code },
      ),
    hiresInOccupation: (code, range) =>
      count(
        "SELECT count(DISTINCT r.worker_id) AS n FROM referral_events e JOIN referrals r ON r.id = e.referral_id WHERE e.status = 'hired' AND e.day BETWEEN :from AND :to AND r.occupation = :param",
        range,
        { ':param': code },
      ),
    ledgerWorkers: (range) =>
      db
        .all(
          `SELECT w.id, w.name, coalesce(w.id_number, w.masked_id_number) AS id_number, w.sex, w.birth_date, w.phone, w.registered_at,
                  p.occupations, p.outcome, p.outcome_employer, p.outcome_date, p.outcome_via_station
             FROM workers w LEFT JOIN worker_profiles p ON p.worker_id = w.id
            WHERE w.id IN (
                    SELECT worker_id FROM visits WHERE day BETWEEN :from AND :to
                    UNION SELECT worker_id FROM service_records WHERE day BETWEEN :from AND :to
                    UNION SELECT r.worker_id FROM referral_events e JOIN referrals r ON r.id = e.referral_id WHERE e.day BETWEEN :from AND :to
                    UNION SELECT worker_id FROM follow_ups WHERE day BETWEEN :from AND :to)
            ORDER BY w.registered_at, w.id`,
          { ':from': range.from, ':to': range.to },
        )
        .map((row) => {
          const r = reader('workers', row);
          const via = r.intOrNull('outcome_via_station');
          return {
            id: r.text('id'),
            name: r.text('name'),
            idNumber: r.text('id_number'),
            sex: r.oneOf('sex', sexes),
            birthDate: r.textOrNull('birth_date'),
            phone: r.textOrNull('phone'),
            registeredAt: r.text('registered_at'),
            occupations: r.textOrNull('occupations') === null ? [] : r.json('occupations', stringList),
            outcome: r.oneOfOrNull('outcome', outcomes),
            outcomeEmployer: r.textOrNull('outcome_employer'),
            outcomeDate: r.textOrNull('outcome_date'),
            outcomeViaStation: via === null ? null : via !== 0,
          };
        }),
    ledgerServices: (workerId, to) =>
      db
        .all(
          `SELECT s.kind, s.day, r.job_title FROM service_records s LEFT JOIN referrals r ON r.id = s.referral_id
            WHERE s.worker_id = ? AND s.day <= ? ORDER BY s.at`,
          [workerId, to],
        )
        .map((row) => {
          const r = reader('service_records', row);
          return {
            kind: r.oneOf('kind', serviceKinds),
            day: r.text('day'),
            jobTitle: r.textOrNull('job_title'),
          };
        }),
    keyGroupsOf: (workerId) =>
      db
        .all('SELECT grp FROM worker_key_groups WHERE worker_id = ? ORDER BY grp', [workerId])
        .map((row) => reader('worker_key_groups', row).oneOf('grp', keyGroups)),
  };
}
