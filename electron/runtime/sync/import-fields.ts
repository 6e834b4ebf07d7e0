import type { Job, PayUnit } from '../../schema/job';
import taxonomy from '../../../assets/occupations.json' with { type: 'json' };
import { stationDay } from '../clock/station-day';
import { checkJob } from './job-validation';

/** A row or item that could not be imported: where (1-based, as staff see it) and what, in Chinese. */
export interface ImportProblem {
  row: number;
  message: string;
}

/** 第12行 for a spreadsheet row, 第3条 for an item of a JSON feed. */
export type Unit = '行' | '条';

export const occupationCodes = new Map(
  (taxonomy.occupations as { code: string; name: string }[]).map((o) => [o.code, o.name] as const),
);
const occupationByName = new Map([...occupationCodes].map(([code, name]) => [name, code] as const));

/** A 职业分类大典 code from "4-09-08-02", "4-09-08-02 保洁员" or the occupation's name. */
export function occupationCode(text: string): string | undefined {
  const code = /\d-\d{2}-\d{2}-\d{2}/.exec(text)?.[0];
  if (code) return code;
  return occupationByName.get(text.trim());
}

const unitWords: Record<string, PayUnit> = {
  HOUR: 'hour',
  DAY: 'day',
  WEEK: 'week',
  MONTH: 'month',
  PIECE: 'piece',
  时: 'hour',
  小时: 'hour',
  '元/时': 'hour',
  '元/小时': 'hour',
  天: 'day',
  日: 'day',
  '元/天': 'day',
  '元/日': 'day',
  周: 'week',
  '元/周': 'week',
  月: 'month',
  '元/月': 'month',
  件: 'piece',
  计件: 'piece',
};

/** HOUR/DAY/WEEK/MONTH (schema.org unitText) or 时/天/周/月/件; YEAR is handled by the caller. */
export function payUnit(text: string): PayUnit | undefined {
  const t = text.trim();
  return unitWords[t.toUpperCase()] ?? unitWords[t];
}

/** YYYY-MM-DD from a date, an ISO date-time (its day in the station's zone) or 2026/11/21. */
export function ymd(value: unknown, timeZone: string): string | undefined {
  if (value instanceof Date) {
    if (!Number.isFinite(value.getTime())) return undefined;
    // Spreadsheet dates are calendar days stored as UTC midnight.
    return value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  const plain = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s);
  if (plain) {
    const d = `${plain[1]}-${plain[2]!.padStart(2, '0')}-${plain[3]!.padStart(2, '0')}`;
    const t = Date.parse(`${d}T00:00:00Z`);
    // 2026-02-30 must not roll over into March.
    return Number.isFinite(t) && new Date(t).toISOString().startsWith(d) ? d : undefined;
  }
  const t = Date.parse(s);
  if (!Number.isFinite(t) || !/^\d{4}-\d{2}-\d{2}T/.test(s)) return undefined;
  return stationDay(t, timeZone);
}

/** Agencies are marked to seekers (field notes: 劳务派遣/中介). */
export const looksLikeAgency = (name: string) => /劳务派遣|人力资源|中介|劳务服务/.test(name);

/** The district (区/县/市) named in an address, e.g. 二道区 in 吉林省长春市二道区东盛大街. */
export function districtOf(...parts: (string | undefined)[]): string | undefined {
  for (const p of parts) {
    if (!p) continue;
    // What follows the city (吉林省长春市…), else the start: 二道区东盛大街 → 二道区.
    const m = /^([\u4e00-\u9fa5]{1,6}?(?:新区|区|县))/.exec(p.replace(/^.*?市/, ''));
    if (m) return m[1];
  }
  return undefined;
}

const fieldNames: Record<string, string> = {
  id: '编号',
  title: '岗位名称',
  occupation: '职业代码',
  'employer.id': '单位编号',
  'employer.name': '用人单位',
  district: '区县',
  address: '工作地址',
  pay: '工资',
  'pay.amount': '工资金额',
  'pay.amountMax': '工资上限',
  'pay.unit': '工资单位',
  settlement: '结算方式',
  schedule: '用工类型',
  headcount: '招聘人数',
  startDate: '开始日期',
  validThrough: '截止日期',
  ageMin: '最低年龄',
  ageMax: '最高年龄',
  workHours: '工作时间',
  payProtection: '保障条款',
  description: '岗位描述',
  contactPhone: '联系电话',
  postedAt: '发布时间',
  updatedAt: '更新时间',
  geo: '坐标',
};

/** Runs the job through the same validation as the sync feed; a failure is told in Chinese, naming the field. */
export function finish(
  job: Record<string, unknown>,
  row: number,
  unit: Unit,
): { job: Job } | { problem: ImportProblem } {
  const checked = checkJob(job);
  if (checked.ok) return { job: checked.job };
  const parts = checked.reason.split('; ').map((p) => {
    const [path, ...rest] = p.split(': ');
    const key = path ?? '';
    const name =
      fieldNames[key] ??
      fieldNames[key.split('.').slice(0, 2).join('.')] ??
      fieldNames[key.split('.')[0]!] ??
      key;
    const why = rest.join(': ');
    if (/markup|script/.test(why)) return `${name}含有网页标记或脚本`;
    if (/calendar date|expected a date|ISO/.test(why)) return `${name}不是有效日期`;
    if (/too big|<=|Too big/i.test(why)) return `${name}太长或太大`;
    if (/too small|>0|>=|Too small/i.test(why)) return `${name}太小（须为正数）`;
    if (/before startDate/.test(why)) return '截止日期早于开始日期';
    if (/ageMax/.test(why)) return '最低年龄高于最高年龄';
    return `${name}无效（${why}）`;
  });
  return { problem: problem(row, unit, [...new Set(parts)].join('；')) };
}

export function problem(row: number, unit: Unit, message: string): ImportProblem {
  return { row, message: `第${row}${unit}：${message}` };
}
