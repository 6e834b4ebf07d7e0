import { z } from 'zod';
import { plainText } from '../schema/text';
import { event, everyone, method, staff } from './define';

/** Why a person takes a ticket; each has its own letter and numbering (A001, B001, …), reset daily. */
export const queueServices = ['register', 'jobs', 'policy', 'training', 'other'] as const;
export type QueueService = (typeof queueServices)[number];

export interface Ticket {
  ticket: string;
  service: QueueService;
  /** People waiting before this one (all services). */
  ahead: number;
  takenAt: string;
}

/** What the desk sees of a waiting person: why they came and, only if they consented, what they looked at. */
export interface WaitingTicket {
  id: string;
  ticket: string;
  service: QueueService;
  takenAt: string;
  workerId: string | null;
  viewedJobs: { id: string; title: string }[];
  note: string;
}

export interface CalledTicket extends WaitingTicket {
  window: string;
  calledAt: string;
}

export const queueMethods = {
  /** Open to the kiosk: a person takes a ticket. Context is kept only with their consent. */
  'queue.take': method<Ticket>()({
    input: z
      .object({
        service: z.enum(queueServices),
        context: z
          .object({
            consent: z.literal(true),
            /** The desk's: staff may name whom the ticket is for. From a kiosk page it is refused. */
            workerId: z.string().max(64).optional(),
            /** A kiosk names its person by the session it was given, never by a worker id. */
            session: z.string().min(16).max(64).optional(),
            viewedJobs: z.array(z.string().min(1).max(64)).max(20).default([]),
            note: plainText(200, '备注', { multiline: true }).default(''),
          })
          .strict()
          .optional(),
      })
      .strict(),
    roles: ['kiosk', 'desk', 'admin'],
  }),
  'queue.waiting': method<WaitingTicket[]>()({ input: z.object({}).strict(), roles: staff, auth: 'staff' }),
  /** Calls the longest-waiting person (of one service, if given) to this window; null when nobody waits. */
  'queue.callNext': method<CalledTicket | null>()({
    input: z
      .object({
        // Shown on the hall's big screen beside the ticket.
        window: plainText(12, '窗口', { min: 1 }),
        service: z.enum(queueServices).optional(),
      })
      .strict(),
    roles: staff,
    auth: 'staff',
  }),
};

export const queueEvents = {
  /** For the big screen and every terminal: a ticket and a window, never a person. */
  'queue.called': event<{ ticket: string; window: string }>()({ roles: everyone }),
  'queue.changed': event<{ waiting: number }>()({ roles: staff }),
};
