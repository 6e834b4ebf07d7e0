/**
 * Ranking of search results: relevance, then how recently a posting was vouched for, then id.
 * Only the head a page needs is sorted.
 */
import type { EngineState } from './state';

/** Sort key: relevance first, then how recently the posting was vouched for (ms fit below 1e13). */
const rankKey = (relevance: number, vouchedMs: number) => Math.round(relevance * 10) * 1e13 + vouchedMs;

/**
 * Indexes into slots in rank order, a head of them long enough for `fills` (told whether the head
 * holds every match) to accept it. Sorting every match of a broad query (or a browse of 100k
 * postings) is the slow part, so only the head is sorted: a threshold is selected from the keys in
 * linear time, and relaxed while `fills` refuses (duplicates folded or one employer's jobs held back
 * leave the page short).
 * Thousands of postings can share the threshold's key (all vouched for this morning): of those, only
 * the first by id that the head needs are picked out, without sorting them all.
 */
export function rankOrder(
  state: EngineState,
  slots: number[],
  relevance: number[],
  needed: number,
  fills: (head: number[], all: boolean) => boolean,
): number[] {
  const keys = new Float64Array(slots.length);
  const hot = state.hot;
  const idAt = (i: number) => state.slots[slots[i]!]!.id;
  for (let i = 0; i < slots.length; i++) keys[i] = rankKey(relevance[i]!, hot.vouchedMs[slots[i]!]!);
  for (let want = Math.max(needed * 4, 64); ; want *= 4) {
    const all = want >= keys.length;
    const threshold = all ? -Infinity : kthLargest(keys, want);
    const head: number[] = [];
    const ties: number[] = [];
    for (let i = 0; i < keys.length; i++)
      if (keys[i]! > threshold) head.push(i);
      else if (keys[i] === threshold) ties.push(i);
    const ids = new Map<number, string>();
    for (const i of ties) ids.set(i, idAt(i));
    const byId = (a: number, b: number) => (ids.get(a)! < ids.get(b)! ? -1 : 1);
    head.push(...firstBy(ties, want - head.length, byId));
    head.sort((a, b) => keys[b]! - keys[a]! || (idAt(a) < idAt(b) ? -1 : 1));
    if (fills(head, all) || all) return head;
  }
}

type Numbers = { length: number; [i: number]: number };

/**
 * Reorders `a` so that its first k items are the k first by `compare` (in no particular order), by
 * quickselect: linear on average.
 */
function partitionFirst(a: Numbers, k: number, compare: (x: number, y: number) => number): void {
  const target = k - 1;
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (compare(a[i]!, pivot) < 0) i++;
      while (compare(pivot, a[j]!) < 0) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
}

/** The first k items by `compare`, in no particular order. */
function firstBy(items: number[], k: number, compare: (a: number, b: number) => number): number[] {
  if (k >= items.length) return items;
  if (k <= 0) return [];
  const a = [...items];
  partitionFirst(a, k, compare);
  return a.slice(0, k);
}

/**
 * The k-th largest value (1-based), by quickselect on a copy: partitionFirst's loop on the typed
 * array with plain `<`, as it runs over every match of a broad search or a browse.
 */
function kthLargest(values: Float64Array, k: number): number {
  const a = values.slice();
  const target = a.length - k;
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return a[target]!;
}

/** Results after folding near-duplicates. */
export function countDistinct(state: EngineState, slots: number[]): number {
  const dup = state.hot.dupId;
  let max = -1;
  for (const s of slots) max = Math.max(max, dup[s]!);
  const seen = new Uint8Array(max + 1);
  let n = 0;
  for (const s of slots) {
    const d = dup[s]!;
    if (seen[d] === 0) {
      seen[d] = 1;
      n++;
    }
  }
  return n;
}
