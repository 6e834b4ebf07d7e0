import { z } from 'zod';

/** Pay units a posting may state. Piece rates ('piece') are compared only when the expected daily output is given. */
export const payUnits = ['hour', 'day', 'week', 'month', 'piece'] as const;
export type PayUnit = (typeof payUnits)[number];

export const settlements = ['daily', 'weekly', 'monthly'] as const;
/** 日结 (a day's job), 短期 (days to weeks), 长期 (ongoing). */
export const schedules = ['day', 'short', 'long'] as const;
export const jobStatuses = ['open', 'closed', 'filled'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const isoTime = z.iso.datetime({ offset: true });
const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    // Control characters never belong in a posting; everything else is shown as inert text.
    // eslint-disable-next-line no-control-regex
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s), 'contains control characters');

export const paySchema = z
  .object({
    amount: z.number().positive().max(1_000_000),
    amountMax: z.number().positive().max(1_000_000).optional(),
    unit: z.enum(payUnits),
    /** What one piece is (单, 件, 箱) when unit is 'piece'. */
    pieceLabel: z.string().max(8).optional(),
    /** Pieces a worker is expected to do in a day, stated by the employer; makes a piece rate comparable. */
    expectedDailyPieces: z.number().positive().max(10_000).optional(),
  })
  .refine((p) => p.amountMax === undefined || p.amountMax >= p.amount, 'amountMax is below amount');
export type Pay = z.infer<typeof paySchema>;

export const employerSchema = z.object({
  id: z.string().min(1).max(64),
  name: plainText(80),
  /** 劳务派遣/中介 postings are marked to the seeker. */
  agency: z.boolean().default(false),
});
export type Employer = z.infer<typeof employerSchema>;

export const jobSchema = z
  .object({
    id: z.string().min(1).max(64),
    title: plainText(60),
    /** Occupation code from assets/occupations (职业分类大典 code). */
    occupation: z.string().min(1).max(32),
    employer: employerSchema,
    district: plainText(20),
    address: plainText(120),
    geo: z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).optional(),
    pay: paySchema,
    settlement: z.enum(settlements),
    schedule: z.enum(schedules),
    headcount: z.number().int().min(1).max(10_000),
    filled: z.number().int().min(0).max(10_000).default(0),
    startDate: isoDate,
    validThrough: isoDate,
    ageMin: z.number().int().min(16).max(80).optional(),
    ageMax: z.number().int().min(16).max(80).optional(),
    certificates: z.array(z.string().min(1).max(20)).max(10).default([]),
    /** A posting that demands one sex is kept but flagged for staff review (就业促进法). */
    sexRequirement: z.enum(['male', 'female']).optional(),
    /** 公益性岗位: only for eligible key groups. */
    publicWelfare: z.boolean().default(false),
    /** Pay-protection terms shown before applying, e.g. 临时取消付4小时工资. */
    payProtection: z.string().max(120).optional(),
    workHours: z.string().max(40).optional(),
    description: z.string().max(2000).default(''),
    contactPhone: z.string().max(20).optional(),
    status: z.enum(jobStatuses).default('open'),
    postedAt: isoTime,
    updatedAt: isoTime,
    /** When the employer or staff last confirmed the posting is real and current. */
    confirmedAt: isoTime.optional(),
    source: z.enum(['platform', 'hall', 'import']).default('platform'),
  })
  .refine((j) => j.ageMin === undefined || j.ageMax === undefined || j.ageMin <= j.ageMax, {
    message: 'ageMin is above ageMax',
    path: ['ageMin'],
  })
  .refine((j) => j.validThrough >= j.startDate, {
    message: 'validThrough is before startDate',
    path: ['validThrough'],
  });
export type Job = z.infer<typeof jobSchema>;
