import { z } from 'zod';
import type { Pay, settlements } from '../schema/job';
import { plainText } from '../schema/text';
import { event, everyone, method, staff } from './define';
import type { MarketFigures, Quartiles } from './match';

/** A posting on the hall's job board: public facts, pay as stated and as 元/天. */
export interface BoardJob {
  id: string;
  title: string;
  employer: string;
  agency: boolean;
  district: string;
  pay: Pay;
  /** 元/天 at the lower figure and at amountMax; null when it cannot honestly be converted. */
  daily: number | null;
  dailyMax: number | null;
  settlement: (typeof settlements)[number];
  openings: number;
  /** Confirmed by staff or the employer within the reconfirmation period. */
  verified: boolean;
  postedAt: string;
}

export interface JobBoard {
  total: number;
  items: BoardJob[];
}

/** Per occupation: what seekers expect against what postings offer, both 元/天 quartiles. */
export interface WageRow {
  occupation: string;
  name: string;
  offered: Quartiles;
  /** Null when fewer than `seekers.minGroup` stated a wish for it lately: no bar is ever one person's. */
  expected: Quartiles | null;
}

export interface WageBoard {
  asOf: string;
  basis: MarketFigures['basis'];
  /** Whose wishes are compared, for the screen to say: the last `windowDays`, `minGroup` or more a trade. */
  seekers: { windowDays: number; minGroup: number };
  occupations: WageRow[];
}

/** A call the hall should see: a queue ticket to a window, or a person to a booth. */
export interface HallCall {
  kind: 'queue' | 'booth';
  label: string;
  /** The desk's window name, or the booth number as text. */
  place: string;
  at: string;
}

export interface Notice {
  id: string;
  text: string;
  fromDay: string;
  untilDay: string;
}

/** A booth on the hall's screen: who recruits there today. */
export interface BoothSummary {
  booth: number;
  employer: string;
  openJobs: number;
  interviewing: number;
}

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式为 YYYY-MM-DD');

export const screenMethods = {
  /** Open postings seekers may see, verified and newest first. */
  'screen.board': method<JobBoard>()({
    input: z.object({ limit: z.number().int().min(1).max(60).default(40) }).strict(),
    roles: everyone,
  }),
  /** Occupations with postings, those with seekers' expectations first, then by number of postings. */
  'screen.wages': method<WageBoard>()({
    input: z.object({ limit: z.number().int().min(1).max(12).default(8) }).strict(),
    roles: everyone,
  }),
  /** Today's latest calls, newest first. */
  'screen.calls': method<HallCall[]>()({
    input: z.object({ limit: z.number().int().min(1).max(20).default(8) }).strict(),
    roles: everyone,
  }),
  /** Notices shown today. */
  'screen.notices': method<Notice[]>()({ input: z.object({}).strict(), roles: everyone }),
  'screen.booths': method<BoothSummary[]>()({ input: z.object({}).strict(), roles: everyone }),
  'notices.post': method<Notice>()({
    input: z
      .object({
        text: plainText(120, '通知内容', { min: 1 }),
        fromDay: isoDay.optional(),
        untilDay: isoDay.optional(),
      })
      .strict()
      .refine((n) => !n.fromDay || !n.untilDay || n.fromDay <= n.untilDay, {
        message: '结束日期早于开始日期',
        path: ['untilDay'],
      }),
    roles: staff,
    auth: 'staff',
  }),
  'notices.remove': method<{ removed: boolean }>()({
    input: z.object({ id: z.string().uuid() }).strict(),
    roles: staff,
    auth: 'staff',
  }),
  /** Today's and upcoming notices, for staff to manage. */
  'notices.list': method<Notice[]>()({ input: z.object({}).strict(), roles: staff, auth: 'staff' }),
};

export const screenEvents = {
  'notices.changed': event<{ count: number }>()({ roles: everyone }),
};
