import { z } from 'zod';
import type { Pay, settlements } from '../schema/job';
import type { DailyWage } from './match';
import { phoneNumber, plainText } from '../schema/text';
import { empty, event, method, staff } from './define';

const kioskOnly = ['kiosk'] as const;
/** The capability `workers.registerFromCard` hands a kiosk: every personal kiosk method needs it. */
const session = z.string().min(16).max(64);

export const whenChoices = ['today', 'tomorrow', 'week', 'long'] as const;
export type WhenChoice = (typeof whenChoices)[number];

/** The units a worker may state her pay in; the station works out 元/天 (match/wage's rule). */
export const kioskPayUnits = ['day', 'hour', 'month'] as const;
export const kioskPaySchema = z
  .object({ amount: z.number().int().positive().max(100_000), unit: z.enum(kioskPayUnits) })
  .strict();
export type KioskPay = z.output<typeof kioskPaySchema>;
/**
 * A wish worked out to fewer or more 元 a day than this is a slip (140 meant per day, tapped as per
 * month or per hour): it is said back to her kindly and never stored. The bounds the wizard's
 * 元/天 stepper always had.
 */
export const sensibleDailyPay = { min: 50, max: 1000 } as const;

/** The new-worker wizard's answers, one question per screen; nothing here is typed as letters. */
export const kioskAnswersSchema = z
  .object({
    /** The keypad types a mobile number; optional so nobody is stuck without one. */
    phone: phoneNumber().optional(),
    occupations: z
      .array(plainText(32, '工种', { min: 1 }))
      .max(10)
      .default([]),
    /** 元 per day. */
    expectedDailyPay: z.number().int().min(0).max(5000).optional(),
    /** The wish as she said it (元/天, 元/小时 or 元/月); the station stores its 元/天 beside it. */
    expectedPay: kioskPaySchema.optional(),
    when: z.enum(whenChoices).optional(),
    /**
     * 日结: asked on the pay step in one tap (要日结 / 都行). True ranks daily-settled jobs first;
     * false is 都行; absent, she was never asked (answers stored before the question).
     */
    dailySettlement: z.boolean({ error: '日结 (dailySettlement) must be true or false' }).optional(),
    district: plainText(20, '区县', { min: 1 }).optional(),
    maxDistanceKm: z.number().positive().max(200).optional(),
    certificates: z
      .array(plainText(20, '证书', { min: 1 }))
      .max(12)
      .default([]),
  })
  .strict();
export type KioskAnswers = z.output<typeof kioskAnswersSchema>;
export type KioskAnswersInput = z.input<typeof kioskAnswersSchema>;

export interface KioskSettings {
  stationName: string;
  idleSeconds: number;
  warnSeconds: number;
  endOnCardRemoval: boolean;
  /** A receipt printer is configured: slips print by themselves. */
  printsSlips: boolean;
  stationPhone: string;
  /** The station's district: what "附近" means. */
  district: string;
  languages: ('zh-CN' | 'ko' | 'en')[];
  /** An 电子社保卡 verification service is configured. */
  socialCard: boolean;
}

/** What the kiosk may show of the worker of its session. */
export interface KioskProfile {
  maskedName: string;
  /** 138****5678, or null when none was given. */
  maskedPhone: string | null;
  /** The wizard's answers (phone excepted), or null for a worker who has not answered yet. */
  answers: Omit<KioskAnswers, 'phone'> | null;
}

export interface ApplicationSlip {
  applicationId: string;
  /** True when this worker had already applied: the same slip is shown again, nothing is added. */
  repeated: boolean;
  jobId: string;
  title: string;
  employer: string;
  address: string;
  district: string;
  pay: Pay;
  /** The pay as 元/天 (match/wage's rule), shown as 约 X 元/天 beside the posting's own figure. */
  wage: DailyWage;
  settlement: (typeof settlements)[number];
  /** The first day to go (YYYY-MM-DD, the station's day): the posting's start, or the day of 报名. */
  startDate: string;
  workHours?: string;
  /** The employer's contact phone from the posting, when it gives one. */
  employerPhone?: string;
  payProtection?: string;
  stationName: string;
  stationPhone: string;
  /** Text of the slip's QR code: staff scan it at the desk to find the application. */
  qr: string;
  createdAt: string;
}

export type SocialCardResult = { status: 'needs-desk'; reason: 'no-verifier' | 'not-verified' };

export const kioskMethods = {
  'kiosk.settings': method<KioskSettings>()({ input: empty, roles: kioskOnly }),
  'kiosk.profile': method<KioskProfile>()({ input: z.object({ session }).strict(), roles: kioskOnly }),
  'kiosk.saveAnswers': method<KioskProfile>()({
    input: z.object({ session, answers: kioskAnswersSchema }).strict(),
    roles: kioskOnly,
  }),
  /** 报名: records the application (and its outbox event) for the worker of the session. */
  'kiosk.apply': method<ApplicationSlip>()({
    input: z.object({ session, jobId: z.string().min(1).max(64) }).strict(),
    roles: kioskOnly,
  }),
  /** Her wish as 元/天 by the station's one rule, and whether that is a sensible day's pay. */
  'kiosk.dailyPay': method<{ daily: number; sensible: boolean }>()({
    input: kioskPaySchema,
    roles: kioskOnly,
  }),
  'kiosk.end': method<{ ended: boolean }>()({ input: z.object({ session }).strict(), roles: kioskOnly }),
  /** "呼叫工作人员": raises an alert at the desk with the screen the person is on (never who they are). */
  'kiosk.callStaff': method<{ calledAt: string }>()({
    input: z.object({ screen: z.string().min(1).max(40) }).strict(),
    roles: kioskOnly,
  }),
  /** An 电子社保卡 QR token, opaque to the kiosk; sent on to the verification service when there is one. */
  'kiosk.socialCard': method<SocialCardResult>()({
    input: z.object({ token: z.string().min(1).max(2048) }).strict(),
    roles: kioskOnly,
  }),
};

export const kioskEvents = {
  /** `terminal` tells one kiosk's calls apart; `place` is what staff read ("3号自助机"). */
  'kiosk.staffCalled': event<{ terminal: string; place: string; screen: string; at: string }>()({
    roles: staff,
  }),
};
