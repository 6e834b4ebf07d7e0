import { z } from 'zod';

export const kioskLanguages = ['zh-CN', 'ko', 'en'] as const;

/** The self-service kiosk's settings; every field has a default so a bare station config works. */
export const kioskConfigSchema = z
  .object({
    /** Seconds without a touch before the session ends (the last `warnSeconds` show a countdown). */
    idleSeconds: z.number().int().min(3).max(3600).default(60),
    warnSeconds: z.number().int().min(1).max(60).default(10),
    /**
     * End the session when the card is lifted, on readers that report it (a keyboard-wedge reader
     * cannot): otherwise whoever comes next finds her masked name and live 报名 buttons. Off only
     * where the station tells people to take the card back at once.
     */
    endOnCardRemoval: z.boolean().default(true),
    /** Name of the receipt printer the shell prints slips to; absent = no automatic printing. */
    receiptPrinter: z.string().min(1).max(120).optional(),
    /** Printed on every slip; 12333 (the national human-resources hotline) until the station sets its own. */
    stationPhone: z.string().min(3).max(20).default('12333'),
    /** Where the station is: distances fall back to it when a worker gives no district. */
    district: z.string().min(1).max(20).default('二道区'),
    languages: z
      .array(z.enum(kioskLanguages))
      .min(1)
      .default([...kioskLanguages]),
    /** Verification service for 电子社保卡 QR codes; absent = people are sent to the desk. */
    socialCardVerifier: z.url().optional(),
  })
  .strict();

export type KioskConfig = z.infer<typeof kioskConfigSchema>;
