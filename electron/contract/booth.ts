import { z } from 'zod';
import { payUnits, type Job, type Pay, type settlements } from '../schema/job';
import { phoneNumber, plainText } from '../schema/text';
import { event, everyone, method, staff } from './define';
import { jobDraftFields, withDraftRules } from './desk-jobs';

/** What the employer records at the booth: 录用, 未录用, 待定. */
export const boothOutcomes = ['hired', 'not-hired', 'pending'] as const;
export type BoothOutcome = (typeof boothOutcomes)[number];

const boothRange = '摊位号是1到99之间的整数';
const boothNo = z.number({ error: '请填写摊位号' }).int(boothRange).min(1, boothRange).max(99, boothRange);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式为 YYYY-MM-DD');
const workerId = z.string().min(1).max(64);
const jobId = z.string().min(1).max(64);
const companyName = plainText(80, '单位名称', { min: 2 });

export const agreedPaySchema = z
  .object({ amount: z.number().positive('工资要大于0').max(100_000), unit: z.enum(payUnits) })
  .strict();
export type AgreedPay = z.infer<typeof agreedPaySchema>;

/** The company as it presents itself at the booth and on its TV. */
export interface EmployerProfile {
  employerId: string;
  name: string;
  /** 统一社会信用代码, checked against its GB 32100 check character; null until the employer gives it. */
  uscc: string | null;
  /** Plain text; shown as text, never as markup. */
  introduction: string;
  /** A small PNG/JPEG/WebP as a data URL, or null. */
  logo: string | null;
  /** 劳务派遣/中介: set by staff when they assign the booth, shown to seekers on every posting. */
  agency: boolean;
  version: number;
  updatedAt: string;
}

export interface BoothAssignmentView {
  booth: number;
  day: string;
  employerId: string;
  employerName: string;
  assignedAt: string;
}

/** One of the employer's postings as its booth sees it. */
export interface BoothJob {
  job: Job;
  /** 元/天 (midpoint of a range), null for a piece rate without stated output. */
  daily: number | null;
  applicants: number;
  hires: number;
}

/** What the booth tablet starts from: which booth, whose, and the company's postings. */
export interface BoothSession {
  booth: number;
  day: string;
  stationName: string;
  /** Null when no employer is assigned to this booth today. */
  employer: EmployerProfile | null;
  jobs: BoothJob[];
  /** Identified at the booth today and no outcome recorded yet. */
  interviewing: number;
}

export interface CandidateOutcome {
  jobId: string;
  jobTitle: string;
  outcome: BoothOutcome;
  startDate: string | null;
  agreedPay: AgreedPay | null;
  at: string;
}

/**
 * A person as an employer may see them: never the ID number, the full name or an address; the
 * phone only when the person ticked, at registration, that employers may see it, and gave one.
 */
export interface CandidateView {
  workerId: string;
  maskedName: string;
  age: number | null;
  occupations: { code: string; name: string }[];
  certificates: string[];
  /** 元/天. */
  expectedDailyPay: number | null;
  phone: string | null;
  /** Applications (报名) to this employer's jobs. */
  applied: { jobId: string; title: string; at: string }[];
  /** The employer's open jobs this person's wishes fit (occupation, age, certificates). */
  fits: { jobId: string; title: string }[];
  /** The latest outcome this employer recorded for them. */
  outcome: CandidateOutcome | null;
  calledAt: string | null;
  /** Tapped a card or showed a slip at this booth today, and no outcome yet. */
  present: boolean;
  /** Came to the station today. */
  inHallToday: boolean;
}

/** A posting on the booth's TV: public facts only. */
export interface DisplayJob {
  id: string;
  title: string;
  district: string;
  pay: Pay;
  /** 元/天 at the lower figure and at amountMax; null when it cannot honestly be converted. */
  daily: number | null;
  dailyMax: number | null;
  settlement: (typeof settlements)[number];
  openings: number;
}

/** The booth's TV: the company and its open jobs. Never a person. */
export interface BoothDisplay {
  booth: number;
  day: string;
  stationName: string;
  company: { name: string; introduction: string; logo: string | null; agency: boolean } | null;
  jobs: DisplayJob[];
  interviewing: number;
  /** Text of the QR code: the company and its jobs, readable by any phone without a network. */
  qr: string;
}

// The employer's contact phone follows the station's one phone rule (the desk's draft states it too).
export const boothDraftSchema = withDraftRules(
  jobDraftFields.omit({ employer: true }).extend({ contactPhone: phoneNumber().optional() }),
);
export type BoothJobDraft = z.input<typeof boothDraftSchema>;

/** A data URL of a small raster image; the runtime checks the bytes too. */
const logo = z
  .string()
  .max(70_000, '标志图片太大，请换一张小一点的')
  .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/, '标志只能是 PNG、JPEG 或 WebP 图片');

const boothOnly = ['booth'] as const;
const staffOnly = { roles: staff, auth: 'staff' } as const;

export const boothMethods = {
  /** The booth this tablet is paired to, today's employer there and the company's postings. */
  'booth.session': method<BoothSession>()({ input: z.object({}).strict(), roles: boothOnly }),
  'booth.saveProfile': method<EmployerProfile>()({
    input: z
      .object({
        version: z.number().int().min(1),
        name: companyName,
        uscc: z.string().trim().max(24, '统一社会信用代码应为18位'),
        introduction: plainText(500, '单位介绍', { multiline: true }),
        logo: logo.nullable(),
      })
      .strict(),
    roles: boothOnly,
  }),
  'booth.postJob': method<BoothJob>()({
    input: z.object({ draft: boothDraftSchema }).strict(),
    roles: boothOnly,
  }),
  'booth.editJob': method<BoothJob>()({
    input: z.object({ jobId, draft: boothDraftSchema }).strict(),
    roles: boothOnly,
  }),
  'booth.setJobStatus': method<BoothJob>()({
    input: z.object({ jobId, status: z.enum(['open', 'closed', 'filled']) }).strict(),
    roles: boothOnly,
  }),
  /** People who applied (报名) to this employer's jobs, newest first. */
  'booth.applicants': method<CandidateView[]>()({ input: z.object({}).strict(), roles: boothOnly }),
  /** People who agreed to show their profile to employers and whose wishes fit an open job here. */
  'booth.candidates': method<CandidateView[]>()({
    input: z
      .object({ jobId: jobId.optional(), limit: z.number().int().min(1).max(100).default(50) })
      .strict(),
    roles: boothOnly,
  }),
  /** The person at the booth: by the card on the booth's reader, or by the text of their slip's QR code. */
  'booth.identify': method<CandidateView>()({
    input: z.discriminatedUnion('by', [
      z.object({ by: z.literal('card') }).strict(),
      z.object({ by: z.literal('slip'), text: z.string().trim().min(1).max(200) }).strict(),
    ]),
    roles: boothOnly,
  }),
  /** Calls a person to the booth: the hall's screen shows their ticket, or their masked name. */
  'booth.call': method<{ label: string; at: string }>()({
    input: z.object({ workerId }).strict(),
    roles: boothOnly,
  }),
  /** 录用 / 未录用 / 待定, written to the desk's referral ledger (a hire is a placement). */
  'booth.recordOutcome': method<CandidateView>()({
    input: z
      .object({
        workerId,
        jobId,
        outcome: z.enum(boothOutcomes),
        startDate: isoDay.optional(),
        agreedPay: agreedPaySchema.optional(),
        note: plainText(200, '备注', { multiline: true }).default(''),
      })
      .strict()
      .refine((o) => o.outcome !== 'hired' || (o.startDate !== undefined && o.agreedPay !== undefined), {
        message: '录用要填写上岗日期和工资',
        path: ['startDate'],
      }),
    roles: boothOnly,
  }),
  /** The booth's TV; a booth terminal gets its own booth, a screen its paired booth or the one it names. */
  'booth.display': method<BoothDisplay>()({
    input: z.object({ booth: boothNo.optional() }).strict(),
    roles: ['booth', 'screen'],
  }),
  'booth.assign': method<BoothAssignmentView>()({
    input: z
      .object({
        booth: boothNo,
        day: isoDay.optional(),
        employer: z
          .object({
            id: z.string().min(1).max(64).optional(),
            name: companyName,
            agency: z.boolean().default(false),
          })
          .strict(),
      })
      .strict(),
    ...staffOnly,
  }),
  'booth.unassign': method<{ removed: boolean }>()({
    input: z.object({ booth: boothNo, day: isoDay.optional() }).strict(),
    ...staffOnly,
  }),
  'booth.assignments': method<BoothAssignmentView[]>()({
    input: z.object({ day: isoDay.optional() }).strict(),
    ...staffOnly,
  }),
};

export type BoothChange = 'assignment' | 'profile' | 'jobs' | 'people' | 'card' | 'outcome';

export const boothEvents = {
  /** Something at booth N changed; its tablet and TV refetch. Never a person. */
  'booth.changed': event<{ booth: number; what: BoothChange }>()({ roles: ['booth', 'screen', ...staff] }),
  /** For the hall's screen: a ticket or a masked name, and the booth. */
  'booth.called': event<{ booth: number; label: string; at: string }>()({ roles: everyone }),
};
