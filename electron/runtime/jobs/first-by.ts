/**
 * The first `k` items by `compare`, in order. A board or a page shows tens of postings drawn from
 * tens of thousands: the head is kept sorted as the items stream past, and most are turned away
 * by one comparison with its last, where sorting them all would cost a sort of the whole cache.
 */
export function firstBy<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  // A head near the size of the list gains nothing over a sort.
  if (k * 8 >= items.length) return [...items].sort(compare).slice(0, k);
  const head: T[] = [];
  for (const x of items) {
    if (head.length === k && compare(x, head[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = head.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(head[mid]!, x) <= 0) lo = mid + 1;
      else hi = mid;
    }
    head.splice(lo, 0, x);
    if (head.length > k) head.pop();
  }
  return head;
}
