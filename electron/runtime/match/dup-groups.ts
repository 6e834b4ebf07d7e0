/**
 * Near-duplicate groups: postings with the same dupKeyOf (normalised title, trade, workplace
 * address, pay) share a number. The engine numbers every posting it sees. Keeping 100k key strings
 * in a Map cost a start-up build about a fifth of its time (building, hashing and keeping the
 * strings), so a key is kept as two independent 32-bit hashes in an open-addressing table of typed
 * arrays, which the garbage collector never walks. Two different keys are taken for one only if
 * both hashes agree: for 100k distinct postings, under one chance in a billion.
 */
import type { Job } from '../../schema/job';
import { normTitle } from './indexed-job';

/** ECMAScript white space and line terminators: what `\s` removes from the address in dupKeyOf. */
const isSpace = (c: number) =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

// Two hashes fed the same code units: FNV-1a, and a multiply-shift mix with another seed. Plain
// functions over locals: kept in an object's fields, every step stored a boxed number. A key's
// title and trade enter as their own (cached) hashes, the address and the pay unit by unit.
const SEED_A = 0x811c9dc5 | 0;
const SEED_B = 0x9747b28c | 0;
/** A unit no text holds, after each part, so that ("ab", "c") and ("a", "bc") differ. */
const SEPARATOR = 0x10000;

const stepA = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
function stepB(h: number, c: number): number {
  h = Math.imul(h ^ c, 0x5bd1e995);
  return h ^ (h >>> 15);
}

/** Feeds a text to both hashes (pair[0], pair[1]) in one pass, then a separator. */
const pair = new Int32Array(2);
function feedText(s: string, skipSpace: boolean): void {
  let a = pair[0]!;
  let b = pair[1]!;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (skipSpace && isSpace(c)) continue;
    a = stepA(a, c);
    b = stepB(b, c);
  }
  pair[0] = stepA(a, SEPARATOR);
  pair[1] = stepB(b, SEPARATOR);
}
function feed(c: number): void {
  pair[0] = stepA(pair[0]!, c);
  pair[1] = stepB(pair[1]!, c);
}

/** Titles and trades repeat: each one's two hashes are worked out once (titles normalised first). */
const titleHashes = new Map<string, Int32Array>();
const tradeHashes = new Map<string, Int32Array>();
const same = (s: string) => s;
function partHash(cache: Map<string, Int32Array>, s: string, norm: (s: string) => string): Int32Array {
  let h = cache.get(s);
  if (!h) {
    const n = norm(s);
    pair[0] = SEED_A;
    pair[1] = SEED_B;
    feedText(n, false);
    h = Int32Array.of(fmix(pair[0]!), fmix(pair[1]!));
    if (cache.size >= 100_000) cache.clear();
    cache.set(s, h);
  }
  return h;
}

const view = new Float64Array(1);
const words = new Uint32Array(view.buffer);

/** Final avalanche (murmur3's fmix32), so that the table's low bits depend on every unit. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

export class DuplicateGroups {
  private hashA = new Int32Array(1 << 10);
  private hashB = new Int32Array(1 << 10);
  /** Group number + 1; 0 marks a free cell. */
  private ids = new Int32Array(1 << 10);
  private count = 0;

  /** The group of a posting whose comparable daily pay is `daily`; a new number for a key not seen before. */
  groupOf(job: Job, daily: number | null): number {
    const title = partHash(titleHashes, job.title, normTitle);
    const trade = partHash(tradeHashes, job.occupation, same);
    pair[0] = SEED_A;
    pair[1] = SEED_B;
    feed(title[0]!);
    feed(title[1]!);
    feed(trade[0]!);
    feed(trade[1]!);
    feedText(job.address, true);
    // The pay as dupKeyOf writes it: a piece rate's own figure, else 元/天 to the nearest 10.
    // (+ 0: -0 and 0 print alike there.)
    view[0] = (daily === null ? job.pay.amount : Math.round(daily / 10)) + 0;
    feed(daily === null ? 1 : 2);
    feed(words[0]!);
    feed(words[1]!);
    return this.intern(fmix(pair[0]!), fmix(pair[1]!));
  }

  get size(): number {
    return this.count;
  }

  private intern(a: number, b: number): number {
    const mask = this.ids.length - 1;
    for (let i = a & mask; ; i = (i + 1) & mask) {
      const id = this.ids[i]!;
      if (id === 0) {
        this.hashA[i] = a;
        this.hashB[i] = b;
        this.ids[i] = ++this.count;
        if (this.count * 2 > this.ids.length) this.grow();
        return this.count - 1;
      }
      if (this.hashA[i] === a && this.hashB[i] === b) return id - 1;
    }
  }

  private grow(): void {
    const { hashA, hashB, ids } = this;
    const size = ids.length * 2;
    this.hashA = new Int32Array(size);
    this.hashB = new Int32Array(size);
    this.ids = new Int32Array(size);
    const mask = size - 1;
    for (let k = 0; k < ids.length; k++) {
      if (ids[k] === 0) continue;
      let i = hashA[k]! & mask;
      while (this.ids[i] !== 0) i = (i + 1) & mask;
      this.hashA[i] = hashA[k]!;
      this.hashB[i] = hashB[k]!;
      this.ids[i] = ids[k]!;
    }
  }
}
