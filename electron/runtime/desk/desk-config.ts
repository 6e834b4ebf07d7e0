import { z } from 'zod';

/** The front desk's rules a station may tune; every field has the default the issue asks for. */
export const deskConfigSchema = z
  .object({
    /** Sign a terminal out after this many minutes without a call. */
    idleMinutes: z.number().int().min(1).max(480).default(15),
    /** Wrong PINs in a row at one terminal before an account is locked at that terminal… */
    maxFailures: z.number().int().min(1).max(20).default(5),
    /** …for this many minutes. */
    lockoutMinutes: z.number().int().min(1).max(1440).default(15),
    /**
     * Wrong PINs at all terminals together, within the last `lockoutMinutes`, that lock an account
     * everywhere for `lockoutMinutes` (staff/lockout.ts says what it costs a guesser).
     */
    hallMaxFailures: z.number().int().min(1).max(100).default(20),
    /** A posting not confirmed within this many days is hidden from kiosks until confirmed. */
    reconfirmDays: z.number().int().min(1).max(365).default(14),
    /** Follow a worker up this often until they are employed or stop seeking. */
    followUpDays: z.number().int().min(1).max(365).default(30),
  })
  .strict();

export type DeskConfig = z.infer<typeof deskConfigSchema>;
