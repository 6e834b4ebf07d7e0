/**
 * The matching and search engine: an in-memory index of the cached jobs, built at start-up and
 * kept current one upsert or removal at a time as sync delivers changes. Plain Node, no Electron.
 */
import debug from 'debug';
import type { MarketFigures, Quartiles, SearchQuery, SearchResult } from '../../contract/match';
import type { Job } from '../../schema/job';
import { DEFAULT_TIME_ZONE } from '../clock/station-day';
import { staleBeforeMs } from '../jobs/visibility';
import { createCertificateBook } from './certificates';
import { districtCentres } from './geo';
import { HotColumns } from './hot-columns';
import { addToBucket, bucketFor, leaveBucket, orderBucket } from './buckets';
import { DuplicateGroups } from './dup-groups';
import { indexJob, type IndexedJob } from './indexed-job';
import { marketBand, marketFigures, type SeekerExpectation } from './market';
import { runMatch, type MatchResult } from './match';
import { PinyinVocabulary } from './pinyin';
import { TextIndex, type FieldTexts } from './search-index';
import { runSearch } from './search';
import type { Bucket, EngineState } from './state';
import { loadTaxonomy, type Taxonomy } from './taxonomy';
import { visiblePage, type ListedJob, type VisibleOrder, type VisiblePage } from './visible-page';
import type { EmployerRecordLookup, WorkerProfile } from './worker';

const log = debug('station:match');

export interface MatchEngineOptions {
  jobs?: Iterable<Job>;
  taxonomy?: Taxonomy;
  /** The station's clock; tests and the benchmark pin it. */
  now?: () => Date;
  /** The station's time zone (config timeZone), whose days postings name. Default Asia/Shanghai. */
  timeZone?: string;
  /** Disputes and no-shows recorded against an employer; none by default. */
  employerRecord?: EmployerRecordLookup;
  /** Postings not confirmed or updated for this many days are hidden (phantom jobs). Default 30. */
  staleAfterDays?: number;
  /**
   * Leave the search words of `jobs` for `indexText`: matching can answer before the words (a third
   * of a start-up build) are indexed. Until they are, `search`, `upsert` and `remove` are refused.
   */
  deferText?: boolean;
  /**
   * The cached documents by id, in the order asked (undefined for one no longer cached): the
   * station reads them from its store, and the engine keeps none, only what matching and search
   * read of each. Without it the engine keeps the documents it is given.
   */
  documents?: (ids: readonly string[]) => (Job | undefined)[];
}

export interface MatchEngine {
  /** Adds or replaces a job (by id). Jobs that are closed or expired are kept but never shown. */
  upsert(job: Job): void;
  /** Many at once (a sync page, an import): buckets are ordered once at the end. */
  upsertMany(jobs: Iterable<Job>): void;
  /**
   * The next batch of a start-up build (deferText): taken as upsertMany takes jobs, their words left
   * for indexText with the rest, so a build need not hold every document at once.
   */
  load(jobs: Iterable<Job>): void;
  /** Removes a job by id; false if it was not there. */
  remove(id: string): boolean;
  get(id: string): Job | undefined;
  /** How many postings seekers may see now (jobs/visibility), from the packed records alone: 在招岗位. */
  visibleCount(): number;
  /**
   * A page of them (those `where` passes) in an order the packed records tell: the board, lists. A
   * `where` reads the search words' titles and employers: refused before they are indexed.
   */
  visiblePage(
    order: VisibleOrder,
    limit: number,
    offset?: number,
    where?: (job: ListedJob) => boolean,
  ): VisiblePage;
  readonly size: number;
  /** Top `top` (default 5) jobs for a worker, with reasons and flags. Profile: parse with workerProfileSchema. */
  match(profile: WorkerProfile, top?: number): MatchResult;
  /** Query: parse with searchQuerySchema. */
  search(query: SearchQuery): SearchResult;
  /**
   * Offered (from the cache) and expected (from `seekers`) 元/天 quartiles per occupation, those
   * asked for or all, with their one band (market.ts).
   */
  marketFigures(seekers?: readonly SeekerExpectation[], occupations?: readonly string[]): MarketFigures;
  /** The one 元/天 band of these occupations' postings (all when none): market.ts's `marketBand`. */
  marketBand(occupations: readonly string[]): Quartiles | null;
  /**
   * Indexes deferred search words (deferText) for about `budgetMs`, in the order the jobs took their
   * slots, so the index is the one an eager build makes. True once every job's words are in.
   */
  indexText(budgetMs?: number): boolean;
}

/** House numbers are useless to search and would make every address a distinct text to tokenise. */
const withoutNumbers = (s: string) => s.replace(/[0-9０-９]+号?/g, ' ');
/** What a job's search words are made of: title, employer, district, address, description. */
type Words = readonly [string, string, string, string, string];
const wordsOf = (job: Job): Words => [
  job.title,
  job.employer.name,
  job.district,
  job.address,
  job.description,
];
const fieldTexts = (w: Words): FieldTexts => [
  w[0],
  w[1],
  `${w[2]} ${withoutNumbers(w[3])}`,
  // Long descriptions would dominate memory; the opening says what the job is.
  w[4].slice(0, 120),
];

export function createMatchEngine(options: MatchEngineOptions = {}): MatchEngine {
  const taxonomy = options.taxonomy ?? loadTaxonomy();
  const now = options.now ?? (() => new Date());
  const staleDays = options.staleAfterDays ?? 30;
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
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
    hot: new HotColumns(timeZone),
    buckets: new Set(),
    bucketsByOccupation: new Map(),
    bucketsByDistrict: new Map(),
    // Titles and employers are the words pinyin can spell: the vocabulary holds those some job has.
    text: new TextIndex((field, text, present) => {
      if (field > 1) return;
      if (present) vocab.add(text);
      else vocab.remove(text);
    }),
    vocab,
    districtTerms,
    employerRecord: options.employerRecord ?? (() => undefined),
    documents: options.documents ?? ((ids) => ids.map((id) => kept!.get(id))),
    live: () => byId.size,
    version: 0,
    nowMs: () => now().getTime(),
    timeZone,
    staleBeforeMs: (nowMs) => staleBeforeMs(nowMs, staleDays),
  };
  const byId = new Map<string, number>();
  /** The documents, when no `documents` reads them for the engine. */
  const kept = options.documents ? undefined : new Map<string, Job>();
  const free: number[] = [];
  // Grows with every distinct posting ever seen; 12 bytes each, reset only by a restart.
  const dupGroups = new DuplicateGroups();

  const unindex = (j: IndexedJob) => {
    state.version++;
    state.text.remove(j.slot);
    leaveBucket(state, j);
    state.slots[j.slot] = undefined;
    state.hot.clear(j.slot);
    free.push(j.slot);
    byId.delete(j.id);
    kept?.delete(j.id);
  };

  /** Puts an indexed job in its slot (j.slot): the slot table, the hot record, its duplicate group. */
  const place = (j: IndexedJob, job: Job): IndexedJob => {
    state.version++;
    j.employerId = shared(j.employerId);
    j.occupation = shared(j.occupation);
    j.district = shared(j.district);
    j.dupId = dupGroups.groupOf(job, j.daily);
    state.slots[j.slot] = j;
    state.hot.set(j.slot, j, job);
    kept?.set(job.id, job);
    return j;
  };

  /** A job's search words: its texts and, first seen, its district's names. */
  const addWords = (slot: number, texts: FieldTexts, district: string) => {
    state.text.add(slot, texts);
    if (!districtTerms.has(district)) addDistrict(district);
  };
  /** Slots whose words wait for indexText (deferText), in the order they were taken, and their texts. */
  let wordsDue: number[] | undefined = options.deferText ? [] : undefined;
  let textsDue: (Words | undefined)[] = [];
  /**
   * One copy of each string a start-up build keeps (ids of employers, trades, districts, and the
   * texts whose words wait): 100k parsed documents hold 100k copies of a few thousand strings.
   * Let go with the build, so that strings of postings gone later are not held for ever.
   */
  let building: Map<string, string> | undefined = options.deferText ? new Map() : undefined;
  const shared = (s: string): string => {
    if (!building) return s;
    const held = building.get(s);
    if (held !== undefined) return held;
    building.set(s, s);
    return s;
  };
  let wordsDone = 0;
  const wordsReady = (what: string) => {
    if (wordsDue) throw new Error(`${what} before the search words are indexed (indexText)`);
  };

  /** A job the engine does not hold yet, already indexed: a free slot, its words, its bucket. */
  const insert = (j: IndexedJob, job: Job, b: Bucket, bulk: boolean): Bucket => {
    j.slot = free.pop() ?? state.slots.length;
    place(j, job);
    byId.set(job.id, j.slot);
    if (wordsDue) {
      wordsDue.push(j.slot);
      // Only the strings are kept (the document goes); the texts are made when the words are indexed.
      const w = wordsOf(job);
      textsDue[j.slot] = [shared(w[0]), shared(w[1]), j.district, w[3], shared(w[4])];
    } else addWords(j.slot, fieldTexts(wordsOf(job)), job.district);
    return addToBucket(state, b, j, bulk);
  };

  const upsert = (job: Job, bulk = false): Bucket => {
    const old = byId.get(job.id);
    if (old === undefined) return insert(indexJob(job, -1, state.certs), job, bucketFor(state, job), bulk);
    const prior = state.slots[old]!;
    // The job keeps its slot, and moves in the text index only in the fields whose text changed
    // (most updates change a count or a date, not the words).
    if (textsDue[prior.slot]) textsDue[prior.slot] = wordsOf(job);
    else {
      state.text.update(prior.slot, fieldTexts(wordsOf(job)));
      if (!districtTerms.has(job.district)) addDistrict(job.district);
    }
    leaveBucket(state, prior);
    return addToBucket(
      state,
      bucketFor(state, job),
      place(indexJob(job, prior.slot, state.certs), job),
      bulk,
    );
  };

  const upsertMany = (jobs: Iterable<Job>, loading = false): number => {
    // The last copy of a job in the batch is the one kept, as one upsert after another would. A new
    // job waits in `waiting`, marked in byId by its place there (-1 - i) until it gets a slot: a
    // start-up build needs no second map of 100k ids.
    const waiting: Job[] = [];
    const known = new Map<string, Job>();
    let applied = false;
    try {
      for (const job of jobs) {
        const at = byId.get(job.id);
        if (at === undefined) {
          byId.set(job.id, -1 - waiting.length);
          waiting.push(job);
        } else if (at < 0) waiting[-1 - at] = job;
        else known.set(job.id, job);
      }
      const n = applyBatch(known, waiting, loading);
      applied = true;
      return n;
    } finally {
      // A failure must not leave marks: a job that got no slot is not held.
      if (!applied) for (const job of waiting) if (byId.get(job.id)! < 0) byId.delete(job.id);
    }
  };

  /**
   * Slots appended to each bucket and not yet put in pay order: by one batch, or by every batch of a
   * start-up build (load), whose buckets are ordered once, when the build has read them all.
   */
  const unordered = new Map<Bucket, number>();
  const settle = () => {
    for (const [b, added] of unordered) orderBucket(state, b, added);
    unordered.clear();
  };
  const applyBatch = (known: Map<string, Job>, waiting: Job[], loading = false): number => {
    const touch = (b: Bucket, n = 1) => unordered.set(b, (unordered.get(b) ?? 0) + n);
    for (const job of known.values()) touch(upsert(job, true));
    // New jobs take slots bucket by bucket, best paid first (the order a match scans a bucket in),
    // so a bucket's hot records lie side by side and a scan reads memory front to back instead of
    // missing the cache at every job.
    const fresh = new Map<Bucket, { j: IndexedJob; job: Job }[]>();
    for (const job of waiting) {
      const j = indexJob(job, -1, state.certs);
      const b = bucketFor(state, job);
      const group = fresh.get(b);
      if (group) group.push({ j, job });
      else fresh.set(b, [{ j, job }]);
    }
    for (const [b, group] of fresh) {
      group.sort((x, y) => (y.j.daily ?? -1) - (x.j.daily ?? -1));
      for (const { j, job } of group) insert(j, job, b, true);
      touch(b, group.length);
    }
    if (!loading) settle();
    return known.size + waiting.length;
  };

  const started = performance.now();
  const loaded = upsertMany(options.jobs ?? []);
  const indexText = (budgetMs = Infinity): boolean => {
    settle();
    if (!wordsDue) return true;
    const until = performance.now() + budgetMs;
    while (wordsDone < wordsDue.length) {
      const slot = wordsDue[wordsDone++]!;
      addWords(slot, fieldTexts(textsDue[slot]!), state.slots[slot]!.district);
      textsDue[slot] = undefined;
      if ((wordsDone & 255) === 0 && performance.now() > until) return false;
    }
    wordsDue = undefined;
    textsDue = [];
    building = undefined;
    return true;
  };
  if (loaded)
    log(
      'indexed %d jobs in %d ms (%d tokens, %d pinyin words)',
      loaded,
      Math.round(performance.now() - started),
      state.text.tokenCount,
      vocab.size,
    );

  return {
    upsert: (job) => {
      wordsReady('upsert');
      upsert(job);
    },
    upsertMany: (jobs) => {
      wordsReady('upsertMany');
      upsertMany(jobs);
    },
    load: (jobs) => {
      if (!wordsDue || wordsDone > 0) throw new Error('load is for a start-up build before indexText');
      upsertMany(jobs, true);
    },
    remove(id) {
      wordsReady('remove');
      const slot = byId.get(id);
      if (slot === undefined) return false;
      unindex(state.slots[slot]!);
      return true;
    },
    get: (id) => (byId.has(id) ? state.documents([id])[0] : undefined),
    visibleCount() {
      const nowMs = state.nowMs();
      const stale = state.staleBeforeMs(nowMs);
      let n = 0;
      for (let s = 0; s < state.slots.length; s++) if (state.hot.marketOk(s, nowMs, stale)) n++;
      return n;
    },
    visiblePage: (order, limit, offset = 0, where) => {
      if (where) wordsReady('a filtered visiblePage');
      return visiblePage(state, order, limit, offset, where);
    },
    get size() {
      return byId.size;
    },
    match: (profile, top = 5) => {
      // Keywords are looked up among the search words.
      if (profile.keywords.length > 0) wordsReady('a match with keywords');
      settle();
      return runMatch(state, profile, Math.max(1, Math.min(50, Math.floor(top))));
    },
    search: (query) => {
      wordsReady('search');
      return runSearch(state, query);
    },
    marketFigures: (seekers = [], occupations) => marketFigures(state, seekers, occupations),
    marketBand: (occupations) => marketBand(state, occupations),
    indexText,
  };
}
