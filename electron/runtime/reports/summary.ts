import type { BreakdownRow, Figure, Report } from '../../api';
import { keyGroups } from '../../contract/desk';
import { dayEndMs, dayStartMs } from '../clock/station-day';
import type { Repositories } from '../data/repositories';
import type { FigureKey, ReportRange } from '../data/reports';
import { keyGroupLabel } from './labels';
import { occupationName } from './occupation-names';
import type { DayRange } from './period';

/**
 * Each figure counts people or event ids with DISTINCT, so a worker who tapped a card on two kiosks,
 * or an event delivered twice by sync, counts once. The definition travels with the number; the
 * statement that counts it is the reports repository's.
 */
const figures: { key: FigureKey; label: string; definition: string }[] = [
  {
    key: 'registrations',
    label: '新登记人数',
    definition:
      '期间内首次在本驿站登记（任一自助机、前台刷证或人工登记）的求职者人数。按身份证号（的哈希）去重：同一人在几台终端登记只算一次，算在最早那次。',
  },
  {
    key: 'returningVisits',
    label: '再次来访人次',
    definition:
      '已登记求职者再次来访的“人·天”数：同一人同一天在几台终端刷证都只算一次；登记当天再刷证不算再次来访。',
  },
  {
    key: 'served',
    label: '接受服务人数',
    definition: '期间内至少有一条服务记录（政策宣传、职业指导、职业介绍、培训、见习）的人数，按人去重。',
  },
  {
    key: 'services',
    label: '服务记录条数',
    definition: '期间内的服务记录条数，按事件编号去重（重发、同步重复都只算一次）。',
  },
  {
    key: 'referrals',
    label: '职业介绍次数',
    definition:
      '期间内新建的推荐条数：在任一自助机或前台报名、前台开具推荐、招聘摊位推荐的都算，每条推荐只算一次（与1131服务台账的“职业介绍”同一口径），按推荐编号去重。',
  },
  {
    key: 'placements',
    label: '就业人数',
    definition: '期间内登记为就业的求职者人数（经推荐录用或自行就业），按人去重。',
  },
  {
    key: 'placementsViaStation',
    label: '经驿站推荐就业人数',
    definition: '期间内推荐状态登记为“已录用”的求职者人数，按人去重。',
  },
  {
    key: 'complete1131',
    label: '完成1131服务人数',
    definition:
      '期间内接受过服务、且截至期末累计有1次政策宣传、1次职业指导、3次职业介绍、1次培训或见习的人数。',
  },
  {
    key: 'followUps',
    label: '回访次数',
    definition: '期间内登记的回访记录条数（联系上和未联系上都算）。',
  },
  {
    key: 'employerReports',
    label: '对用人单位的反映',
    definition: '期间内求职者反映欠薪、提前遣散等情况的条数。',
  },
];

/** What each column of the two breakdown tables counts. */
export const breakdownDefinitions: Report['breakdownDefinitions'] = {
  registrations: '期间内在本驿站新登记、属于该类别的人数（按人去重）。',
  served: '期间内至少有一条服务记录、属于该类别的人数（按人去重）。',
  referrals:
    '期间内新建的推荐条数（报名或推荐，每条只算一次）。按重点群体：被推荐人属于该类别；按工种：所推荐岗位的工种。',
  placements: '期间内经推荐录用的人数（按人去重；自行就业不在此列）。按工种：录用岗位的工种。',
  byOccupation:
    '按工种：登记和接受服务按求职者填写的求职意向计（一人可有多个意向），推荐和录用按岗位的工种计。',
};

/** A range's days, its first instant and the first instant after it (in the station's zone). */
function reportRange(range: DayRange, timeZone: string): ReportRange {
  const at = (ms: number) => new Date(ms).toISOString();
  return {
    from: range.from,
    to: range.to,
    fromAt: at(dayStartMs(range.from, timeZone)),
    toAt: at(dayEndMs(range.to, timeZone)),
  };
}

/** One figure of the report by its key, for the hall's screen (today's placements, 1131 completions). */
export function figureValue(tx: Repositories, key: FigureKey, range: DayRange, timeZone: string): number {
  return tx.reports.figure(key, reportRange(range, timeZone));
}

/** The report for a range of station days; `timeZone` is the station's (config timeZone). */
export function reportSummary(tx: Repositories, range: DayRange, timeZone: string): Report {
  const rp = reportRange(range, timeZone);
  const byKeyGroup: BreakdownRow[] = keyGroups.map((g) => ({
    key: g,
    label: keyGroupLabel[g],
    ...tx.reports.byKeyGroup(g, rp),
  }));
  // Occupations: seekers by their stated intentions, referrals and hires by the job's occupation.
  const byOccupation = tx.reports
    .occupations(rp)
    .map((code) => {
      const seekers = tx.reports.bySeekerOccupation(code, rp);
      return {
        key: code,
        label: occupationName(code),
        registrations: seekers.registrations,
        served: seekers.served,
        referrals: tx.reports.referralsToOccupation(code, rp),
        placements: tx.reports.hiresInOccupation(code, rp),
      };
    })
    .filter((r) => r.registrations + r.served + r.referrals + r.placements > 0)
    .sort((a, b) => b.referrals - a.referrals || b.registrations - a.registrations);
  const fs: Figure[] = figures.map((f) => ({
    key: f.key,
    label: f.label,
    definition: f.definition,
    value: tx.reports.figure(f.key, rp),
  }));
  return { from: range.from, to: range.to, figures: fs, byKeyGroup, byOccupation, breakdownDefinitions };
}
