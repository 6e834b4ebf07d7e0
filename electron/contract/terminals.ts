import { z } from 'zod';
import { plainText } from '../schema/text';
import { event, method, staff, type Role } from './define';

export interface PairedTerminal {
  id: string;
  /** A label staff give and may change; two devices may share one. The id tells them apart. */
  name: string;
  role: Role;
  booth: number | null;
  pairedBy: string;
  createdAt: string;
  revokedAt: string | null;
}

/** A pairing staff approved: the device takes its token with its next poll, before `collectBy`. */
export interface ApprovedPairingView {
  id: string;
  name: string;
  role: PairableRole;
  booth: number | null;
  collectBy: string;
}

/**
 * The code a new device shows: 8 characters of Crockford's base 32 (no I, L, O, U), 40 bits. A
 * typo lands on some other device's waiting code with odds of at most 4,096 / 2^40 (the most
 * requests the hub holds at once), about 1 in 270 million.
 */
export const PAIRING_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const PAIRING_CODE_LENGTH = 8;

/** What staff type, read the way Crockford's base 32 reads it: any case, spaces and dashes, O as 0, I and L as 1. */
export const normalisePairingCode = (s: string) =>
  s
    .toUpperCase()
    .replace(/[\s\-\u3000]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');

const codeMessage = '配对码是设备屏幕上显示的8位字母和数字';
const pairingCode = z
  .string({ error: codeMessage })
  .max(32, codeMessage)
  .transform(normalisePairingCode)
  .pipe(z.string().regex(new RegExp(`^[${PAIRING_ALPHABET}]{${PAIRING_CODE_LENGTH}}$`), codeMessage));

const pairableRole = z.enum(['kiosk', 'desk', 'booth', 'screen']);
export type PairableRole = z.infer<typeof pairableRole>;
const boothRange = '摊位号是1到99之间的整数';
const terminalName = (min: number) => plainText(40, '设备名称', { min });

/** Pairing a device gives it a role in the hall: only a signed-in staff member may, and it is audited. */
export const terminalMethods = {
  /**
   * Pairs the device showing `code` (its browser asked the hub at POST /pair/request) as `role`;
   * the device's next POST /pair/status hands it its token, once. A wrong code is the typist's own
   * mistake: audited, counted against this staff session only.
   */
  'terminals.approve': method<ApprovedPairingView>()({
    input: z
      .object({
        code: pairingCode,
        role: pairableRole,
        booth: z
          .number({ error: '请填写摊位号' })
          .int(boothRange)
          .min(1, boothRange)
          .max(99, boothRange)
          .optional(),
        /** A label for the list; empty gives one made from the role and booth. */
        name: terminalName(0).optional(),
      })
      .strict()
      .refine((v) => v.role !== 'booth' || v.booth !== undefined, {
        message: '招聘摊位的设备要填写摊位号',
        path: ['booth'],
      }),
    roles: staff,
    auth: 'staff',
  }),
  'terminals.list': method<PairedTerminal[]>()({
    input: z.object({}).strict(),
    roles: staff,
    auth: 'staff',
  }),
  /** Names are labels: staff may change one at any time; nothing is decided by it. */
  'terminals.rename': method<PairedTerminal>()({
    input: z.object({ id: z.string().uuid(), name: terminalName(1) }).strict(),
    roles: staff,
    auth: 'staff',
  }),
  'terminals.revoke': method<PairedTerminal>()({
    input: z.object({ id: z.string().uuid() }).strict(),
    roles: staff,
    auth: 'staff',
  }),
};

export const terminalEvents = {
  'terminals.changed': event<{ total: number }>()({ roles: staff }),
};
