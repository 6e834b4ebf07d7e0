/**
 * Inverted index from tokens to job slots. Tokens are interned to small integers and postings kept
 * in typed arrays (4 bytes each), so 100k jobs fit comfortably; updated in place on upsert/remove.
 */
import { tokens } from './text';

/** Fields a token can come from; a hit in the title counts more than one in the description. */
export const fieldNames = ['title', 'employer', 'place', 'description'] as const;
export type Field = (typeof fieldNames)[number];
export const fieldWeight: readonly number[] = [3, 2, 2, 1];
const FIELDS = fieldNames.length;

/**
 * Slots holding a token, ascending. Kept sorted so that removing a job (an update that changes its
 * words) is a binary search and one native move, not a walk through 100k postings of 长春; and so
 * that searches read the hot records front to back.
 */
class PostingList {
  ids = new Int32Array(4);
  n = 0;
  add(id: number): void {
    if (this.n === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    // A bulk build hands out slots in rising order: appending is the common case.
    if (this.n === 0 || this.ids[this.n - 1]! < id) {
      this.ids[this.n++] = id;
      return;
    }
    const at = this.lowerBound(id);
    if (this.ids[at] === id && at < this.n) return;
    this.ids.copyWithin(at + 1, at, this.n);
    this.ids[at] = id;
    this.n++;
  }
  remove(id: number): void {
    const at = this.lowerBound(id);
    if (at >= this.n || this.ids[at] !== id) return;
    this.ids.copyWithin(at, at + 1, this.n);
    this.n--;
  }
  /** First position whose slot is not below `id`. */
  private lowerBound(id: number): number {
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ids[mid]! < id) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Token ids of each field of one job, in fieldNames order. */
export type FieldTokenIds = readonly Int32Array[];

/** Titles, employers and descriptions repeat across postings: tokenise each distinct text once. */
const CACHE_LIMIT = 200_000;

export class TextIndex {
  private ids = new Map<string, number>();
  private lists: (PostingList | undefined)[] = [];
  /** Han character → ids of bigram tokens containing it, so a one-character query finds 洁 in 保洁. */
  private charTokens = new Map<string, Set<number>>();
  private cache = new Map<string, Int32Array>();

  /** Interned token ids of a text; unknown tokens are created. */
  tokenize(text: string): Int32Array {
    const hit = this.cache.get(text);
    if (hit) return hit;
    const out: number[] = [];
    for (const t of tokens(text)) {
      let id = this.ids.get(t);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(t, id);
        if (t.length === 2 && !/[a-z0-9]/.test(t))
          for (const c of t) {
            let set = this.charTokens.get(c);
            if (!set) this.charTokens.set(c, (set = new Set()));
            set.add(id);
          }
      }
      out.push(id);
    }
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    const arr = Int32Array.from(out);
    this.cache.set(text, arr);
    return arr;
  }

  add(slot: number, fieldTokens: FieldTokenIds): void {
    for (let f = 0; f < FIELDS; f++) {
      const toks = fieldTokens[f]!;
      for (let i = 0; i < toks.length; i++) {
        const k = toks[i]! * FIELDS + f;
        (this.lists[k] ??= new PostingList()).add(slot);
      }
    }
  }

  remove(slot: number, fieldTokens: FieldTokenIds): void {
    for (let f = 0; f < FIELDS; f++) {
      const toks = fieldTokens[f]!;
      for (let i = 0; i < toks.length; i++) this.lists[toks[i]! * FIELDS + f]?.remove(slot);
    }
  }

  /** A job's words changed: only the tokens it gained or lost change postings (most stay, 长春 among them). */
  update(slot: number, before: FieldTokenIds, after: FieldTokenIds): void {
    for (let f = 0; f < FIELDS; f++) {
      const was = new Set(before[f]);
      const now = new Set(after[f]);
      for (const t of was) if (!now.has(t)) this.lists[t * FIELDS + f]?.remove(slot);
      for (const t of now) if (!was.has(t)) (this.lists[t * FIELDS + f] ??= new PostingList()).add(slot);
    }
  }

  /** Postings of a token over all fields: at least the number of jobs holding it (a job may hold it twice). */
  postings(id: number): number {
    let n = 0;
    for (let f = 0; f < FIELDS; f++) n += this.lists[id * FIELDS + f]?.n ?? 0;
    return n;
  }

  idOf(token: string): number | undefined {
    return this.ids.get(token);
  }

  /** Calls visit(slot, weight) for every posting of a token id in any field. */
  forEach(id: number, visit: (slot: number, weight: number) => void): void {
    for (let f = 0; f < FIELDS; f++) {
      const list = this.lists[id * FIELDS + f];
      if (!list) continue;
      const w = fieldWeight[f]!;
      const ids = list.ids;
      for (let i = 0; i < list.n; i++) visit(ids[i]!, w);
    }
  }

  /** Token ids a single Han character stands for: itself and every indexed bigram containing it. */
  expandChar(c: string): number[] {
    const own = this.ids.get(c);
    return [...(own !== undefined ? [own] : []), ...(this.charTokens.get(c) ?? [])];
  }

  get tokenCount(): number {
    return this.ids.size;
  }
}
