import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../excel';
import type { Job } from '../../schema/job';
import {
  finish,
  looksLikeAgency,
  occupationCode,
  payUnit,
  problem,
  ymd,
  type ImportProblem,
} from './import-fields';
import type { Parsed } from './job-posting-import';
import { scheduleWords, settlementWords, sheetColumns, type SheetKey } from './sheet-columns';

type Cells = Partial<Record<SheetKey, unknown>>;

/** A cell's value as text: rich text, formulas and hyperlinks flattened. */
function cellText(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown };
    if (o.richText)
      return (
        o.richText
          .map((r) => r.text)
          .join('')
          .trim() || undefined
      );
    if ('result' in o) return cellText(o.result);
    if (typeof o.text === 'string') return o.text.trim() || undefined;
    return undefined;
  }
  const s = String(v).trim();
  return s || undefined;
}

function cellNumber(v: unknown): number | undefined {
  const t = cellText(v);
  if (t === undefined) return undefined;
  const n = Number(t.replace(/[,，元]/g, ''));
  return Number.isFinite(n) ? n : NaN;
}

/** One row → a Job, or every problem of the row in Chinese. */
function mapRow(
  c: Cells,
  row: number,
  now: Date,
  timeZone: string,
): { job: Job } | { problem: ImportProblem } {
  const wrong: string[] = [];
  const text = (k: SheetKey) => cellText(c[k]);
  const need = (k: SheetKey, label: string) => {
    const t = text(k);
    if (!t) wrong.push(`缺少${label}`);
    return t;
  };
  const title = need('title', '岗位名称');
  const occText = need('occupation', '职业代码');
  const occupation = occText ? occupationCode(occText) : undefined;
  if (occText && !occupation) wrong.push(`职业代码无法识别（${occText}）`);
  const employer = need('employer', '用人单位');
  const district = need('district', '区县');
  const address = need('address', '工作地址');
  const amount = cellNumber(c.amount);
  if (amount === undefined) wrong.push('缺少工资');
  else if (Number.isNaN(amount)) wrong.push(`工资不是数字（${text('amount')}）`);
  const amountMax = cellNumber(c.amountMax);
  if (Number.isNaN(amountMax)) wrong.push(`工资上限不是数字（${text('amountMax')}）`);
  const unitText = need('unit', '工资单位');
  const unit = unitText ? payUnit(unitText) : undefined;
  if (unitText && !unit) wrong.push(`工资单位无法识别（${unitText}）`);
  const settlementText = need('settlement', '结算方式');
  const settlement = settlementText ? settlementWords[settlementText] : undefined;
  if (settlementText && !settlement) wrong.push(`结算方式无法识别（${settlementText}）`);
  const scheduleText = need('schedule', '用工类型');
  const schedule = scheduleText ? scheduleWords[scheduleText] : undefined;
  if (scheduleText && !schedule) wrong.push(`用工类型无法识别（${scheduleText}）`);
  const headcount = cellNumber(c.headcount);
  if (headcount === undefined) wrong.push('缺少招聘人数');
  else if (!Number.isInteger(headcount)) wrong.push(`招聘人数不是整数（${text('headcount')}）`);
  const date = (k: 'startDate' | 'validThrough', label: string) => {
    const raw = c[k];
    if (raw === undefined || raw === null || raw === '') return (wrong.push(`缺少${label}`), undefined);
    const d = ymd(raw instanceof Date ? raw : cellText(raw), timeZone);
    if (!d) wrong.push(`${label}不是有效日期（${cellText(raw)}）`);
    return d;
  };
  const startDate = date('startDate', '开始日期');
  const validThrough = date('validThrough', '截止日期');
  const agencyText = text('agency');
  if (agencyText && !['是', '否'].includes(agencyText))
    wrong.push(`劳务派遣/中介应填“是”或“否”（${agencyText}）`);
  const ageMin = cellNumber(c.ageMin);
  const ageMax = cellNumber(c.ageMax);
  if (Number.isNaN(ageMin) || Number.isNaN(ageMax)) wrong.push('年龄不是数字');
  const lat = cellNumber(c.lat);
  const lng = cellNumber(c.lng);
  if (wrong.length) return { problem: problem(row, '行', wrong.join('；')) };

  const employerId =
    text('employerId') ?? `org-${createHash('sha256').update(employer!).digest('hex').slice(0, 16)}`;
  const id =
    text('id') ??
    `imp-${createHash('sha256').update([employer, title, address, startDate].join('|')).digest('hex').slice(0, 16)}`;
  const certificates =
    text('certificates')
      ?.split(/[、,，;；\s]+/)
      .filter(Boolean) ?? [];
  return finish(
    {
      id,
      title,
      occupation,
      employer: {
        id: employerId,
        name: employer,
        agency: agencyText ? agencyText === '是' : looksLikeAgency(employer!),
      },
      district,
      address,
      ...(lat !== undefined && lng !== undefined ? { geo: { lat, lng } } : {}),
      pay: {
        amount,
        ...(amountMax !== undefined ? { amountMax } : {}),
        unit,
        ...(text('pieceLabel') ? { pieceLabel: text('pieceLabel') } : {}),
      },
      settlement,
      schedule,
      headcount,
      startDate,
      validThrough,
      ...(ageMin !== undefined ? { ageMin } : {}),
      ...(ageMax !== undefined ? { ageMax } : {}),
      certificates,
      ...(text('workHours') ? { workHours: text('workHours') } : {}),
      ...(text('payProtection') ? { payProtection: text('payProtection') } : {}),
      description: text('description') ?? '',
      ...(text('contactPhone') ? { contactPhone: text('contactPhone') } : {}),
      status: 'open',
      postedAt: now.toISOString(),
      updatedAt: now.toISOString(),
      source: 'import',
    },
    row,
    '行',
  );
}

/** Columns found by their header text (with or without the `*`), so staff may reorder or drop optional ones. */
function columnIndex(header: ExcelJS.Row): Map<SheetKey, number> | string {
  const byHeader = new Map<string, number>();
  header.eachCell((cell, col) => {
    const t = cellText(cell.value);
    if (t) byHeader.set(t.replace(/\*$/, ''), col);
  });
  const index = new Map<SheetKey, number>();
  const missing: string[] = [];
  for (const c of sheetColumns) {
    const col = byHeader.get(c.header.replace(/\*$/, ''));
    if (col !== undefined) index.set(c.key, col);
    else if (c.header.endsWith('*')) missing.push(c.header.replace(/\*$/, ''));
  }
  return missing.length ? `第1行（表头）缺少列：${missing.join('、')}；请使用导出的模板` : index;
}

/** An xlsx or csv of jobs in the template's layout → jobs and, per bad row, its row number and what is wrong. */
export async function parseJobSheet(
  bytes: Buffer,
  kind: 'xlsx' | 'csv',
  now: Date,
  /** The station's zone: a date-time's day is the station's day of it. */
  timeZone: string,
  onProgress?: (done: number, total: number) => void,
): Promise<Parsed> {
  const wb = new (await loadExcelJs()).Workbook();
  let sheet: ExcelJS.Worksheet | undefined;
  try {
    if (kind === 'xlsx') {
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      sheet = wb.getWorksheet('岗位') ?? wb.worksheets[0];
    } else {
      // No automatic date parsing: dates are read as the text staff typed and checked by ymd().
      sheet = await wb.csv.read(Readable.from(bytes.toString('utf8').replace(/^\uFEFF/, '')), {
        parserOptions: {},
        map: (v: unknown) => v,
      });
    }
  } catch (err) {
    return {
      jobs: [],
      total: 0,
      problems: [{ row: 0, message: `无法读取表格文件：${(err as Error).message}` }],
    };
  }
  if (!sheet || sheet.rowCount < 1)
    return { jobs: [], total: 0, problems: [{ row: 0, message: '表格是空的' }] };
  const index = columnIndex(sheet.getRow(1));
  if (typeof index === 'string') return { jobs: [], total: 0, problems: [{ row: 1, message: index }] };

  const jobs: Job[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  let total = 0;
  const last = sheet.rowCount;
  for (let r = 2; r <= last; r++) {
    const row = sheet.getRow(r);
    const cells: Cells = {};
    let any = false;
    for (const [key, col] of index) {
      const v = row.getCell(col).value;
      if (v !== null && v !== undefined && v !== '') any = true;
      cells[key] = v;
    }
    if (!any) continue; // blank rows between blocks are not errors
    total++;
    const mapped = mapRow(cells, r, now, timeZone);
    if ('problem' in mapped) problems.push(mapped.problem);
    else if (seen.has(mapped.job.id))
      problems.push(problem(r, '行', `编号与第${seen.get(mapped.job.id)}行重复（${mapped.job.id}）`));
    else {
      seen.set(mapped.job.id, r);
      jobs.push(mapped.job);
    }
    if (onProgress && r % 1000 === 0) onProgress(r - 1, last - 1);
  }
  return { jobs, problems, total };
}
