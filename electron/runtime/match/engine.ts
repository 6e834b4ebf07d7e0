/**
 * The matching and search engine: an in-memory index of the cached jobs, built at start-up and
 * kept current one upsert or removal at a time as sync delivers changes. Plain Node, no Electron.
 */
import debug from 'debug';
import type { Job } from '../../schema/job';
import { createCertificateBook } from './certificates';
import { districtCentres } from './geo';
import { HotColumns } from './hot-columns';
import { indexJob, type IndexedJob } from './indexed-job';
import { marketFigures, type MarketFigures, type SeekerExpectation } from './market';
import { runMatch, type MatchResult } from './match';
import { PinyinVocabulary } from './pinyin';
import { TextIndex, type FieldTokenIds } from './search-index';
import { runSearch, type SearchQuery, type SearchResult } from './search';
import type { Bucket, EngineState } from './state';
import { loadTaxonomy, type Taxonomy } from './taxonomy';
import type { EmployerRecordLookup, WorkerProfile } from './worker';

const log = debug('station:match');
const DAY = 86_400_000;

export interface MatchEngineOptions {
  jobs?: Iterable<Job>;
  taxonomy?: Taxonomy;
  /** The station's clock; tests and the benchmark pin it. */
  now?: () => Date;
  /** Disputes and no-shows recorded against an employer; none by default. */
  employerRecord?: EmployerRecordLookup;
  /** Postings not confirmed or updated for this many days are hidden (phantom jobs). Default 30. */
  staleAfterDays?: number;
}

export interface MatchEngine {
  /** Adds or replaces a job (by id). Jobs that are closed or expired are kept but never shown. */
  upsert(job: Job): void;
  /** Many at once (a sync page, an import): buckets are ordered once at the end. */
  upsertMany(jobs: Iterable<Job>): void;
  /** Removes a job by id; false if it was not there. */
  remove(id: string): boolean;
  get(id: string): Job | undefined;
  readonly size: number;
  /** Top `top` (default 5) jobs for a worker, with reasons and flags. Profile: parse with workerProfileSchema. */
  match(profile: WorkerProfile, top?: number): MatchResult;
  /** Query: parse with searchQuerySchema. */
  search(query: SearchQuery): SearchResult;
  /** Offered (from the cache) and expected (from `seekers`) 元/天 quartiles per occupation. */
  marketFigures(seekers?: readonly SeekerExpectation[]): MarketFigures;
}

/** House numbers are useless to search and would make every address a distinct text to tokenise. */
const withoutNumbers = (s: string) => s.replace(/[0-9０-９]+号?/g, ' ');
const fieldTokens = (text: TextIndex, job: Job): FieldTokenIds => [
  text.tokenize(job.title),
  text.tokenize(job.employer.name),
  text.tokenize(`${job.district} ${withoutNumbers(job.address)}`),
  // Long descriptions would dominate memory; the opening says what the job is.
  text.tokenize(job.description.slice(0, 120)),
];

const bucketKey = (job: Job) => `${job.occupation}\u0000${job.district}`;

/** What the text index holds of a job: a new copy with the same words keeps its postings. */
const sameText = (a: Job, b: Job) =>
  a.title === b.title &&
  a.employer.name === b.employer.name &&
  a.district === b.district &&
  a.address === b.address &&
  a.description.slice(0, 120) === b.description.slice(0, 120);

/** bulk: append and leave the order to the caller's orderBucket (a splice per insert is quadratic). */
function addToBucket(state: EngineState, j: IndexedJob, bulk: boolean): Bucket {
  const key = bucketKey(j.job);
  let b = state.buckets.get(key);
  if (!b) {
    b = {
      occupation: j.job.occupation,
      district: j.job.district,
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
    state.buckets.set(key, b);
    let byOcc = state.bucketsByOccupation.get(b.occupation);
    if (!byOcc) state.bucketsByOccupation.set(b.occupation, (byOcc = new Set()));
    byOcc.add(b);
    let byDistrict = state.bucketsByDistrict.get(b.district);
    if (!byDistrict) state.bucketsByDistrict.set(b.district, (byDistrict = new Set()));
    byDistrict.add(b);
  }
  trackBounds(b, j);
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
    if ((state.slots[b.slots[mid]!]!.daily ?? -1) >= daily) lo = mid + 1;
    else hi = mid;
  }
  b.slots.splice(lo, 0, j.slot);
  return b;
}

const dailyOf = (state: EngineState, slot: number) => state.slots[slot]!.daily ?? -1;

/**
 * Puts the `added` slots appended to a bucket in pay order, as if each had been inserted on its own
 * (equal pay keeps arrival order). A sync page adds a job or two to each of hundreds of buckets:
 * sorting the few and merging them in costs a pass, where sorting every bucket cost a second per
 * initial sync.
 */
function orderBucket(state: EngineState, b: Bucket, added: number): void {
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

function trackBounds(b: Bucket, j: IndexedJob): void {
  b.ageMinLow = Math.min(b.ageMinLow, j.job.ageMin ?? 0);
  b.ageMaxHigh = Math.max(b.ageMaxHigh, j.job.ageMax ?? Infinity);
  b.schedules.add(j.job.schedule);
  if (j.job.settlement === 'daily') b.settlesDaily = true;
  if (j.job.publicWelfare) b.publicWelfare = true;
  b.minStartMs = Math.min(b.minStartMs, j.startMs);
  if (j.confirmedMs !== null) b.maxConfirmedMs = Math.max(b.maxConfirmedMs, j.confirmedMs);
  b.maxPostedMs = Math.max(b.maxPostedMs, j.postedMs);
  if (j.daily === null) b.unpriced = true;
  else b.maxDaily = Math.max(b.maxDaily, j.daily);
  if (!j.plane) b.unlocated = true;
  else if (!b.box) b.box = { minX: j.plane.x, maxX: j.plane.x, minY: j.plane.y, maxY: j.plane.y };
  else {
    b.box.minX = Math.min(b.box.minX, j.plane.x);
    b.box.maxX = Math.max(b.box.maxX, j.plane.x);
    b.box.minY = Math.min(b.box.minY, j.plane.y);
    b.box.maxY = Math.max(b.box.maxY, j.plane.y);
  }
}

export function createMatchEngine(options: MatchEngineOptions = {}): MatchEngine {
  const taxonomy = options.taxonomy ?? loadTaxonomy();
  const now = options.now ?? (() => new Date());
  const staleDays = options.staleAfterDays ?? 30;
  const districtTerms = new Map<string, string>();
  const vocab = new PinyinVocabulary();
  for (const term of taxonomy.terms.keys()) vocab.add(term);
  const addDistrict = (d: string) => {
    if (districtTerms.has(d)) return;
    districtTerms.set(d, d);
    // People say 南关 for 南关区 and 新区 for 长春新区.
    const short = d.replace(/^长春/, '').replace(/区$/, '');
    if (short.length >= 2 && !districtTerms.has(short)) districtTerms.set(short, d);
    vocab.add(d);
  };
  for (const d of Object.keys(districtCentres)) addDistrict(d);

  const state: EngineState = {
    taxonomy,
    certs: createCertificateBook(taxonomy.data.certificates),
    slots: [],
    hot: new HotColumns(),
    buckets: new Map(),
    bucketsByOccupation: new Map(),
    bucketsByDistrict: new Map(),
    text: new TextIndex(),
    vocab,
    districtTerms,
    employerRecord: options.employerRecord ?? (() => undefined),
    live: () => byId.size,
    nowMs: () => now().getTime(),
    staleBeforeMs: (nowMs) => nowMs - staleDays * DAY,
  };
  const byId = new Map<string, number>();
  const free: number[] = [];
  // Grows with every distinct posting ever seen; a few bytes each, reset only by a restart.
  const dupIds = new Map<string, number>();

  const leaveBucket = (j: IndexedJob) => {
    const key = bucketKey(j.job);
    const b = state.buckets.get(key);
    if (b) {
      const at = b.slots.indexOf(j.slot);
      if (at >= 0) b.slots.splice(at, 1);
      if (b.slots.length === 0) {
        state.buckets.delete(key);
        state.bucketsByOccupation.get(b.occupation)?.delete(b);
        state.bucketsByDistrict.get(b.district)?.delete(b);
      }
    }
  };

  const unindex = (j: IndexedJob) => {
    const job = j.job;
    state.text.remove(j.slot, fieldTokens(state.text, job));
    leaveBucket(j);
    vocab.remove(job.title);
    vocab.remove(job.employer.name);
    state.slots[j.slot] = undefined;
    state.hot.clear(j.slot);
    free.push(j.slot);
    byId.delete(job.id);
  };

  /** Puts an indexed job in its slot (j.slot): the slot table, the hot record, its duplicate group. */
  const place = (j: IndexedJob): IndexedJob => {
    j.dupId = dupIds.get(j.dupKey) ?? dupIds.set(j.dupKey, dupIds.size).size - 1;
    state.slots[j.slot] = j;
    state.hot.set(j.slot, j);
    return j;
  };

  /** A job the engine does not hold yet, already indexed: a free slot, its words, its bucket. */
  const insert = (j: IndexedJob, bulk: boolean): Bucket => {
    j.slot = free.pop() ?? state.slots.length;
    place(j);
    const job = j.job;
    byId.set(job.id, j.slot);
    state.text.add(j.slot, fieldTokens(state.text, job));
    if (!districtTerms.has(job.district)) addDistrict(job.district);
    vocab.add(job.title);
    vocab.add(job.employer.name);
    return addToBucket(state, j, bulk);
  };

  const upsert = (job: Job, bulk = false): Bucket => {
    const old = byId.get(job.id);
    if (old === undefined) return insert(indexJob(job, -1, state.certs), bulk);
    const prior = state.slots[old]!;
    // The job keeps its slot. Most updates change a count or a date, not the words: the text
    // index is then left alone; otherwise only the tokens that changed move.
    if (!sameText(prior.job, job)) {
      state.text.update(prior.slot, fieldTokens(state.text, prior.job), fieldTokens(state.text, job));
      vocab.remove(prior.job.title);
      vocab.remove(prior.job.employer.name);
      vocab.add(job.title);
      vocab.add(job.employer.name);
      if (!districtTerms.has(job.district)) addDistrict(job.district);
    }
    leaveBucket(prior);
    return addToBucket(state, place(indexJob(job, prior.slot, state.certs)), bulk);
  };

  const upsertMany = (jobs: Iterable<Job>): number => {
    // The last copy of a job in the batch is the one kept, as one upsert after another would.
    const latest = new Map<string, Job>();
    for (const job of jobs) latest.set(job.id, job);
    /** Slots appended to each bucket by this batch. */
    const touched = new Map<Bucket, number>();
    const touch = (b: Bucket) => touched.set(b, (touched.get(b) ?? 0) + 1);
    // New jobs take slots bucket by bucket, best paid first (the order a match scans a bucket in),
    // so a bucket's hot records lie side by side and a scan reads memory front to back instead of
    // missing the cache at every job.
    const fresh = new Map<string, IndexedJob[]>();
    for (const job of latest.values()) {
      if (byId.has(job.id)) {
        touch(upsert(job, true));
        continue;
      }
      const j = indexJob(job, -1, state.certs);
      const key = bucketKey(job);
      const group = fresh.get(key);
      if (group) group.push(j);
      else fresh.set(key, [j]);
    }
    for (const group of fresh.values()) {
      group.sort((a, b) => (b.daily ?? -1) - (a.daily ?? -1));
      for (const j of group) touch(insert(j, true));
    }
    for (const [b, added] of touched) orderBucket(state, b, added);
    return latest.size;
  };

  const started = performance.now();
  const loaded = upsertMany(options.jobs ?? []);
  if (loaded)
    log(
      'indexed %d jobs in %d ms (%d tokens, %d pinyin words)',
      loaded,
      Math.round(performance.now() - started),
      state.text.tokenCount,
      vocab.size,
    );

  return {
    upsert: (job) => void upsert(job),
    upsertMany: (jobs) => void upsertMany(jobs),
    remove(id) {
      const slot = byId.get(id);
      if (slot === undefined) return false;
      unindex(state.slots[slot]!);
      return true;
    },
    get: (id) => {
      const slot = byId.get(id);
      return slot === undefined ? undefined : state.slots[slot]?.job;
    },
    get size() {
      return byId.size;
    },
    match: (profile, top = 5) => runMatch(state, profile, Math.max(1, Math.min(50, Math.floor(top)))),
    search: (query) => runSearch(state, query),
    marketFigures: (seekers = []) => marketFigures(state, seekers),
  };
}
