/**
 * What matching knows about a job seeker. Deliberately no sex field: 就业促进法 forbids choosing
 * candidates by sex, so the engine cannot score or filter on it even by mistake.
 */
import { z } from 'zod';
import { keyGroups, type EmployerRecord } from '../../contract/desk';
import { schedules } from '../../schema/job';

const placeSchema = z.strictObject({
  district: z.string().trim().min(1).max(20).optional(),
  geo: z.strictObject({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).optional(),
});

export const workerProfileSchema = z.strictObject({
  /** From the ID card; without it, postings with an age range are kept but flagged for staff to check. */
  age: z
    .number()
    .int('age must be whole years')
    .min(16, 'age must be at least 16')
    .max(100, 'age must be at most 100')
    .optional(),
  /** Wanted occupation codes, most wanted first. Unknown codes are reported back, not fatal. */
  occupations: z.array(z.string().trim().min(1).max(32)).max(10, 'at most 10 occupations').default([]),
  /** 元 per day; 0 or absent means "no expectation". */
  expectedDailyPay: z
    .number()
    .min(0, 'expectedDailyPay cannot be negative')
    .max(10_000, 'expectedDailyPay is in 元 per day and must be at most 10000')
    .optional(),
  certificates: z.array(z.string().trim().min(1).max(40)).max(30, 'at most 30 certificates').default([]),
  /** The 重点群体 staff confirmed at the desk. */
  keyGroups: z.array(z.enum(keyGroups)).max(keyGroups.length).default([]),
  home: placeSchema.optional(),
  /** The station the worker is at; distances fall back to it when home is unknown. */
  station: placeSchema.optional(),
  /** Hard limit: jobs farther than this (or whose place is unknown) are never shown. */
  maxDistanceKm: z
    .number()
    .positive('maxDistanceKm must be positive')
    .max(500, 'maxDistanceKm must be at most 500')
    .optional(),
  /** Preferred schedules: 'day' 日结/零活, 'short' 短期, 'long' 长期. Empty means any. */
  schedules: z.array(z.enum(schedules)).max(3).default([]),
  /** Wants pay settled the same day (日结). */
  dailySettlement: z.boolean().optional(),
  /** First day the worker can start (YYYY-MM-DD); default today. */
  availableFrom: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'availableFrom must be YYYY-MM-DD')
    .optional(),
  /** Free words the worker said (见习, 夜班, 包吃住); matched through the search index. */
  keywords: z
    .array(z.string().trim().min(1).max(20, 'a keyword is at most 20 characters'))
    .max(5, 'at most 5 keywords')
    .default([]),
});
export type WorkerProfile = z.output<typeof workerProfileSchema>;
export type WorkerProfileInput = z.input<typeof workerProfileSchema>;

/** 公益性岗位 are reserved for the key groups; any one of them makes a worker eligible. */
export const isPublicWelfareEligible = (w: Pick<WorkerProfile, 'keyGroups'>) => w.keyGroups.length > 0;

/** The employer's record at the station (two-sided reliability), as far as matching weighs it. */
export type EmployerRecordLookup = (
  employerId: string,
) => Pick<EmployerRecord, 'disputes' | 'noShows'> | undefined;
