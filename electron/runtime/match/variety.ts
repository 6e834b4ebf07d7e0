/**
 * Variety: the one rule for what a list of jobs shows in turn, kept by recommendations
 * (match.ts) and by search and browse (search.ts) alike.
 *
 * - Near-duplicates (one dup group, dup-groups.ts: same title, trade, address and pay) are one
 *   result: the best-ranked copy stands for the others, which its `duplicates` flag names.
 * - An employer is shown at most once among any EMPLOYER_RUN results in a row: a job whose
 *   employer was shown among the last four waits, and the best-ranked job of another employer
 *   goes first. The five recommendations are one such run: one job per employer.
 *
 * A shortlist (recommendations) ends where the rule could not be kept; a list one pages through
 * (search, browse) drops nothing: when every employer with a job left was shown among the last
 * four, the one shown longest ago goes next, so its jobs follow each other only at the end.
 */

/** An employer at most once among this many results in a row. */
export const EMPLOYER_RUN = 5;

export interface Folded<T> {
  /** One per dup group, in the order given: the best-ranked copy. */
  kept: T[];
  /** The other copies of a kept item's group, best-ranked first (none: absent). */
  copies: Map<T, T[]>;
}

/** Folds near-duplicates of an already ranked list (best first). */
export function foldDuplicates<T>(ranked: readonly T[], groupOf: (t: T) => number): Folded<T> {
  const first = new Map<number, T>();
  const kept: T[] = [];
  const copies = new Map<T, T[]>();
  for (const t of ranked) {
    const g = groupOf(t);
    const head = first.get(g);
    if (head === undefined) {
      first.set(g, t);
      kept.push(t);
    } else {
      const list = copies.get(head);
      if (list) list.push(t);
      else copies.set(head, [t]);
    }
  }
  return { kept, copies };
}

export interface Spread<T> {
  /** Up to `count` items in the order they are shown. */
  items: T[];
  /** How many of the first items keep the rule without exception (a shortlist shows only these). */
  strict: number;
}

/**
 * The order of `ranked` (best first, duplicates already folded) under the employer rule, up to
 * `count` items. Linear in the items looked at: only the employer whose turn comes back (shown
 * EMPLOYER_RUN places ago) can become free to be shown again at each place.
 */
export function spreadEmployers<T>(
  ranked: readonly T[],
  employerOf: (t: T) => string,
  count: number,
): Spread<T> {
  const items: T[] = [];
  const shown: string[] = [];
  /** Place each employer was last shown at. */
  const last = new Map<string, number>();
  /** Indexes into ranked held back, per employer, best-ranked first (a queue read from `from`). */
  const waiting = new Map<string, { list: number[]; from: number }>();
  /** Employers free again with jobs held back: those rank before any job not yet looked at. */
  const ready: string[] = [];
  const headOf = (e: string) => {
    const q = waiting.get(e)!;
    return q.list[q.from]!;
  };
  const take = (e: string): T => {
    const q = waiting.get(e)!;
    const i = q.list[q.from++]!;
    if (q.from === q.list.length) waiting.delete(e);
    return ranked[i]!;
  };
  let strict = -1;
  let next = 0;
  while (items.length < count) {
    const place = items.length;
    // Only the employer shown EMPLOYER_RUN places ago can have become free.
    if (place >= EMPLOYER_RUN) {
      const back = shown[place - EMPLOYER_RUN]!;
      if (last.get(back) === place - EMPLOYER_RUN && waiting.has(back)) ready.push(back);
    }
    let pick: T | undefined;
    let employer: string | undefined;
    if (ready.length > 0) {
      let best = 0;
      for (let i = 1; i < ready.length; i++) if (headOf(ready[i]!) < headOf(ready[best]!)) best = i;
      employer = ready[best]!;
      ready.splice(best, 1);
      pick = take(employer);
    } else
      while (next < ranked.length) {
        const i = next++;
        const e = employerOf(ranked[i]!);
        const l = last.get(e);
        if (l === undefined || l <= place - EMPLOYER_RUN) {
          pick = ranked[i]!;
          employer = e;
          break;
        }
        const q = waiting.get(e);
        if (q) q.list.push(i);
        else waiting.set(e, { list: [i], from: 0 });
      }
    if (pick === undefined) {
      // Every employer with a job left was shown among the last few: the one shown longest ago.
      for (const e of waiting.keys())
        if (employer === undefined || last.get(e)! < last.get(employer)!) employer = e;
      if (employer === undefined) break;
      if (strict < 0) strict = place;
      pick = take(employer);
    }
    items.push(pick);
    shown.push(employer!);
    last.set(employer!, place);
  }
  return { items, strict: strict < 0 ? items.length : strict };
}
