import { z } from 'zod';
import { cardTypes } from '../../drivers/idcard/card';

/** The card types are the readers' (drivers/idcard/card.ts): what a card can be is what a reader reads. */
export { cardTypes, type CardType } from '../../drivers/idcard/card';

/** A worker's sex as stored and shown: a card that says neither is 'unknown'. */
export const sexes = ['male', 'female', 'unknown'] as const;
export type Sex = (typeof sexes)[number];

/** What a kiosk is told about a card on its reader: never the ID number, never the full name. */
export const cardPresentedSchema = z.object({
  reader: z.string(),
  /** Opaque handle to the card held in the runtime; the kiosk registers by it. */
  token: z.string(),
  cardType: z.enum(cardTypes),
  maskedName: z.string(),
  /** The number passed GB 11643 checks and matches the card's birth date and sex. */
  valid: z.boolean(),
  /** Machine-readable reasons the card needs staff: 'checksum', 'birth-mismatch', 'sex-mismatch', 'expired', 'unknown-type', 'unverified' (a keyboard wedge typed the number). */
  problems: z.array(z.string()),
  /** A worker with this ID number is already registered at the station. */
  returning: z.boolean(),
  /** Set for a returning worker. */
  workerId: z.string().optional(),
});
export type CardPresented = z.infer<typeof cardPresentedSchema>;

export const consentSchema = z.object({
  /** Consent to store the registration (PIPL Art. 29: separate consent for sensitive data). */
  registration: z.literal(true),
  /** Separate choice: show a profile to employers at the booths. */
  shareWithEmployers: z.boolean(),
  /**
   * A tick box of its own, unticked unless she ticks it: employers who may see her (she applied to
   * them, or she shares her profile) see her phone number too. Without it no employer ever does.
   */
  phoneToEmployers: z.boolean().default(false),
});
export type Consent = z.infer<typeof consentSchema>;

/**
 * What the regional employment platform receives of a person, in the order the consent screen
 * names them: the fields of `worker.registered` (sync/worker-events.ts builds it from this list),
 * the phone, which a `worker.updated` carries when she gives one, and the jobs she applies for and
 * is hired for (`application.created`, `placement.recorded`). The clear ID number never leaves the
 * terminal; her wishes stay in the hall. Adding a field here makes the consent screen name it
 * (renderer/kiosk/consent-fields.ts must label it, or the renderer does not compile).
 */
export const platformFields = [
  'name',
  'sex',
  'birthDate',
  'maskedIdNumber',
  'cardType',
  'phone',
  'applications',
] as const;
export type PlatformField = (typeof platformFields)[number];

/**
 * What an employer at a booth sees of a person it may see (she applied to its jobs, or shares her
 * profile): booth/people.ts builds its view from these, and the phone only with `phoneToEmployers`.
 * Never the ID number, the full name, the sex or an address.
 */
export const employerFields = [
  'maskedName',
  'age',
  'occupations',
  'certificates',
  'expectedDailyPay',
  'inHallToday',
] as const;
export type EmployerField = (typeof employerFields)[number];

/** A worker as the front desk lists them: ID number masked to first 6 + last 4. */
export const workerRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  maskedIdNumber: z.string(),
  sex: z.enum(sexes),
  age: z.number().int().nullable(),
  cardType: z.enum(cardTypes),
  verified: z.boolean(),
  registeredAt: z.string(),
  lastSeenAt: z.string(),
});
export type WorkerRow = z.infer<typeof workerRowSchema>;
