/** A cached job with everything matching needs worked out once, at insert time, instead of per query. */
import type { Job } from '../../schema/job';
import type { CertificateBook } from './certificates';
import { locate, type LatLng } from './geo';
import { comparableDaily, dailyWage, type DailyWage } from './wage';

export interface IndexedJob {
  slot: number;
  job: Job;
  wage: DailyWage;
  /** Midpoint 元/天, or null for a piece rate without stated output. */
  daily: number | null;
  point: LatLng | undefined;
  certificates: string[];
  /** Last time someone vouched the posting is real: confirmedAt, else updatedAt (ms). */
  vouchedMs: number;
  confirmedMs: number | null;
  postedMs: number;
  startMs: number;
  /** End of the validThrough day, local (UTC+8) midnight (ms). */
  endMs: number;
  /** Same title, trade, workplace address and pay: the same work posted twice (often by an agency and the employer). */
  dupKey: string;
  /** dupKey interned by the engine, for cheap grouping. */
  dupId: number;
}

const DAY = 86_400_000;
/** Posting dates are 长春 local days; compare them as UTC+8. */
const dayStartMs = (isoDay: string) => Date.parse(`${isoDay}T00:00:00+08:00`);

const normTitle = (t: string) =>
  t
    .normalize('NFKC')
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .toLowerCase();

export function indexJob(job: Job, slot: number, certs: CertificateBook): IndexedJob {
  const wage = dailyWage(job.pay);
  const daily = comparableDaily(wage);
  const confirmedMs = job.confirmedAt !== undefined ? Date.parse(job.confirmedAt) : null;
  return {
    slot,
    job,
    wage,
    daily,
    point: locate(job),
    certificates: job.certificates.map((c) => certs.canonical(c)),
    vouchedMs: Math.max(confirmedMs ?? 0, Date.parse(job.updatedAt)),
    confirmedMs,
    postedMs: Date.parse(job.postedAt),
    startMs: dayStartMs(job.startDate),
    endMs: dayStartMs(job.validThrough) + DAY,
    dupId: -1,
    dupKey: `${normTitle(job.title)}|${job.occupation}|${normTitle(job.address)}|${daily === null ? `p${job.pay.amount}` : Math.round(daily / 10)}`,
  };
}
