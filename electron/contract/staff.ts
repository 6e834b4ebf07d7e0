import { z } from 'zod';
import { personName } from '../schema/text';
import { empty, method, pageInput, staff, type Page } from './define';

export const staffRoles = ['staff', 'admin'] as const;
export type StaffRole = (typeof staffRoles)[number];

/** Who is signed in on a terminal. Kept in the runtime's memory, never in the page. */
export interface StaffSession {
  staffId: string;
  username: string;
  name: string;
  role: StaffRole;
  signedInAt: string;
  /** Minutes of inactivity after which the terminal is signed out. */
  idleMinutes: number;
}

export interface StaffAccount {
  id: string;
  username: string;
  name: string;
  role: StaffRole;
  active: boolean;
  createdAt: string;
  lockedUntil: string | null;
}

/** One audit row as an administrator sees it: ids and verbs, never personal data. */
export interface AuditRow {
  id: string;
  at: string;
  /** A staff id, 'console' or 'system'. */
  actor: string;
  actorName: string | null;
  terminal: string | null;
  /** The terminal as staff know the place ("3号自助机", 本机前台); null when no terminal acted. */
  place: string | null;
  action: string;
  subject: string;
  detail: string | null;
}

export const usernameSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{2,32}$/, '用户名为2到32位字母、数字或 _ . -');
/** A PIN of digits or a password; six characters at least. */
export const pinSchema = z.string().min(6, '密码至少6位').max(64, '密码最多64位');

export const newStaffSchema = z
  .object({
    username: usernameSchema,
    name: personName(20),
    role: z.enum(staffRoles),
    pin: pinSchema,
  })
  .strict();

export const staffMethods = {
  /** Who is signed in on the calling terminal, and whether the demo account hint may be shown. */
  'staff.session': method<{ session: StaffSession | null; demoHint: boolean }>()({
    input: empty,
    roles: staff,
  }),
  'staff.signIn': method<StaffSession>()({
    input: z.object({ username: z.string().trim().min(1).max(32), pin: z.string().min(1).max(64) }).strict(),
    roles: staff,
  }),
  'staff.signOut': method<{ signedOut: boolean }>()({ input: empty, roles: staff }),
  'staff.create': method<StaffAccount>()({ input: newStaffSchema, roles: staff, auth: 'admin' }),
  'staff.list': method<StaffAccount[]>()({ input: empty, roles: staff, auth: 'admin' }),
  /** Unlock after wrong PINs, set a new PIN, or disable an account (which signs it out everywhere). */
  'staff.update': method<StaffAccount>()({
    input: z
      .object({
        staffId: z.string().min(1).max(64),
        active: z.boolean().optional(),
        unlock: z.literal(true).optional(),
        pin: pinSchema.optional(),
      })
      .strict()
      .refine((v) => v.active !== undefined || v.unlock || v.pin, '没有要修改的内容'),
    roles: staff,
    auth: 'admin',
  }),
  'audit.list': method<Page<AuditRow>>()({
    input: z
      .object({
        subject: z.string().max(64).optional(),
        action: z.string().max(64).optional(),
        ...pageInput,
      })
      .strict(),
    roles: staff,
    auth: 'admin',
  }),
};
