import { z } from 'zod';
import { payUnits } from '../schema/job';
import { personName, phoneOrEmpty, plainText } from '../schema/text';
import { consentSchema } from '../schema/worker';
import { event, method, staff } from './define';

/** 重点群体 the station confirms and reports on. */
export const keyGroups = [
  'hard-to-employ', // 就业困难人员
  'zero-employment-family', // 零就业家庭
  'poverty-relief', // 脱贫劳动力
  'unemployed-graduate', // 离校未就业高校毕业生
  'veteran', // 退役军人
  'disabled', // 残疾人
  'rural-migrant', // 农村转移劳动力
] as const;
export type KeyGroup = (typeof keyGroups)[number];

/** The service ledger's entries; 1131 = 1 policy, 1 guidance, 3 referrals, 1 training or internship. */
export const serviceKinds = ['policy', 'guidance', 'referral', 'training', 'internship'] as const;
export type ServiceKind = (typeof serviceKinds)[number];

export const referralStatuses = [
  'applied',
  'referred',
  'interviewed',
  'hired',
  'not-hired',
  'no-show',
] as const;
export type ReferralStatus = (typeof referralStatuses)[number];
export const noShowSides = ['worker', 'employer'] as const;

export const outcomes = ['seeking', 'employed', 'not-seeking'] as const;
export type Outcome = (typeof outcomes)[number];

export const employerReportKinds = ['unpaid-wages', 'sent-home-early', 'other'] as const;
export type EmployerReportKind = (typeof employerReportKinds)[number];

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式为 YYYY-MM-DD');
const workerId = z.string().min(1).max(64);
const note = plainText(500, '备注', { multiline: true });
const occupationCodes = z.array(plainText(32, '工种', { min: 1 })).max(10);
const districts = z.array(plainText(20, '区县', { min: 1 })).max(10);
const version = z.number().int().min(1);

export const expectedPaySchema = z.object({
  amount: z.number().positive().max(100_000),
  unit: z.enum(payUnits),
});

export interface ChecklistItem {
  done: number;
  required: number;
}

/** Progress on the 1131 service standard; computed by the runtime, shown as is. */
export interface Checklist {
  policy: ChecklistItem;
  guidance: ChecklistItem;
  referral: ChecklistItem;
  trainingOrInternship: ChecklistItem;
  complete: boolean;
  missing: ('policy' | 'guidance' | 'referral' | 'trainingOrInternship')[];
}

export interface ServiceEntry {
  id: string;
  kind: ServiceKind;
  at: string;
  jobId: string | null;
  jobTitle: string | null;
  note: string;
  staffName: string | null;
}

export interface ReferralView {
  id: string;
  jobId: string;
  jobTitle: string;
  employerId: string;
  employerName: string;
  status: ReferralStatus;
  side: 'worker' | 'employer' | null;
  reason: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Where it was made (报名 at a kiosk, 推荐 at the desk or a booth), named as staff know the place. */
  place: string;
  /** Statuses it may move to next; empty once it is settled. */
  next: ReferralStatus[];
  history: { status: ReferralStatus; at: string; reason: string; staffName: string | null; place: string }[];
}

export interface FollowUpView {
  id: string;
  day: string;
  result: 'reached' | 'unreachable';
  note: string;
  staffName: string | null;
}

export interface OutcomeView {
  status: Outcome;
  jobId: string | null;
  employer: string | null;
  date: string | null;
  viaStation: boolean | null;
  at: string | null;
}

export interface ProfileChange {
  field: string;
  at: string;
  staffName: string | null;
  terminal: string;
  /** The terminal as staff know the place ("3号自助机", 本机前台). */
  place: string;
}

/** A worker's record as the front desk sees it: the ID number masked; revealing it is a separate, audited call. */
export interface WorkerRecord {
  id: string;
  name: string;
  maskedIdNumber: string;
  sex: 'male' | 'female' | 'unknown';
  age: number | null;
  verified: boolean;
  registeredAt: string;
  lastSeenAt: string;
  shareWithEmployers: boolean;
  /** Employers who may see her see her phone too: a consent of its own, which she may take back here. */
  phoneToEmployers: boolean;
  /** Bumped by every profile or outcome edit; an edit must name the version it started from. */
  version: number;
  profile: {
    phone: string;
    occupations: string[];
    expectedPay: z.infer<typeof expectedPaySchema> | null;
    districts: string[];
    notes: string;
  };
  keyGroups: { group: KeyGroup; confirmedBy: string | null; confirmedAt: string }[];
  services: ServiceEntry[];
  checklist: Checklist;
  referrals: ReferralView[];
  followUps: FollowUpView[];
  nextFollowUp: string | null;
  outcome: OutcomeView;
  history: ProfileChange[];
}

export interface DueFollowUp {
  workerId: string;
  name: string;
  maskedIdNumber: string;
  dueDay: string;
  overdueDays: number;
  lastContact: string | null;
}

export interface EmployerRecord {
  employerId: string;
  /** Unpaid wages and sent-home-early reports together. */
  disputes: number;
  unpaidWages: number;
  sentHomeEarly: number;
  /** Referrals where the employer did not show up (interview or first day). */
  noShows: number;
  hires: number;
  referrals: number;
  lastReportAt: string | null;
}

export interface ManualRegistration {
  workerId: string;
  /** The ID number was already registered: the existing record opens, nothing is duplicated. */
  existing: boolean;
  /** A 15-digit legacy number was converted to 18 digits. */
  converted: boolean;
}

const deskMethod = { roles: staff, auth: 'staff' } as const;

export const deskMethods = {
  'workers.record': method<WorkerRecord>()({ input: z.object({ workerId }).strict(), ...deskMethod }),
  /** The full ID number, for a signed-in staff member, recorded in the audit trail. */
  'workers.revealIdNumber': method<{ idNumber: string }>()({
    input: z.object({ workerId }).strict(),
    ...deskMethod,
  }),
  /** The card on the desk's reader belongs to a registered worker: their visit is recorded and the record opens. */
  'workers.openFromCard': method<{ workerId: string; verifiedNow: boolean }>()({
    input: z.object({ token: z.string().min(1).max(64) }).strict(),
    ...deskMethod,
  }),
  'workers.registerManual': method<ManualRegistration>()({
    input: z
      .object({
        idNumber: z.string().trim().min(15).max(18),
        name: personName(40),
        /** Empty or absent: no phone. */
        phone: phoneOrEmpty().optional(),
        consent: consentSchema,
      })
      .strict(),
    ...deskMethod,
  }),
  'workers.updateProfile': method<WorkerRecord>()({
    input: z
      .object({
        workerId,
        version,
        changes: z
          .object({
            /** Empty clears it. */
            phone: phoneOrEmpty(),
            occupations: occupationCodes,
            expectedPay: expectedPaySchema.nullable(),
            districts,
            notes: note,
            shareWithEmployers: z.boolean(),
            phoneToEmployers: z.boolean(),
          })
          .partial()
          .strict(),
      })
      .strict(),
    ...deskMethod,
  }),
  'workers.setKeyGroup': method<WorkerRecord>()({
    input: z.object({ workerId, group: z.enum(keyGroups), on: z.boolean() }).strict(),
    ...deskMethod,
  }),
  'workers.setOutcome': method<WorkerRecord>()({
    input: z
      .object({
        workerId,
        version,
        status: z.enum(outcomes),
        jobId: z.string().max(64).optional(),
        employer: plainText(80, '就业单位').optional(),
        date: isoDay.optional(),
        viaStation: z.boolean().optional(),
      })
      .strict(),
    ...deskMethod,
  }),
  /** Erases a worker's personal data (PIPL deletion request); administrators only, audited. */
  'workers.erase': method<{ erased: boolean }>()({
    input: z.object({ workerId }).strict(),
    roles: staff,
    auth: 'admin',
  }),
  'services.record': method<WorkerRecord>()({
    input: z
      .object({
        workerId,
        kind: z.enum(['policy', 'guidance', 'training', 'internship']),
        note: note.default(''),
        /** Made by the caller once per action, so a retried call is counted once. */
        eventId: z.uuid().optional(),
      })
      .strict(),
    ...deskMethod,
  }),
  'referrals.create': method<WorkerRecord>()({
    input: z
      .object({
        workerId,
        jobId: z.string().min(1).max(64),
        status: z.enum(['applied', 'referred']).default('referred'),
        eventId: z.uuid().optional(),
      })
      .strict(),
    ...deskMethod,
  }),
  'referrals.update': method<WorkerRecord>()({
    input: z
      .object({
        referralId: z.string().min(1).max(64),
        version,
        status: z.enum(referralStatuses),
        side: z.enum(noShowSides).optional(),
        reason: note.default(''),
      })
      .strict(),
    ...deskMethod,
  }),
  'followUps.due': method<DueFollowUp[]>()({
    input: z.object({ limit: z.number().int().min(1).max(200).default(50) }).strict(),
    ...deskMethod,
  }),
  'followUps.record': method<WorkerRecord>()({
    input: z
      .object({
        workerId,
        result: z.enum(['reached', 'unreachable']),
        note: note.default(''),
        nextDue: isoDay.optional(),
      })
      .strict(),
    ...deskMethod,
  }),
  /** A worker's report against an employer: unpaid wages, sent home early. */
  'employers.report': method<WorkerRecord>()({
    input: z
      .object({
        workerId,
        employerId: z.string().min(1).max(64),
        jobId: z.string().max(64).optional(),
        kind: z.enum(employerReportKinds),
        note: note.default(''),
      })
      .strict(),
    ...deskMethod,
  }),
  'employers.record': method<EmployerRecord>()({
    input: z.object({ employerId: z.string().min(1).max(64) }).strict(),
    ...deskMethod,
  }),
};

export const deskEvents = {
  /** Another terminal changed this worker's record: a desk showing it reloads (ids only). */
  'worker.updated': event<{ workerId: string; version: number }>()({ roles: staff }),
};
