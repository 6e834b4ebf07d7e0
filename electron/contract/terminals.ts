import { z } from 'zod';
import { event, method, staff, type Role } from './define';

export interface PairedTerminalView {
  id: string;
  name: string;
  role: Role;
  booth: number | null;
  pairedBy: string;
  createdAt: string;
  revokedAt: string | null;
}

const pairableRole = z.enum(['kiosk', 'desk', 'booth', 'screen']);
const boothRange = '摊位号是1到99之间的整数';

/** Pairing a device gives it a role in the hall: only a signed-in staff member may, and it is audited. */
export const terminalMethods = {
  /** A one-time 6-digit code a browser or terminal redeems (POST /pair) for its token; expires in 5 minutes. */
  'terminals.createPairingCode': method<{ code: string; expiresAt: string }>()({
    input: z
      .object({
        role: pairableRole,
        booth: z
          .number({ error: '请填写摊位号' })
          .int(boothRange)
          .min(1, boothRange)
          .max(99, boothRange)
          .optional(),
      })
      .strict()
      .refine((v) => v.role !== 'booth' || v.booth !== undefined, {
        message: '招聘摊位的设备要填写摊位号',
        path: ['booth'],
      }),
    roles: staff,
    auth: 'staff',
  }),
  'terminals.list': method<PairedTerminalView[]>()({
    input: z.object({}).strict(),
    roles: staff,
    auth: 'staff',
  }),
  'terminals.revoke': method<PairedTerminalView>()({
    input: z.object({ id: z.string().uuid() }).strict(),
    roles: staff,
    auth: 'staff',
  }),
};

export const terminalEvents = {
  'terminals.changed': event<{ total: number }>()({ roles: staff }),
};
