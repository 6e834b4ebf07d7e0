/**
 * A cached job as the engine keeps it: what matching, search and the flags of a listing read,
 * worked out once at insert time instead of per query. The document itself is not kept: at 100k
 * postings the documents were most of what a start-up build allocated and the garbage collector
 * walked; the few shown are read by id (MatchEngineOptions.documents). Dates and plane coordinates
 * live in the hot record (hot-columns.ts); the wage's description is built only for the jobs shown.
 */
import type { Job } from '../../schema/job';
import type { CertificateBook } from './certificates';
import { locate, type LatLng } from './geo';
import { comparablePay } from './wage';

export interface IndexedJob {
  slot: number;
  id: string;
  employerId: string;
  occupation: string;
  district: string;
  schedule: Job['schedule'];
  settlement: Job['settlement'];
  publicWelfare: boolean;
  ageMin: number | undefined;
  ageMax: number | undefined;
  /** What the flags of a listing and the reasons of a match say (flags.ts, score.ts). */
  agency: boolean;
  sexRequirement: Job['sexRequirement'];
  payProtection: string | undefined;
  /** Midpoint 元/天, or null for a piece rate without stated output. */
  daily: number | null;
  point: LatLng | undefined;
  certificates: readonly string[];
  /** The engine's number for the job's dupKeyOf (DuplicateGroups), for cheap grouping. */
  dupId: number;
}

/** Most postings need no certificate: they share one empty list. */
const NONE: readonly string[] = Object.freeze([]);

const normTitles = new Map<string, string>();
/** 保洁（日结） and 保洁 name the same work. Titles repeat, so each is normalised once. */
export function normTitle(t: string): string {
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

/**
 * Same title, trade, workplace address and pay: the same work posted twice (often by an agency and
 * the employer). The definition; the engine keeps it hashed (dup-groups.ts).
 */
export const dupKeyOf = (job: Pick<Job, 'title' | 'occupation' | 'address' | 'pay'>, daily: number | null) =>
  `${normTitle(job.title)}|${job.occupation}|${job.address.replace(/\s+/g, '')}|${daily === null ? `p${job.pay.amount}` : Math.round(daily / 10)}`;

export function indexJob(job: Job, slot: number, certs: CertificateBook): IndexedJob {
  return {
    slot,
    id: job.id,
    employerId: job.employer.id,
    occupation: job.occupation,
    district: job.district,
    schedule: job.schedule,
    settlement: job.settlement,
    publicWelfare: job.publicWelfare,
    ageMin: job.ageMin,
    ageMax: job.ageMax,
    agency: job.employer.agency,
    sexRequirement: job.sexRequirement,
    payProtection: job.payProtection,
    daily: comparablePay(job.pay),
    point: locate(job),
    certificates: job.certificates.length === 0 ? NONE : job.certificates.map((c) => certs.canonical(c)),
    dupId: -1,
  };
}
