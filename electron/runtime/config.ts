import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import {
  hidReaderSchema,
  serialReaderSchema,
  simulatorReaderSchema,
  wedgeReaderSchema,
} from '../../drivers/reader-config';
import { LOCAL_TERMINAL_PREFIX, roles, terminalRoles } from '../api';
import { DEFAULT_TIME_ZONE, isTimeZone } from './clock/station-day';
import { kioskConfigSchema } from './kiosk/kiosk-config';
import { deskConfigSchema } from './desk/desk-config';

const role = z.enum(roles);

/** A reader's id and whose screen gets its cards; its driver's own settings are drivers/reader-config.ts. */
const readerPlace = {
  id: z.string().default('reader-1'),
  /** Which terminal role receives this reader's cards. */
  serves: role.default('kiosk'),
  /**
   * The one terminal whose screen receives its cards (a configured terminal's id or a paired
   * device's id); absent, the station's own screen of the role it serves.
   */
  terminal: z.string().min(1).max(64).optional(),
  /** For a reader that serves booths: the booth it sits at (absent: every booth, for a hall with one). */
  booth: z.number().int().min(1).max(99).optional(),
};

const readerSchema = z.discriminatedUnion('driver', [
  simulatorReaderSchema.extend(readerPlace),
  serialReaderSchema.extend(readerPlace),
  hidReaderSchema.extend(readerPlace),
  // A wedge types only a number nobody verified: a booth, which needs a verified card, cannot use one.
  wedgeReaderSchema.extend(readerPlace).refine((r) => r.serves !== 'booth', {
    path: ['serves'],
    message:
      'a keyboard-wedge reader reads no verified card, and a booth needs one: give the booth a serial or HID reader',
  }),
]);

const windowSchema = z.strictObject({
  role,
  /** Index into the system's displays; the primary display when absent or out of range. */
  display: z.number().int().min(0).optional(),
  /** Full-screen kiosk mode (no frame, no escape keys). */
  kiosk: z.boolean().default(true),
});

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A terminal's unique id. Paired devices get a hub-made UUID and the station's own screens are
 * `local-<role>`, so a configured id may be neither: no configuration can collide with them.
 */
const terminalId = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,40}$/, 'an id is 1-40 letters, digits, . _ -')
  .refine(
    (v) => !v.startsWith(LOCAL_TERMINAL_PREFIX),
    'ids starting with local- are the station’s own screens',
  )
  .refine((v) => !uuidShape.test(v), 'UUIDs are the ids of paired devices');

const terminalSchema = z.strictObject({
  /** Unique; defaults to the name. Sessions, audit and reader bindings use it. */
  id: terminalId.optional(),
  /** A label for people. */
  name: z.string().min(1),
  /** A page role (kiosk, desk, booth, screen), or kiosk-station / desk-station for a PC that syncs its own store. */
  role: z.enum(terminalRoles),
  /** Bearer token the terminal presents. */
  token: z.string().min(16),
  /** For a booth tablet, or a screen showing one booth: the booth's number. */
  booth: z.number().int().min(1).max(99).optional(),
});

/** Where this runtime pulls jobs from and pushes its outbox to (the hub for a terminal, the platform for the hub). */
const upstreamSchema = z
  .object({
    url: z.url(),
    token: z.string().min(16),
    /** Poll for job changes this often; "Sync now" and new outbox rows do not wait for it. */
    pullIntervalMs: z.number().int().min(100).max(86_400_000).default(60_000),
    /** Retry pending outbox events at least this often. */
    pushIntervalMs: z.number().int().min(100).max(86_400_000).default(30_000),
    /** Per-request timeout for pulls and pushes. */
    timeoutMs: z.number().int().min(100).max(300_000).default(20_000),
    /**
     * For a terminal of a hall (a kiosk PC, a township kiosk): what its queue tickets begin with
     * ("2" → 2-B007), so numbers stay unique across the hall while it is offline. Give each terminal
     * its own; absent, two digits derived from `token`.
     */
    ticketTag: z
      .string()
      .regex(/^[0-9A-Z]{1,3}$/, 'one to three digits or capital letters, such as 2 or T1')
      .optional(),
    /** A returning-worker lookup must not keep a person waiting at the kiosk. */
    lookupTimeoutMs: z.number().int().min(50).max(10_000).default(1_500),
    pageSize: z.number().int().min(1).max(5_000).default(1_000),
    batchSize: z.number().int().min(1).max(500).default(200),
    /** Full-jitter backoff after failures: random(0, min(cap, base * 2^n)). */
    backoffBaseMs: z.number().int().min(1).max(60_000).default(1_000),
    backoffCapMs: z.number().int().min(1).max(3_600_000).default(300_000),
  })
  .strict();

export const stationConfigSchema = z
  .object({
    stationName: z.string().min(1).max(40).default('长春市二道区零工驿站'),
    /**
     * The hall's IANA time zone: its days (today's figures, reports, the queue, booths, deadlines) are
     * calendar days there, whatever zone the host's clock is set to.
     */
    timeZone: z
      .string()
      .refine(isTimeZone, 'an IANA time zone such as Asia/Shanghai')
      .default(DEFAULT_TIME_ZONE),
    /** The role this runtime's own first window plays (Electron) and its IPC callers get. */
    role: role.default('kiosk'),
    /** Workers with no visit for this many days are purged (PIPL: keep no longer than necessary). */
    retentionDays: z.number().int().min(30).max(3650).default(365),
    /** Data directory; default ~/.gig-station. */
    dataDir: z.string().optional(),
    /**
     * The key-encryption key file, kept apart from dataDir so a copy of the data alone opens nothing.
     * Refused inside dataDir. Default: per OS (see store/key-file-location.ts); Electron uses safeStorage.
     */
    keyFile: z.string().min(1).optional(),
    /** Upstream to sync with; absent = a self-contained station on the embedded default data. */
    upstream: upstreamSchema.optional(),
    /**
     * Secret shared by every runtime of one hall, so a worker is recognised by the same HMAC of the ID
     * number at every terminal and at the hub. Absent: a random per-station secret (standalone only).
     */
    hallSecret: z.string().min(32).max(256).optional(),
    windows: z.array(windowSchema).default([{ role: 'kiosk', kiosk: true }]),
    readers: z.array(readerSchema).default([{ driver: 'simulator', id: 'reader-1', serves: 'kiosk' }]),
    hub: z
      .strictObject({
        host: z.string().default('127.0.0.1'),
        port: z.number().int().min(0).max(65535).default(8780),
        /** Largest request body the hub accepts, bytes. */
        maxBodyBytes: z
          .number()
          .int()
          .min(1024)
          .max(10 * 1024 * 1024)
          .default(64 * 1024),
        terminals: z
          .array(terminalSchema)
          .default([])
          .transform((ts) => ts.map((t) => ({ ...t, id: t.id ?? t.name })))
          .superRefine((ts, ctx) => {
            const seen = new Set<string>();
            ts.forEach((t, i) => {
              // An id taken from the name obeys the same rule as one given.
              if (!terminalId.safeParse(t.id).success && t.id.startsWith(LOCAL_TERMINAL_PREFIX))
                ctx.addIssue({
                  code: 'custom',
                  path: [i, 'name'],
                  message:
                    'give this terminal an id: names starting with local- are the station’s own screens',
                });
              if (uuidShape.test(t.id))
                ctx.addIssue({
                  code: 'custom',
                  path: [i, 'name'],
                  message: 'give this terminal an id: UUIDs are the ids of paired devices',
                });
              if (seen.has(t.id))
                ctx.addIssue({
                  code: 'custom',
                  path: [i, 'id'],
                  message: `terminal id ${t.id} is used twice`,
                });
              seen.add(t.id);
            });
          }),
        /** Serve HTTPS with these PEM files (the hall's own certificate); plain HTTP when absent. */
        tls: z.strictObject({ certFile: z.string().min(1), keyFile: z.string().min(1) }).optional(),
      })
      .prefault({}),
    kiosk: kioskConfigSchema.prefault({}),
    desk: deskConfigSchema.prefault({}),
  })
  .strict();

export type StationConfig = z.infer<typeof stationConfigSchema>;
export type StationConfigInput = z.input<typeof stationConfigSchema>;

export class ConfigError extends Error {}

/** Parses a config object; a wrong field fails with a message naming the field and the source. */
export function parseConfig(input: unknown, source = 'station config'): StationConfig {
  const parsed = stationConfigSchema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.flatMap((i) =>
      i.code === 'unrecognized_keys'
        ? i.keys.map((k) => `  ${[...i.path, k].join('.')}: unknown field (a typo?)`)
        : [`  ${i.path.join('.') || '(root)'}: ${i.message}`],
    );
    throw new ConfigError(`${source} is invalid:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export function loadConfigFile(file: string): StationConfig {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read station config ${path}: ${(err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`station config ${path} is not valid JSON: ${(err as Error).message}`);
  }
  return parseConfig(json, `station config ${path}`);
}

export function defaultDataDir(): string {
  return join(homedir(), '.gig-station');
}
