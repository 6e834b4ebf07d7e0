/**
 * Free-text search over the cached jobs: Chinese by bigrams, pinyin and initials through the
 * vocabulary, synonyms through the taxonomy (钟点工 finds 家政服务员 postings), with filters.
 * Ranked by relevance, then by how recently the posting was vouched for; reposts folded and an
 * employer's jobs spread out as recommendations do (variety.ts).
 */
import type { SearchHit, SearchQuery, SearchResult } from '../../contract/match';
import { MAX_PINYIN_LETTERS } from './pinyin';
import { addDuplicate, postingFlags } from './flags';
import { facetWords, parseQuery, type QueryClause } from './query';
import { countDistinct, rankOrder } from './search-rank';
import { foldDuplicates, spreadEmployers, type Folded } from './variety';
import { slotsOf, type EngineState, type Facet } from './state';
import { hanTokens } from './text';
import { dailyWage } from './wage';

/**
 * A clause's result: a dense score per slot (0 = no match) and the matching slots. Dense arrays
 * make max-merging and intersecting clauses a few array reads, with no hashing.
 */
export interface Scores {
  score: Float32Array;
  list: number[];
  /**
   * Facet words (日结) match tens of thousands of postings; enumerating them all for a clause that
   * only narrows another one was half of such a search. They are kept as a rule, checked per slot,
   * and listed only when the clause must drive the search itself.
   */
  facets: { facet: Facet; value: number }[];
}
const quality = { whole: 1, prefix: 0.8, inner: 0.6 } as const;
/** Pinyin letters may spell many words; only the best few are searched so latency stays bounded. */
const MAX_EXPANSIONS = 8;

const emptyScores = (n: number): Scores => ({ score: new Float32Array(n), list: [], facets: [] });

/** A clause's score for one slot, its facet rules included. */
function scoreAt(state: EngineState, e: Scores, s: number): number {
  let x = e.score[s]!;
  for (const f of e.facets)
    if (f.value > x && state.hot.live(s) && state.hot.hasFacet(s, f.facet)) x = f.value;
  return x;
}

/** Lists every slot a clause's facet rules match, so the clause can drive the search. */
function listFacets(state: EngineState, e: Scores): void {
  for (const f of e.facets)
    for (let s = 0; s < state.slots.length; s++)
      if (state.hot.live(s) && state.hot.hasFacet(s, f.facet)) setMax(e, s, f.value);
  e.facets = [];
}

function setMax(into: Scores, slot: number, v: number): void {
  const cur = into.score[slot]!;
  if (cur === 0) into.list.push(slot);
  if (v > cur) into.score[slot] = v;
}

/**
 * Per-slot working arrays of textScores, kept between queries and left zeroed after each: three
 * fresh arrays of 100k per word (eight words for two pinyin letters) made searches wait on the
 * garbage collector.
 */
interface Scratch {
  hits: Uint8Array;
  best: Float32Array;
  sum: Float32Array;
}
const scratches = new WeakMap<EngineState, Scratch>();
function scratchFor(state: EngineState): Scratch {
  const n = state.slots.length;
  let s = scratches.get(state);
  if (!s || s.hits.length < n) {
    const size = Math.max(n, Math.ceil((s?.hits.length ?? 0) * 1.5));
    s = { hits: new Uint8Array(size), best: new Float32Array(size), sum: new Float32Array(size) };
    scratches.set(state, s);
  }
  return s;
}

/**
 * Postings whose text contains the word: at least half its bigrams, scored by field weight. Scores
 * are max-merged into `into` (times `factor`) when given, so the words pinyin letters spell share
 * one result.
 */
export function textScores(
  state: EngineState,
  word: string,
  into: Scores = emptyScores(state.slots.length),
  factor = 1,
): Scores {
  const chars = Array.from(word);
  if (chars.length === 1) {
    for (const id of state.text.expandChar(chars[0]!))
      state.text.forEach(id, (s, w) => setMax(into, s, w * factor));
    return into;
  }
  const toks = [...new Set(hanTokens(word))];
  const ids = toks.map((t) => state.text.idOf(t));
  const need = Math.max(1, Math.ceil(toks.length / 2));
  if (ids.filter((id) => id !== undefined).length < need) return into;
  const { hits, best, sum } = scratchFor(state);
  const touched: number[] = [];
  const seen: number[] = [];
  for (const id of ids) {
    if (id === undefined) continue;
    state.text.forEach(id, (s, w) => {
      if (best[s] === 0) touched.push(s);
      if (w > best[s]!) best[s] = w;
    });
    for (const s of touched) {
      sum[s] = sum[s]! + best[s]!;
      if (hits[s] === 0) seen.push(s);
      hits[s] = hits[s]! + 1;
      best[s] = 0;
    }
    touched.length = 0;
  }
  for (const s of seen) {
    if (hits[s]! >= need) setMax(into, s, (sum[s]! / toks.length) * factor);
    hits[s] = 0;
    sum[s] = 0;
  }
  return into;
}

function bucketScores(into: Scores, bucket: Iterable<number> | undefined, score: number): void {
  if (bucket) for (const s of bucket) setMax(into, s, score);
}

/** A known word: its occupations, district or facet, and its text. */
function termScores(state: EngineState, term: string, into?: Scores, factor = 1): Scores {
  const out = textScores(state, term, into, factor);
  const codes = state.taxonomy.terms.get(term) ?? [];
  // A group name (餐饮) means many trades; a name or synonym (钟点工) means one.
  const occScore = codes.length > 2 ? 2 : 3.5;
  for (const c of codes) bucketScores(out, slotsOf(state.bucketsByOccupation, c), occScore * factor);
  const district = state.districtTerms.get(term);
  if (district !== undefined) bucketScores(out, slotsOf(state.bucketsByDistrict, district), 2 * factor);
  const facet = facetWords[term];
  if (facet) out.facets.push({ facet, value: 1.5 * factor });
  return out;
}

function clauseScores(state: EngineState, c: QueryClause): { scores: Scores; matched: string[] } {
  switch (c.kind) {
    case 'term':
      return { scores: termScores(state, c.text), matched: [c.text] };
    case 'text':
      return { scores: textScores(state, c.text), matched: [c.text] };
    case 'latin': {
      const scores = emptyScores(state.slots.length);
      const own = state.text.idOf(c.text);
      if (own !== undefined) state.text.forEach(own, (s, w) => setMax(scores, s, w));
      const hits =
        c.text.length <= MAX_PINYIN_LETTERS && /^[a-z]+$/.test(c.text)
          ? state.vocab.match(c.text, MAX_EXPANSIONS)
          : [];
      // A word in most postings (长春 for `cc`: every address has it) tells nothing apart; the
      // letters then mean the other words they spell (叉车).
      const telling = hits.filter((h) => !tooCommon(state, h.text));
      const used = telling.length > 0 ? telling : hits;
      for (const h of used) {
        const known =
          state.taxonomy.terms.has(h.text) || state.districtTerms.has(h.text) || h.text in facetWords;
        if (known) termScores(state, h.text, scores, quality[h.quality]);
        else textScores(state, h.text, scores, quality[h.quality]);
      }
      return { scores, matched: used.map((h) => h.text) };
    }
  }
}

/** Whether more than a third of the cached postings hold every bigram of the word. */
function tooCommon(state: EngineState, word: string): boolean {
  let least = Infinity;
  for (const t of hanTokens(word)) {
    const id = state.text.idOf(t);
    least = Math.min(least, id === undefined ? 0 : state.text.postings(id));
  }
  return least > state.live() / 3;
}

/** Filters only the job itself can answer (日结 and pay are on the hot columns). */
const needsJob = (q: SearchQuery) =>
  q.district !== undefined || q.schedule !== undefined || q.occupation !== undefined || q.group !== undefined;

/** The query's own filters (the market rules are checked before, on the hot columns). */
function passesFilters(state: EngineState, slot: number, q: SearchQuery, withJob: boolean): boolean {
  const hot = state.hot;
  if (q.dailySettlement && !hot.settlesDaily(slot)) return false;
  // NaN (a piece rate without stated output) fails any minimum: it cannot show it meets it.
  if (q.minDailyPay !== undefined && !(hot.daily(slot) >= q.minDailyPay)) return false;
  if (!withJob) return true;
  const job = state.slots[slot]!;
  if (q.district !== undefined && job.district !== q.district) return false;
  if (q.schedule !== undefined && job.schedule !== q.schedule) return false;
  if (q.occupation !== undefined && job.occupation !== q.occupation) return false;
  if (q.group !== undefined && state.taxonomy.occupation(job.occupation)?.group !== q.group) return false;
  return true;
}

export function runSearch(state: EngineState, q: SearchQuery): SearchResult {
  const nowMs = state.nowMs();
  const staleMs = state.staleBeforeMs(nowMs);
  const clauses = parseQuery(q.text, state);
  const interpreted: SearchResult['interpreted'] = { clauses: [] };

  // Slots and relevance of every posting that matches all clauses (AND; scores add up).
  const slots: number[] = [];
  const relevance: number[] = [];
  const hot = state.hot;
  const withJob = needsJob(q);
  const consider = (slot: number, r: number) => {
    if (!hot.marketOk(slot, nowMs, staleMs)) return;
    if (passesFilters(state, slot, q, withJob)) {
      slots.push(slot);
      relevance.push(Math.round(r * 10) / 10);
    }
  };
  if (clauses.length > 0) {
    const evaluated = clauses.map((c) => {
      const r = clauseScores(state, c);
      interpreted.clauses.push({ input: c.input, matched: r.matched });
      return r.scores;
    });
    // The clause with the fewest listed postings drives; one with facet rules only if all have them.
    const cost = (e: Scores) => (e.facets.length > 0 ? Infinity : e.list.length);
    evaluated.sort((a, b) => cost(a) - cost(b) || a.list.length - b.list.length);
    const first = evaluated[0]!;
    listFacets(state, first);
    const rest = evaluated.slice(1);
    const visit = (s: number) => {
      let total = first.score[s]!;
      if (total === 0) return;
      for (const e of rest) {
        const x = scoreAt(state, e, s);
        if (x === 0) return;
        total += x;
      }
      consider(s, total);
    };
    // Many matches are visited in slot order: the hot records are then read front to back, not
    // scattered (the order of the list is that of the words and buckets that found them).
    if (first.list.length > state.slots.length / 32) {
      for (let s = 0; s < first.score.length; s++) if (first.score[s] !== 0) visit(s);
    } else for (const s of first.list) visit(s);
  } else if (q.occupation !== undefined)
    for (const s of slotsOf(state.bucketsByOccupation, q.occupation)) consider(s, 0);
  else if (q.group !== undefined) {
    for (const o of state.taxonomy.data.occupations)
      if (o.group === q.group) for (const s of slotsOf(state.bucketsByOccupation, o.code)) consider(s, 0);
  } else if (q.district !== undefined)
    for (const s of slotsOf(state.bucketsByDistrict, q.district)) consider(s, 0);
  else for (let s = 0; s < state.slots.length; s++) consider(s, 0);

  // Variety as recommendations keep it (variety.ts): reposts folded into the best-ranked copy, and
  // an employer once among five in a row; nothing is dropped, so 共N个 is what paging shows.
  const needed = q.offset + q.limit;
  const employerAt = (i: number) => state.slots[slots[i]!]!.employerId;
  let folded: Folded<number> = { kept: [], copies: new Map() };
  let shown: number[] = [];
  rankOrder(state, slots, relevance, needed, (head, all) => {
    const f = foldDuplicates(head, (i) => hot.dupId[slots[i]!]!);
    const spread = spreadEmployers(f.kept, employerAt, needed);
    // Jobs beyond the head could still give the page's employers a turn: look further.
    if (!all && spread.strict < needed) return false;
    folded = f;
    shown = spread.items;
    return true;
  });
  // Only hits on the page are built.
  const page = shown.slice(q.offset, needed).map((i) => {
    const j = state.slots[slots[i]!]!;
    const flags = postingFlags(j, undefined);
    for (const c of folded.copies.get(i) ?? []) addDuplicate(flags, state.slots[slots[c]!]!.id);
    return { id: j.id, hit: { relevance: relevance[i]!, flags } };
  });
  // The documents of the page's postings alone, in one read.
  const docs = state.documents(page.map((p) => p.id));
  const items = page.flatMap(({ hit }, i): SearchHit[] => {
    const job = docs[i];
    return job ? [{ job, relevance: hit.relevance, wage: dailyWage(job.pay), flags: hit.flags }] : [];
  });
  const total = countDistinct(state, slots);
  return { total, items, interpreted };
}
