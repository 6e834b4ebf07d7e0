import { z } from 'zod';
import { payUnits, schedules, settlements, type Job } from '../schema/job';
import { phoneNumber, plainText } from '../schema/text';
import { method, pageInput, staff, type Page } from './define';

/** A posting as the desk sees it, with what needs a staff member's attention. */
export interface DeskJob {
  job: Job;
  /** Not confirmed within the reconfirmation period: hidden from kiosks until confirmed. */
  stale: boolean;
  /** Demands one sex (就业促进法): kept, but flagged for staff review. */
  needsReview: boolean;
  /** What a kiosk would show of it right now. */
  shownToSeekers: boolean;
}

export interface SavedJob {
  job: DeskJob;
  /** Accepted, but worth a second look: 'sex-requirement'. */
  warnings: string[];
}

/** The one text rule (schema/text.ts): no bidi controls, lone surrogates or control characters. */
const text = (max: number, label: string) => plainText(max, label, { min: 1 });
const day = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .min(1, `请填写${label}`)
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式为 YYYY-MM-DD`)
    .refine((d) => {
      const t = new Date(`${d}T00:00:00Z`);
      return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
    }, `${label}不存在，请核对`);
/** A number staff type: missing and mistyped are told apart, in words a clerk can act on. */
const count = (label: string) =>
  z.number({ error: (i) => (i.input === undefined ? `请填写${label}` : `${label}要填数字`) });
// Under-16 labour is illegal (劳动法 第十五条); the upper bound only catches typing mistakes.
const age = count('年龄').int('年龄要填整数').min(16, '年龄不能低于16岁').max(80, '年龄上限不超过80岁');
/** The posting's pay as staff type it; the same shape as a job's pay (schema/job), with Chinese messages. */
const deskPaySchema = z
  .object({
    amount: count('工资').positive('工资要大于0').max(1_000_000, '工资数额太大，请核对'),
    amountMax: count('最高工资')
      .positive('最高工资要大于0')
      .max(1_000_000, '最高工资数额太大，请核对')
      .optional(),
    unit: z.enum(payUnits, '请选择计薪单位'),
    pieceLabel: plainText(8, '计件单位').optional(),
    expectedDailyPieces: z.number().positive().max(10_000).optional(),
  })
  .strict()
  .refine((p) => p.amountMax === undefined || p.amountMax >= p.amount, {
    message: '最高工资低于工资',
    path: ['amountMax'],
  })
  .refine((p) => p.unit !== 'piece' || !!p.pieceLabel, {
    message: '计件工资要写明计件单位（单、件、箱）',
    path: ['pieceLabel'],
  });

/** What staff fill in when posting on an employer's behalf. The runtime adds ids, dates and status. */
export const jobDraftFields = z
  .object({
    title: text(60, '岗位名称'),
    occupation: z.string().min(1, '请选择工种').max(32),
    employer: z.object({
      id: z.string().min(1).max(64).optional(),
      name: text(80, '单位名称'),
      agency: z.boolean().default(false),
    }),
    district: text(20, '区县'),
    address: text(120, '地址'),
    pay: deskPaySchema,
    settlement: z.enum(settlements),
    schedule: z.enum(schedules),
    headcount: count('招聘人数')
      .int('招聘人数要填整数')
      .min(1, '招聘人数至少1人')
      .max(10_000, '招聘人数太多，请核对'),
    startDate: day('开始日期'),
    validThrough: day('截止日期'),
    ageMin: age.optional(),
    ageMax: age.optional(),
    sexRequirement: z.enum(['male', 'female']).optional(),
    payProtection: plainText(120, '工资保障').optional(),
    workHours: plainText(40, '工作时间').optional(),
    description: plainText(2000, '岗位描述', { multiline: true }).default(''),
    contactPhone: phoneNumber().optional(),
  })
  .strict();

interface DraftRange {
  ageMin?: number | undefined;
  ageMax?: number | undefined;
  startDate: string;
  validThrough: string;
}

/** The checks across fields, for the desk's draft and the booth's (which has no employer field). */
export const withDraftRules = <S extends z.ZodType<DraftRange>>(schema: S): S =>
  schema
    .refine((j) => j.ageMin === undefined || j.ageMax === undefined || j.ageMin <= j.ageMax, {
      message: '年龄下限高于上限',
      path: ['ageMin'],
    })
    .refine((j) => j.validThrough >= j.startDate, {
      message: '截止日期早于开始日期',
      path: ['validThrough'],
    });

export const jobDraftSchema = withDraftRules(jobDraftFields);
export type JobDraft = z.input<typeof jobDraftSchema>;

const jobId = z.string().min(1).max(64);
const desk = { roles: staff, auth: 'staff' } as const;

export const deskJobMethods = {
  'jobs.deskSearch': method<Page<DeskJob>>()({
    input: z
      .object({
        q: z.string().max(100).optional(),
        status: z.enum(['open', 'closed', 'filled', 'all']).default('open'),
        /** Only postings needing attention: stale or flagged. */
        attention: z.boolean().default(false),
        ...pageInput,
      })
      .strict(),
    ...desk,
  }),
  'jobs.deskGet': method<DeskJob>()({ input: z.object({ jobId }).strict(), ...desk }),
  'jobs.post': method<SavedJob>()({ input: z.object({ draft: jobDraftSchema }).strict(), ...desk }),
  'jobs.edit': method<SavedJob>()({ input: z.object({ jobId, draft: jobDraftSchema }).strict(), ...desk }),
  'jobs.setStatus': method<DeskJob>()({
    input: z.object({ jobId, status: z.enum(['open', 'closed', 'filled']) }).strict(),
    ...desk,
  }),
  /** The employer confirmed the posting is real and current: it shows on kiosks again. */
  'jobs.confirm': method<DeskJob>()({ input: z.object({ jobId }).strict(), ...desk }),
};
