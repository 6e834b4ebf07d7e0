import { z } from 'zod';
import { paySchema, schedules, settlements, type Job } from '../schema/job';
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

const text = (max: number, label: string) =>
  z
    .string()
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}最多${max}字`)
    // eslint-disable-next-line no-control-regex
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s), `${label}含有控制字符`);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式为 YYYY-MM-DD');
// Under-16 labour is illegal (劳动法 第十五条); the upper bound only catches typing mistakes.
const age = z.number().int().min(16, '年龄不能低于16岁').max(80, '年龄上限不超过80岁');

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
    pay: paySchema.refine((p) => p.unit !== 'piece' || !!p.pieceLabel, {
      message: '计件工资要写明计件单位（单、件、箱）',
      path: ['pieceLabel'],
    }),
    settlement: z.enum(settlements),
    schedule: z.enum(schedules),
    headcount: z.number().int().min(1, '招聘人数至少1人').max(10_000),
    startDate: day,
    validThrough: day,
    ageMin: age.optional(),
    ageMax: age.optional(),
    sexRequirement: z.enum(['male', 'female']).optional(),
    payProtection: z.string().trim().max(120).optional(),
    workHours: z.string().trim().max(40).optional(),
    description: z.string().trim().max(2000).default(''),
    contactPhone: z.string().trim().max(20).optional(),
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
