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

class PostingList {
  ids = new Int32Array(4);
  n = 0;
  add(id: number): void {
    if (this.n === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.n++] = id;
  }
  remove(id: number): void {
    // Order does not matter to scoring, so the last posting fills the hole.
    for (let i = 0; i < this.n; i++)
      if (this.ids[i] === id) {
        this.ids[i] = this.ids[--this.n]!;
        return;
      }
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
