/**
 * The matching and search engine: an in-memory index of the cached jobs, built at start-up and
 * kept current one upsert or removal at a time as sync delivers changes. Plain Node, no Electron.
 */
import debug from 'debug';
import type { Job } from '../../schema/job';
import { createCertificateBook } from './certificates';
import { districtCentres } from './geo';
import { indexJob, type IndexedJob } from './indexed-job';
import { marketFigures, type MarketFigures, type SeekerExpectation } from './market';
import { runMatch, type MatchResult } from './match';
import { PinyinVocabulary } from './pinyin';
import { TextIndex, type FieldTokenIds } from './search-index';
import { runSearch, type SearchQuery, type SearchResult } from './search';
import type { EngineState, Facet } from './state';
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

const facetsOf = (job: Job): Facet[] => [
  ...(job.settlement === 'daily' || job.schedule === 'day' ? (['daily'] as const) : []),
  ...(job.schedule === 'short' ? (['short'] as const) : []),
  ...(job.schedule === 'long' ? (['long'] as const) : []),
];

function addTo<K>(map: Map<K, Set<number>>, key: K, slot: number): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(slot);
}
function deleteFrom<K>(map: Map<K, Set<number>>, key: K, slot: number): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(slot);
  if (set.size === 0) map.delete(key);
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
    byOccupation: new Map(),
    byDistrict: new Map(),
    byFacet: new Map(),
    text: new TextIndex(),
    vocab,
    districtTerms,
    employerRecord: options.employerRecord ?? (() => undefined),
    nowMs: () => now().getTime(),
    staleBeforeMs: (nowMs) => nowMs - staleDays * DAY,
  };
  const byId = new Map<string, number>();
  const free: number[] = [];
  // Grows with every distinct posting ever seen; a few bytes each, reset only by a restart.
  const dupIds = new Map<string, number>();

  const unindex = (j: IndexedJob) => {
    const job = j.job;
    state.text.remove(j.slot, fieldTokens(state.text, job));
    deleteFrom(state.byOccupation, job.occupation, j.slot);
    deleteFrom(state.byDistrict, job.district, j.slot);
    for (const f of facetsOf(job)) deleteFrom(state.byFacet, f, j.slot);
    vocab.remove(job.title);
    vocab.remove(job.employer.name);
    state.slots[j.slot] = undefined;
    free.push(j.slot);
    byId.delete(job.id);
  };

  const upsert = (job: Job) => {
    const old = byId.get(job.id);
    if (old !== undefined) unindex(state.slots[old]!);
    const slot = free.pop() ?? state.slots.length;
    const j = indexJob(job, slot, state.certs);
    j.dupId = dupIds.get(j.dupKey) ?? dupIds.set(j.dupKey, dupIds.size).size - 1;
    state.slots[slot] = j;
    byId.set(job.id, slot);
    state.text.add(slot, fieldTokens(state.text, job));
    addTo(state.byOccupation, job.occupation, slot);
    addTo(state.byDistrict, job.district, slot);
    for (const f of facetsOf(job)) addTo(state.byFacet, f, slot);
    if (!districtTerms.has(job.district)) addDistrict(job.district);
    vocab.add(job.title);
    vocab.add(job.employer.name);
  };

  const started = performance.now();
  let loaded = 0;
  for (const job of options.jobs ?? []) {
    upsert(job);
    loaded++;
  }
  if (loaded) log('indexed %d jobs in %d ms (%d tokens, %d pinyin words)', loaded, Math.round(performance.now() - started), state.text.tokenCount, vocab.size);

  return {
    upsert,
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
