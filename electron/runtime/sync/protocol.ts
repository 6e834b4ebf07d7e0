/**
 * The sync protocol, one at both levels (platform ← hub ← terminals). These schemas are its single
 * source: the client parses every answer with them, the hub and the reference platform parse every
 * request with them. README.md next to this file describes the endpoints.
 */
import { z } from 'zod';
import { jobSchema } from '../../schema/job';
import { personName, phoneOrEmpty, plainText } from '../../schema/text';
import { cardTypes, sexes } from '../../schema/worker';
import type { SyncRole } from '../../contract/define';
import { kioskAnswersSchema } from '../../contract/kiosk';
import { queueServices } from '../../contract/queue';

export const protocolVersion = 'v1';

/** GET /v1/jobs answer. Items stay `unknown` here: each is validated on its own, so one bad item rejects only itself. */
export const jobsPageSchema = z.object({
  items: z.array(z.unknown()),
  deleted: z.array(z.string().min(1).max(64)),
  cursor: z.string().min(1).max(512),
  hasMore: z.boolean(),
});
export type JobsPage = z.infer<typeof jobsPageSchema>;

export const jobsQuerySchema = z.object({
  cursor: z.string().min(1).max(512).optional(),
  limit: z.coerce.number().int().min(1).max(5_000).default(1_000),
});

/**
 * GET /v1/erasures: the hall's erasures after the cursor, for a terminal to erase its own copies.
 * `request`: the person asked; `retention`: the hall's record outlived its retention. Either way the
 * terminal erases what it has of them and tells nobody (it is the hall's erasure, not the terminal's).
 */
export const erasureReasons = ['request', 'retention'] as const;
export const erasureSchema = z
  .object({
    idHash: z.string().regex(/^[0-9a-f]{64}$/, 'expected a 64-digit hex HMAC'),
    workerId: z.string().min(1).max(64),
    reason: z.enum(erasureReasons),
  })
  .strict();
export type Erasure = z.infer<typeof erasureSchema>;
/** Items stay `unknown`, as in a jobs page: each is checked on its own, so a bad one refuses only itself. */
export const erasuresPageSchema = z.object({
  items: z.array(z.unknown()),
  cursor: z.string().min(1).max(512),
  hasMore: z.boolean(),
});
export type ErasuresPage = z.infer<typeof erasuresPageSchema>;
export const erasuresQuerySchema = z.object({
  cursor: z
    .string()
    .regex(/^e1\.\d{1,15}$/, 'expected a cursor this hub issued (e1.N)')
    .optional(),
  limit: z.coerce.number().int().min(1).max(5_000).default(1_000),
});

export const eventTypes = [
  'worker.registered',
  'worker.updated',
  'worker.erased',
  'worker.visited',
  'application.created',
  'application.updated',
  'service.recorded',
  'placement.recorded',
  'job.posted',
  'job.updated',
  'ticket.taken',
] as const;
export type EventType = (typeof eventTypes)[number];

/**
 * Which syncing terminals may send each event type: what that kind of terminal can cause. A kiosk PC
 * registers, applies and purges; services, placements and jobs are the desk's (a desk PC runs the
 * desk's own methods, behind its own sign-in). Anything else is rejected with the reason.
 */
export const eventSenders: Record<EventType, readonly SyncRole[]> = {
  'worker.registered': ['kiosk-station', 'desk-station'],
  'worker.updated': ['kiosk-station', 'desk-station'],
  // The nightly retention purge runs on every terminal with a store.
  'worker.erased': ['kiosk-station', 'desk-station'],
  // A return at the terminal that registered her: the hall's figures count the visit once.
  'worker.visited': ['kiosk-station', 'desk-station'],
  'application.created': ['kiosk-station', 'desk-station'],
  'application.updated': ['desk-station'],
  'service.recorded': ['desk-station'],
  'placement.recorded': ['desk-station'],
  'job.posted': ['desk-station'],
  'job.updated': ['desk-station'],
  // The hall has one queue: a ticket taken at a kiosk PC or desk PC is in the hub desk's queue.
  'ticket.taken': ['kiosk-station', 'desk-station'],
};

const isoTime = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(64);
const hash = z.string().regex(/^[0-9a-f]{64}$/, 'expected a 64-digit hex HMAC');

/**
 * A registration as it travels upstream. The clear ID number stays on the terminal that read the
 * card (see README, "Personal data"): the hall recognises the person by `idHash`, staff reconcile
 * with the platform by the masked number (first 6 + last 4).
 */
export const workerRegisteredSchema = z
  .object({
    workerId: id,
    idHash: hash,
    maskedIdNumber: plainText(32, '脱敏证号'),
    // The same rule as a name typed at the desk: the hub forwards it to the platform and its ledger.
    name: personName(80),
    sex: z.enum(sexes),
    birthDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
    cardType: z.enum(cardTypes),
    // `phoneToEmployers` (its own tick box): absent from a terminal that does not ask it yet, which is a no.
    consent: z.object({
      registration: z.literal(true),
      shareWithEmployers: z.boolean(),
      phoneToEmployers: z.boolean().optional(),
      at: isoTime,
    }),
    registeredAt: isoTime,
    terminal: plainText(64, '终端', { min: 1 }),
  })
  .strict();
export type WorkerRegistered = z.infer<typeof workerRegisteredSchema>;

const workerRef = { workerId: id, idHash: hash.optional() };

/**
 * The `reason` of a `worker.erased` sent by a retention purge: the sender's own copy has gone
 * because it has not seen the person for its retention period. On a hub that is not an erasure of
 * the hall's record (the person may be served at the desk every week); the hub's own purge decides
 * that, from the visits of every terminal. Any other reason (or none) is the person's request.
 */
export const RETENTION_ERASURE = 'retention';
const record = z.record(z.string(), z.unknown());

/**
 * The wizard's answers as the hall's record keeps them (the phone is a field of its own): what she
 * wants, for how much, where. Shared within the hall so any terminal greets her with them; a hub
 * does not send them on to the platform (README, "The hall's record").
 */
export const hallAnswersSchema = kioskAnswersSchema.omit({ phone: true });

/**
 * A 报名 as a terminal sends it: the referral it opened there (its id is the slip's), the person by
 * the terminal's id for them, the job, and when. The hub opens the same referral in the hall's record.
 */
export const applicationCreatedSchema = z
  .object({
    applicationId: id.optional(),
    referralId: id,
    status: z.literal('applied'),
    workerId: id,
    jobId: id,
    employerId: id,
    terminal: plainText(64, '终端', { min: 1 }).optional(),
    at: isoTime,
  })
  .strict();
export type ApplicationCreated = z.infer<typeof applicationCreatedSchema>;

/**
 * A queue ticket taken at a terminal of the hall, for the hub's one queue: the label the person
 * holds (the terminal's tag, then its own series: 2-B007, unique in the hall whatever is offline),
 * who took it if a card session stood behind it, and only what they agreed to share with staff.
 */
export const ticketTakenSchema = z
  .object({
    ticket: z.string().regex(/^[0-9A-Z]{1,3}-[A-Z]\d{3,4}$/, 'expected a hall ticket such as 2-B007'),
    service: z.enum(queueServices),
    series: z.string().regex(/^[0-9A-Z]{1,3}$/),
    number: z.number().int().min(1).max(9999),
    day: z.iso.date(),
    takenAt: isoTime,
    workerId: id.nullable(),
    context: z
      .object({ viewedJobs: z.array(id).max(20), note: plainText(200, '备注', { multiline: true }) })
      .strict()
      .nullable(),
  })
  .strict();
export type TicketTaken = z.infer<typeof ticketTakenSchema>;

/** What each event type's payload must be. Loose where the owning feature has not fixed its shape yet. */
export const payloadSchemas: Record<EventType, z.ZodType> = {
  'worker.registered': workerRegisteredSchema,
  'worker.updated': z
    .object({
      ...workerRef,
      // Open to what the desk edits next, but a name or phone in it follows the desk's own rule.
      changes: z
        .object({
          name: personName(80).optional(),
          phone: phoneOrEmpty().optional(),
          answers: hallAnswersSchema.optional(),
          shareWithEmployers: z.boolean().optional(),
          phoneToEmployers: z.boolean().optional(),
        })
        .catchall(z.unknown()),
    })
    .strict(),
  'worker.erased': z.object({ ...workerRef, reason: z.string().max(200).optional() }).strict(),
  'worker.visited': z
    .object({ ...workerRef, terminal: plainText(64, '终端', { min: 1 }).optional(), at: isoTime })
    .strict(),
  'application.created': applicationCreatedSchema,
  'application.updated': z.object({ workerId: id, jobId: id }).catchall(z.unknown()),
  'service.recorded': z.object({ workerId: id, kind: z.string().min(1).max(40) }).catchall(z.unknown()),
  // A worker may find work outside the station's postings: the placement then names no job.
  'placement.recorded': z.object({ workerId: id, jobId: id.nullable() }).catchall(z.unknown()),
  'job.posted': jobSchema,
  'job.updated': jobSchema,
  'ticket.taken': ticketTakenSchema,
};

/** The envelope. An unknown type fails here: a peer speaking another protocol version gets a 400, not a silent drop. */
export const syncEventSchema = z
  .object({
    /** The idempotency key, made with the record in the same local transaction and reused on every retry. */
    id: z
      .string()
      .regex(/^[A-Za-z0-9._:-]{8,64}$/, 'expected an idempotency key of 8-64 letters, digits, . _ : -'),
    type: z.enum(eventTypes),
    at: isoTime,
    payload: record,
  })
  .strict();
export type SyncEvent = z.infer<typeof syncEventSchema>;

export const maxEventsPerRequest = 500;
export const eventsRequestSchema = z
  .object({ events: z.array(syncEventSchema).min(1).max(maxEventsPerRequest) })
  .strict();

export const eventStatuses = ['accepted', 'duplicate', 'rejected'] as const;
export const eventResultSchema = z.object({
  id: z.string(),
  status: z.enum(eventStatuses),
  reason: z.string().optional(),
});
export type EventResult = z.infer<typeof eventResultSchema>;
export const eventsResponseSchema = z.object({ results: z.array(eventResultSchema) });

/**
 * GET /v1/workers/:idHash: enough to welcome someone back at another terminal of the hall: her id,
 * the consent she gave, and her profile (phone, the wizard's answers). Never the name or number:
 * the card on the reader has those.
 */
export const workerLookupSchema = z.discriminatedUnion('exists', [
  z.object({ exists: z.literal(false) }),
  z.object({
    exists: z.literal(true),
    workerId: id,
    // Older hubs send no `phoneToEmployers`: she is then asked nothing again and it stays a no.
    consent: z.object({
      registration: z.literal(true),
      shareWithEmployers: z.boolean(),
      phoneToEmployers: z.boolean().optional(),
    }),
    registeredAt: isoTime,
    // Her profile as the hall has it, so another terminal greets her with it (older hubs send none).
    phone: z.string().max(20).nullable().optional(),
    answers: hallAnswersSchema.nullable().optional(),
  }),
]);
export type WorkerLookup = z.infer<typeof workerLookupSchema>;
export const idHashSchema = hash;

/** Error body of every non-2xx answer. */
export const protocolErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});

/** Canonical JSON (sorted keys) so the same payload always hashes the same, whoever serialised it. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Describes a zod failure in one line: `path: message; …`. */
export function describeIssues(error: z.ZodError, max = 3): string {
  return error.issues
    .slice(0, max)
    .map((i) => `${i.path.join('.') || '(item)'}: ${i.message}`)
    .join('; ');
}
