/**
 * Hard filters: a job failing any of these is never shown to the worker, whatever its score.
 * Sex is deliberately absent (就业促进法): a posting that demands one sex is flagged, not filtered.
 */
import { dayStartMs } from '../clock/station-day';
import type { CertificateBook } from './certificates';
import { haversineKm, locate, toPlane, type LatLng, type PlanePoint } from './geo';
import type { HotColumns } from './hot-columns';
import type { IndexedJob } from './indexed-job';
import { hiddenBy, vouchedMs } from '../jobs/visibility';
import type { Exclusion } from './reasons';
import { isPublicWelfareEligible, type WorkerProfile } from './worker';

/** A worker profile with its lookups worked out once per match. */
export interface PreparedWorker {
  profile: WorkerProfile;
  held: Set<string>;
  /** Occupations the law closes to this worker for a certificate they do not hold. */
  barred: Set<string>;
  welfareEligible: boolean;
  origin: { point: LatLng; plane: PlanePoint; from: 'home' | 'station' } | undefined;
  /** The district she chose (home's): its jobs rank first among equals. */
  district: string | undefined;
  availableMs: number;
}

/** `timeZone` is the station's: a worker's availableFrom is a station day. */
export function prepareWorker(
  profile: WorkerProfile,
  certs: CertificateBook,
  nowMs: number,
  timeZone: string,
): PreparedWorker {
  const home = locate(profile.home);
  const station = locate(profile.station);
  const at = home ?? station;
  const origin = at
    ? { point: at, plane: toPlane(at), from: home ? ('home' as const) : ('station' as const) }
    : undefined;
  const available = profile.availableFrom !== undefined ? dayStartMs(profile.availableFrom, timeZone) : nowMs;
  const held = certs.holdings(profile.certificates);
  return {
    profile,
    held,
    barred: certs.barredFrom(held),
    welfareEligible: isPublicWelfareEligible(profile),
    origin,
    district: profile.home?.district,
    availableMs: Math.max(nowMs, available),
  };
}

/** Checks that hold for everyone: what seekers may see at all (jobs/visibility), from the packed record. */
export function marketExclusion(
  j: IndexedJob,
  hot: HotColumns,
  nowMs: number,
  staleBeforeMs: number,
): Exclusion | null {
  const s = j.slot;
  const vouched = vouchedMs(hot.confirmedMs(s), hot.postedMs(s));
  return hiddenBy(hot.open(s), hot.live(s), hot.endMs(s), vouched, nowMs, staleBeforeMs);
}

/** The first hard filter this job fails for this worker, or null when it may be shown. */
export function workerExclusion(j: IndexedJob, hot: HotColumns, w: PreparedWorker): Exclusion | null {
  const job = j;
  const age = w.profile.age;
  if (
    age !== undefined &&
    ((job.ageMin !== undefined && age < job.ageMin) || (job.ageMax !== undefined && age > job.ageMax))
  )
    return 'age';
  // j.certificates are already canonical names; the law's come from the occupation.
  for (const c of j.certificates) if (!w.held.has(c)) return 'certificate';
  if (w.barred.has(j.occupation)) return 'certificate';
  if (job.publicWelfare && !w.welfareEligible) return 'public-welfare';
  const limit = w.profile.maxDistanceKm;
  // Without an origin the limit means nothing; match() warns the caller instead of hiding everything.
  if (limit !== undefined && w.origin) {
    // A place we cannot locate cannot be promised to be near.
    if (!j.point) return 'distance-unknown';
    // The plane is exact enough away from the limit; at the edge the great circle decides.
    const km = hot.km(j.slot, w.origin.plane.x, w.origin.plane.y);
    if (km > limit * 1.02 || (km > limit * 0.98 && haversineKm(w.origin.point, j.point) > limit))
      return 'distance';
  }
  return null;
}
