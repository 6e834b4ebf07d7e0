/**
 * Buckets (one occupation in one district) as the engine keeps them: found by the job's two
 * strings (no key is built per job), slots ordered by pay, bounds widened as jobs arrive.
 */
import type { Job } from '../../schema/job';
import type { HotColumns } from './hot-columns';
import type { IndexedJob } from './indexed-job';
import type { Bucket, EngineState } from './state';

/** The bucket of a job's occupation and district, created empty if there is none yet. */
export function bucketFor(state: EngineState, job: Pick<Job, 'occupation' | 'district'>): Bucket {
  let byDistrict = state.bucketsByOccupation.get(job.occupation);
  if (!byDistrict) state.bucketsByOccupation.set(job.occupation, (byDistrict = new Map()));
  let b = byDistrict.get(job.district);
  if (b) return b;
  b = {
    occupation: job.occupation,
    district: job.district,
    slots: [],
    maxDaily: 0,
    unpriced: false,
    box: null,
    unlocated: false,
    ageMinLow: Infinity,
    ageMaxHigh: -Infinity,
    schedules: new Set(),
    settlesDaily: false,
    publicWelfare: false,
    minStartMs: Infinity,
    maxConfirmedMs: -Infinity,
    maxPostedMs: -Infinity,
  };
  byDistrict.set(job.district, b);
  state.buckets.add(b);
  let inDistrict = state.bucketsByDistrict.get(b.district);
  if (!inDistrict) state.bucketsByDistrict.set(b.district, (inDistrict = new Set()));
  inDistrict.add(b);
  return b;
}

/**
 * Adds a placed job (its hot record written) to its bucket. bulk: append and leave the order to
 * the caller's orderBucket (a splice per insert is quadratic).
 */
export function addToBucket(state: EngineState, b: Bucket, j: IndexedJob, bulk: boolean): Bucket {
  trackBounds(b, j, state.hot);
  if (bulk) {
    b.slots.push(j.slot);
    return b;
  }
  // Binary search for the first slot paying less; equal pay keeps arrival order.
  const daily = j.daily ?? -1;
  let lo = 0;
  let hi = b.slots.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dailyOf(state, b.slots[mid]!) >= daily) lo = mid + 1;
    else hi = mid;
  }
  b.slots.splice(lo, 0, j.slot);
  return b;
}

export function leaveBucket(state: EngineState, j: IndexedJob): void {
  const byDistrict = state.bucketsByOccupation.get(j.occupation);
  const b = byDistrict?.get(j.district);
  if (!byDistrict || !b) return;
  const at = b.slots.indexOf(j.slot);
  if (at >= 0) b.slots.splice(at, 1);
  if (b.slots.length > 0) return;
  byDistrict.delete(b.district);
  if (byDistrict.size === 0) state.bucketsByOccupation.delete(b.occupation);
  state.buckets.delete(b);
  state.bucketsByDistrict.get(b.district)?.delete(b);
}

const dailyOf = (state: EngineState, slot: number) => state.slots[slot]!.daily ?? -1;

/**
 * Puts the `added` slots appended to a bucket in pay order, as if each had been inserted on its own
 * (equal pay keeps arrival order). A sync page adds a job or two to each of hundreds of buckets:
 * sorting the few and merging them in costs a pass, where sorting every bucket cost a second per
 * initial sync.
 */
export function orderBucket(state: EngineState, b: Bucket, added: number): void {
  const s = b.slots;
  const byPay = (x: number, y: number) => dailyOf(state, y) - dailyOf(state, x);
  const head = s.length - added;
  if (added === 0) return;
  if (head === 0 || added * 8 > s.length) {
    s.sort(byPay);
    return;
  }
  const tail = s.slice(head).sort(byPay);
  // Merge from the back: the one that goes last is placed first; on equal pay the later arrival.
  let i = head - 1;
  let j = added - 1;
  for (let w = s.length - 1; j >= 0; w--)
    s[w] = i >= 0 && dailyOf(state, s[i]!) < dailyOf(state, tail[j]!) ? s[i--]! : tail[j--]!;
}

function trackBounds(b: Bucket, j: IndexedJob, hot: HotColumns): void {
  b.ageMinLow = Math.min(b.ageMinLow, j.ageMin ?? 0);
  b.ageMaxHigh = Math.max(b.ageMaxHigh, j.ageMax ?? Infinity);
  b.schedules.add(j.schedule);
  if (j.settlement === 'daily') b.settlesDaily = true;
  if (j.publicWelfare) b.publicWelfare = true;
  const s = j.slot;
  b.minStartMs = Math.min(b.minStartMs, hot.startMs(s));
  const confirmed = hot.confirmedMs(s);
  if (confirmed === confirmed) b.maxConfirmedMs = Math.max(b.maxConfirmedMs, confirmed);
  b.maxPostedMs = Math.max(b.maxPostedMs, hot.postedMs(s));
  if (j.daily === null) b.unpriced = true;
  else b.maxDaily = Math.max(b.maxDaily, j.daily);
  const x = hot.x(s);
  const y = hot.y(s);
  if (x !== x) b.unlocated = true;
  else if (!b.box) b.box = { minX: x, maxX: x, minY: y, maxY: y };
  else {
    b.box.minX = Math.min(b.box.minX, x);
    b.box.maxX = Math.max(b.box.maxX, x);
    b.box.minY = Math.min(b.box.minY, y);
    b.box.maxY = Math.max(b.box.maxY, y);
  }
}
