/** A cached job with everything matching needs worked out once, at insert time, instead of per query. */
import type { Job } from '../../schema/job';
import type { CertificateBook } from './certificates';
import { locate, toPlane, type LatLng, type PlanePoint } from './geo';
import { comparableDaily, dailyWage, type DailyWage } from './wage';

export interface IndexedJob {
  slot: number;
  job: Job;
  wage: DailyWage;
  /** Midpoint 元/天, or null for a piece rate without stated output. */
  daily: number | null;
  point: LatLng | undefined;
  plane: PlanePoint | undefined;
  certificates: readonly string[];
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
/** Most postings need no certificate: they share one empty list. */
const NONE: readonly string[] = Object.freeze([]);

const normTitles = new Map<string, string>();
/** 保洁（日结） and 保洁 name the same work. Titles repeat, so each is normalised once. */
function normTitle(t: string): string {
  let n = normTitles.get(t);
  if (n === undefined) {
    n = t
      .normalize('NFKC')
      .replace(/[（(][^）)]*[）)]/g, '')
      .replace(/[\s\p{P}\p{S}]/gu, '')
      .toLowerCase();
    if (normTitles.size > 100_000) normTitles.clear();
    normTitles.set(t, n);
  }
  return n;
}

export function indexJob(job: Job, slot: number, certs: CertificateBook): IndexedJob {
  const wage = dailyWage(job.pay);
  const daily = comparableDaily(wage);
  const confirmedMs = job.confirmedAt !== undefined ? Date.parse(job.confirmedAt) : null;
  const point = locate(job);
  return {
    slot,
    job,
    wage,
    daily,
    point,
    plane: point ? toPlane(point) : undefined,
    certificates: job.certificates.length === 0 ? NONE : job.certificates.map((c) => certs.canonical(c)),
    vouchedMs: Math.max(confirmedMs ?? 0, Date.parse(job.updatedAt)),
    confirmedMs,
    postedMs: Date.parse(job.postedAt),
    startMs: dayStartMs(job.startDate),
    endMs: dayStartMs(job.validThrough) + DAY,
    dupId: -1,
    dupKey: `${normTitle(job.title)}|${job.occupation}|${job.address.replace(/\s+/g, '')}|${daily === null ? `p${job.pay.amount}` : Math.round(daily / 10)}`,
  };
}
