import { z } from 'zod';
import { wedgeNumberProblem } from '../../drivers/wedge/wedge-reader';
import { consentSchema, type CardPresented, type WorkerRow } from '../schema/worker';
import { cardTerminals, empty, event, method, pageInput, staff, type Page } from './define';

export interface Registered {
  workerId: string;
  maskedName: string;
  returning: boolean;
  /** For a kiosk caller: the capability its kiosk methods act with, valid for this session only. */
  session?: string;
}

export const workerMethods = {
  /** The card currently on this terminal's reader, if any (a reloaded kiosk page asks this). */
  'card.current': method<CardPresented | null>()({ input: empty, roles: cardTerminals }),
  'workers.registerFromCard': method<Registered>()({
    input: z.object({ token: z.string().min(1).max(64), consent: consentSchema }).strict(),
    roles: cardTerminals,
  }),
  'workers.list': method<Page<WorkerRow>>()({
    input: z.object({ q: z.string().max(50).optional(), ...pageInput }).strict(),
    roles: staff,
    auth: 'staff',
  }),
  /**
   * Demo control of the virtual reader: place a synthetic card (index into its identities, or the next
   * one). A booth reaches only a virtual reader at its own booth.
   */
  'simulator.placeCard': method<{ reader: string }>()({
    input: z.object({ identity: z.number().int().min(0).max(10_000).optional() }).strict(),
    roles: [...cardTerminals, 'booth'],
  }),
  /**
   * The ID number a keyboard-wedge reader typed at this screen, as its page heard it: presented as a
   * card of that reader (card.read), unverified. Reaches only a wedge reader serving the caller's screen.
   */
  'card.typed': method<{ reader: string }>()({
    input: z
      .object({
        idNumber: z
          .string()
          .max(18)
          .superRefine((v, ctx) => {
            const problem = wedgeNumberProblem(v);
            if (problem) ctx.addIssue({ code: 'custom', message: problem });
          }),
      })
      .strict(),
    roles: cardTerminals,
  }),
  'simulator.removeCard': method<{ reader: string }>()({ input: empty, roles: [...cardTerminals, 'booth'] }),
};

export const workerEvents = {
  'card.read': event<CardPresented>()({ roles: cardTerminals }),
  'card.removed': event<{ reader: string }>()({ roles: cardTerminals }),
  /** A read that failed in a way the person can fix: not an ID card, card lifted too early, reader trouble. */
  'card.error': event<{
    reader: string;
    kind: 'not-id-card' | 'card-moved' | 'reader-fault' | 'reader-busy';
  }>()({
    roles: cardTerminals,
  }),
  'workers.changed': event<{ total: number }>()({ roles: staff }),
};
