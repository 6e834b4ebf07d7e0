/**
 * A card reader's own settings, one schema per driver: which device it is and how it speaks. The
 * station config (electron/runtime/config.ts) adds the reader's id and which screen gets its cards.
 */
import { z } from 'zod';

export const simulatorReaderSchema = z.strictObject({ driver: z.literal('simulator') });

export const serialReaderSchema = z.strictObject({
  driver: z.literal('serial'),
  /** The port path; also the fallback when USB ids are given but not found. */
  path: z.string().optional(),
  /** USB ids as hex strings ("1a86"): the port is looked up by them again after a replug. */
  vendorId: z.string().optional(),
  productId: z.string().optional(),
  serialNumber: z.string().optional(),
  baudRate: z.number().int().positive().default(115200),
});

export const hidReaderSchema = z.strictObject({
  driver: z.literal('hid'),
  vendorId: z.string(),
  productId: z.string(),
  /** How the reader wraps the byte stream in HID reports (varies by model). */
  hidFraming: z.enum(['report-id-first', 'length-byte-first']).default('report-id-first'),
});

/**
 * A reader that "types" the ID number and Enter like a keyboard: the window it serves hears it
 * (drivers/wedge/burst-detector.ts) and hands the number to the runtime. Nothing to configure.
 */
export const wedgeReaderSchema = z.strictObject({ driver: z.literal('wedge') });

export const readerDriverSchema = z.discriminatedUnion('driver', [
  simulatorReaderSchema,
  serialReaderSchema,
  hidReaderSchema,
  wedgeReaderSchema,
]);

/** What createReader builds a reader from: the driver's settings (defaults optional) and an id. */
export type ReaderConfig = z.input<typeof readerDriverSchema> & { id: string };
