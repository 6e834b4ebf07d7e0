import { createHash } from 'node:crypto';
import type { Job, PayUnit } from '../../schema/job';
import { addDays } from '../clock/station-day';
import {
  districtOf,
  finish,
  looksLikeAgency,
  occupationCode,
  payUnit,
  problem,
  ymd,
  type ImportProblem,
} from './import-fields';

export interface Parsed {
  jobs: Job[];
  problems: ImportProblem[];
  /** Items or rows read, good and bad. */
  total: number;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined;
const num = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
};
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
const hasType = (v: unknown, t: string) => isObj(v) && [v['@type']].flat().includes(t);

/** The JobPosting items of a feed: an array, an ItemList (of ListItems or postings), a @graph, or one posting. */
export function postingsOf(doc: unknown): unknown[] {
  if (Array.isArray(doc))
    return doc.flatMap((d) => (hasType(d, 'ItemList') || (isObj(d) && '@graph' in d) ? postingsOf(d) : [d]));
  if (!isObj(doc)) return [doc];
  if (Array.isArray(doc['@graph'])) return postingsOf(doc['@graph']);
  if (hasType(doc, 'ItemList') || Array.isArray(doc.itemListElement)) {
    return [doc.itemListElement ?? []].flat().map((e) => (hasType(e, 'ListItem') && isObj(e) ? e.item : e));
  }
  return [doc];
}

/**
 * HTML in a description is common in JobPosting feeds (schema.org allows it); screens show plain text,
 * so formatting tags become text. Scripts and event handlers are not formatting: they stay, and the
 * validation rejects the item.
 */
function plainDescription(html: string): string {
  if (/<\s*script|on\w+\s*=|javascript:/i.test(html)) return html;
  return html
    .replace(/<\s*br\s*\/?>|<\/\s*p\s*>|<\/\s*li\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const scheduleOf: Record<string, Job['schedule']> = {
  FULL_TIME: 'long',
  PART_TIME: 'short',
  CONTRACTOR: 'short',
  TEMPORARY: 'day',
  PER_DIEM: 'day',
  INTERN: 'short',
  OTHER: 'short',
};
const settlementOf: Record<PayUnit, Job['settlement']> = {
  hour: 'daily',
  day: 'daily',
  piece: 'daily',
  week: 'weekly',
  month: 'monthly',
};

const shortHash = (...parts: (string | undefined)[]) =>
  createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 16);

/** One schema.org JobPosting → a Job, field by field; the first thing that cannot be mapped is the item's problem. */
function mapPosting(
  p: unknown,
  n: number,
  now: Date,
  timeZone: string,
): { job: Job } | { problem: ImportProblem } {
  if (!isObj(p)) return { problem: problem(n, '条', '不是一个招聘信息对象') };
  if (p['@type'] !== undefined && !hasType(p, 'JobPosting'))
    return { problem: problem(n, '条', `类型不是JobPosting（${String(p['@type'])}）`) };
  const title = str(p.title);
  if (!title) return { problem: problem(n, '条', '缺少岗位名称（title）') };

  const org = first(p.hiringOrganization);
  const orgName = isObj(org) ? str(org.name) : str(org);
  if (!orgName) return { problem: problem(n, '条', '缺少用人单位（hiringOrganization.name）') };
  const orgId =
    (isObj(org) && (str(org.identifier) ?? str(org.sameAs) ?? str(org.url))) || `org-${shortHash(orgName)}`;

  const salary = first(p.baseSalary);
  if (!isObj(salary)) return { problem: problem(n, '条', '缺少工资（baseSalary）') };
  const currency = str(salary.currency) ?? 'CNY';
  if (currency !== 'CNY') return { problem: problem(n, '条', `工资币种不是人民币（${currency}）`) };
  const qv = isObj(salary.value) ? salary.value : salary;
  const unitText = str(qv.unitText) ?? str(salary.unitText);
  const min = num(qv.minValue) ?? num(qv.value) ?? num(salary.value);
  const max = num(qv.maxValue);
  if (min === undefined) return { problem: problem(n, '条', '缺少工资金额（baseSalary.value）') };
  if (!unitText) return { problem: problem(n, '条', '缺少工资单位（unitText）') };
  // A yearly figure is shown as its monthly equivalent: the hall compares 元/月, not 元/年.
  const yearly = unitText.toUpperCase() === 'YEAR';
  const unit = yearly ? 'month' : payUnit(unitText);
  if (!unit) return { problem: problem(n, '条', `工资单位无法识别（${unitText}）`) };
  const scale = (v: number) => (yearly ? Math.round(v / 12) : v);

  const place = first(p.jobLocation);
  const address = isObj(place) && isObj(place.address) ? place.address : undefined;
  const street = address
    ? [address.addressRegion, address.addressLocality, address.streetAddress]
        .map(str)
        .filter(Boolean)
        .join('')
    : isObj(place)
      ? str(place.address)
      : undefined;
  if (!street) return { problem: problem(n, '条', '缺少工作地点（jobLocation.address）') };
  const district =
    districtOf(address ? str(address.addressLocality) : undefined, street) ??
    (address ? str(address.addressLocality) : undefined);
  if (!district) return { problem: problem(n, '条', '工作地点中找不到区县') };
  const geo =
    isObj(place) && isObj(place.geo)
      ? { lat: num(place.geo.latitude), lng: num(place.geo.longitude) }
      : undefined;

  const category = first(p.occupationalCategory);
  const categoryText = isObj(category) ? (str(category.codeValue) ?? str(category.name)) : str(category);
  const occupation = categoryText ? occupationCode(categoryText) : undefined;
  if (!occupation) return { problem: problem(n, '条', `职业类别无法识别（${categoryText ?? '空'}）`) };

  const types = [p.employmentType].flat().map((t) => String(t).toUpperCase());
  const schedule = types.map((t) => scheduleOf[t]).find(Boolean) ?? (unit === 'month' ? 'long' : 'short');

  const postedAt = str(p.datePosted);
  const posted =
    postedAt && Number.isFinite(Date.parse(postedAt)) ? new Date(Date.parse(postedAt)) : undefined;
  if (postedAt && !posted) return { problem: problem(n, '条', `发布日期无效（${postedAt}）`) };
  const startDate =
    p.jobStartDate !== undefined
      ? ymd(p.jobStartDate, timeZone)
      : ymd((posted ?? now).toISOString(), timeZone);
  if (!startDate) return { problem: problem(n, '条', `开始日期无效（${String(p.jobStartDate)}）`) };
  const validThrough = p.validThrough !== undefined ? ymd(p.validThrough, timeZone) : undefined;
  if (p.validThrough !== undefined && !validThrough)
    return { problem: problem(n, '条', `截止日期无效（${String(p.validThrough)}）`) };

  const idValue = isObj(p.identifier) ? str(p.identifier.value) : str(p.identifier);
  const description = str(p.description);
  return finish(
    {
      id: idValue ? idValue.slice(0, 64) : `jp-${shortHash(orgName, title, street, startDate)}`,
      title,
      occupation,
      employer: { id: orgId.slice(0, 64), name: orgName, agency: looksLikeAgency(orgName) },
      district,
      address: street,
      ...(geo && geo.lat !== undefined && geo.lng !== undefined ? { geo } : {}),
      pay: { amount: scale(min), ...(max !== undefined ? { amountMax: scale(max) } : {}), unit },
      settlement: types.includes('PER_DIEM') ? 'daily' : settlementOf[unit],
      schedule,
      headcount: num(p.totalJobOpenings) ?? 1,
      startDate,
      // Feeds often leave the deadline out; a month is what a hall keeps a posting up unconfirmed.
      validThrough: validThrough ?? addDays(startDate, 30),
      ...(str(p.workHours) ? { workHours: str(p.workHours) } : {}),
      description: description ? plainDescription(description) : '',
      status: 'open',
      postedAt: (posted ?? now).toISOString(),
      updatedAt: now.toISOString(),
      source: 'import',
    },
    n,
    '条',
  );
}

/** A schema.org JobPosting feed (JSON or JSON-LD) → jobs and, per bad item, its number and what is wrong. */
export function parseJobPostingFeed(
  text: string,
  now: Date,
  /** The station's zone: a date-time's day is the station's day of it. */
  timeZone: string,
  onProgress?: (done: number, total: number) => void,
): Parsed {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return {
      jobs: [],
      total: 0,
      problems: [{ row: 0, message: `文件不是有效的JSON：${(err as Error).message}` }],
    };
  }
  const items = postingsOf(doc);
  const jobs: Job[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const r = mapPosting(item, i + 1, now, timeZone);
    if ('problem' in r) problems.push(r.problem);
    else if (seen.has(r.job.id))
      problems.push(problem(i + 1, '条', `编号与第${seen.get(r.job.id)}条重复（${r.job.id}）`));
    else {
      seen.set(r.job.id, i + 1);
      jobs.push(r.job);
    }
    if (onProgress && (i + 1) % 1000 === 0) onProgress(i + 1, items.length);
  });
  return { jobs, problems, total: items.length };
}
