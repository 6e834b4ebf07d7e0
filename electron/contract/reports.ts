import { z } from 'zod';
import { method, staff } from './define';

export const reportPeriods = ['today', 'week', 'month'] as const;

/** One figure with the sentence that defines what was counted. */
export interface Figure {
  key: string;
  label: string;
  value: number;
  definition: string;
}

export interface BreakdownRow {
  key: string;
  label: string;
  registrations: number;
  served: number;
  referrals: number;
  placements: number;
}

export interface Report {
  from: string;
  to: string;
  figures: Figure[];
  byKeyGroup: BreakdownRow[];
  byOccupation: BreakdownRow[];
  /** What each breakdown column counts, and how occupations are attributed. */
  breakdownDefinitions: Record<
    'registrations' | 'served' | 'referrals' | 'placements' | 'byOccupation',
    string
  >;
}

/** A calendar day that exists: 2026-02-30 is refused, not silently read as 2 March. */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式为 YYYY-MM-DD')
  .refine((d) => {
    const t = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
  }, '没有这一天，请核对日期');
/** A named period (this day, week, month) or an explicit date range, both ends included. */
export const reportRangeSchema = z
  .object({ period: z.enum(reportPeriods).optional(), from: day.optional(), to: day.optional() })
  .strict()
  .refine(
    (r) => r.period !== undefined || (r.from !== undefined && r.to !== undefined),
    '请选择时段或起止日期',
  )
  .refine((r) => !r.from || !r.to || r.from <= r.to, '开始日期晚于结束日期');

export interface ExportedFile {
  fileName: string;
  /** The .xlsx file, base64; a station's ledger for a period is well under a megabyte. */
  base64: string;
  rows: number;
}

export const reportMethods = {
  'reports.summary': method<Report>()({ input: reportRangeSchema, roles: staff, auth: 'staff' }),
  /** The 求职者登记台账 for the range; full ID numbers only for an administrator, audited. */
  'reports.export': method<ExportedFile>()({
    input: z.object({ range: reportRangeSchema, fullIdNumbers: z.boolean().default(false) }).strict(),
    roles: staff,
    auth: 'staff',
  }),
};
