/**
 * Hard filters: a job failing any of these is never shown to the worker, whatever its score.
 * Sex is deliberately absent (就业促进法): a posting that demands one sex is flagged, not filtered.
 */
import type { CertificateBook } from './certificates';
import { haversineKm, locate, type LatLng } from './geo';
import type { IndexedJob } from './indexed-job';
import type { Exclusion } from './reasons';
import { isPublicWelfareEligible, type WorkerProfile } from './worker';

/** A worker profile with its lookups worked out once per match. */
export interface PreparedWorker {
  profile: WorkerProfile;
  held: Set<string>;
  welfareEligible: boolean;
  origin: { point: LatLng; from: 'home' | 'station' } | undefined;
  availableMs: number;
}

export function prepareWorker(profile: WorkerProfile, certs: CertificateBook, nowMs: number): PreparedWorker {
  const home = locate(profile.home);
  const station = locate(profile.station);
  const origin = home ? { point: home, from: 'home' as const } : station ? { point: station, from: 'station' as const } : undefined;
  const available = profile.availableFrom !== undefined ? Date.parse(`${profile.availableFrom}T00:00:00+08:00`) : nowMs;
  return {
    profile,
    held: certs.holdings(profile.certificates),
    welfareEligible: isPublicWelfareEligible(profile),
    origin,
    availableMs: Math.max(nowMs, available),
  };
}

/** Checks that hold for everyone (search uses these too): open, unexpired, recently vouched for, places left. */
export function marketExclusion(j: IndexedJob, nowMs: number, staleBeforeMs: number): Exclusion | null {
  const job = j.job;
  if (job.status !== 'open') return 'not-open';
  if (j.endMs <= nowMs) return 'expired';
  if (j.vouchedMs < staleBeforeMs) return 'stale';
  if (job.filled >= job.headcount) return 'no-headcount';
  return null;
}

/** The first hard filter this job fails for this worker, or null when it may be shown. */
export function workerExclusion(j: IndexedJob, w: PreparedWorker, certs: CertificateBook): Exclusion | null {
  const job = j.job;
  const age = w.profile.age;
  if (age !== undefined && ((job.ageMin !== undefined && age < job.ageMin) || (job.ageMax !== undefined && age > job.ageMax))) return 'age';
  if (j.certificates.length > 0 && certs.firstMissing(j.certificates, w.held) !== undefined) return 'certificate';
  if (job.publicWelfare && !w.welfareEligible) return 'public-welfare';
  const limit = w.profile.maxDistanceKm;
  // Without an origin the limit means nothing; match() warns the caller instead of hiding everything.
  if (limit !== undefined && w.origin) {
    // A place we cannot locate cannot be promised to be near.
    if (!j.point) return 'distance-unknown';
    if (haversineKm(w.origin.point, j.point) > limit) return 'distance';
  }
  return null;
}
