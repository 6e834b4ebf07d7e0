/**
 * Pinyin search: `baojie`, `bj` and `bjy` find 保洁 / 保洁员. Instead of indexing pinyin for every
 * posting, we keep a vocabulary of the words postings are made of (occupation names and synonyms,
 * titles, districts, employers), match the typed letters against their syllables, and hand the
 * matching Chinese back to the ordinary bigram search.
 */
import { pinyin } from 'pinyin-pro';
import { hanOnly } from './text';

export type PinyinQuality = 'whole' | 'prefix' | 'inner';
export interface PinyinHit {
  /** The Chinese the letters spelled, e.g. 保洁 for `bj` against 保洁员 (prefix) or 写字楼保洁 (inner). */
  text: string;
  term: string;
  quality: PinyinQuality;
}

interface Entry {
  chars: string[];
  syllables: string[];
  refs: number;
}

/** The letters an entry's syllables begin with: a query can only start at one of them. */
const firstLetters = (e: Entry) => new Set(e.syllables.map((s) => s[0]!));

/** Toneless syllables, ü written v as people type it. One per Han character. */
export function syllablesOf(han: string): string[] {
  return pinyin(han, { toneType: 'none', type: 'array', v: true });
}

const initialOf = (s: string) => (/^[zcs]h/.test(s) ? s.slice(0, 2) : s[0]!);

/**
 * End syllable (exclusive) if all of q from p can be typed starting at syllable j: each syllable
 * either in full, or by its initial; the last one may be cut short. Readings that spell more
 * syllables are tried first. -1 if not.
 */
function consume(q: string, p: number, syl: string[], j: number, failed: Set<number>): number {
  if (p === q.length) return j;
  if (j === syl.length) return -1;
  const key = p * 64 + j;
  if (failed.has(key)) return -1;
  const s = syl[j]!;
  if (q.startsWith(s, p)) {
    const r = consume(q, p + s.length, syl, j + 1, failed);
    if (r >= 0) return r;
  }
  const ini = initialOf(s);
  if (ini.length < s.length && q.startsWith(ini, p)) {
    const r = consume(q, p + ini.length, syl, j + 1, failed);
    if (r >= 0) return r;
  }
  if (ini.length === 2 && q[p] === s[0] && s.length > 1) {
    const r = consume(q, p + 1, syl, j + 1, failed);
    if (r >= 0) return r;
  }
  // Last of all, the letters left may be this syllable cut short: `ba` is 保安 typed by initials
  // before it is the start of 保.
  if (s.startsWith(q.slice(p))) return j + 1;
  failed.add(key);
  return -1;
}

/** Longest word a vocabulary entry may be; longer titles are cut (a typed query is short). */
const MAX_SYLLABLES = 16;
/** Letters beyond this cannot be a pinyin word a person typed at a kiosk. */
export const MAX_PINYIN_LETTERS = 40;

export class PinyinVocabulary {
  /** Keyed by the term as written: titles repeat, so most adds are a counter bump, no text work. */
  private entries = new Map<string, Entry>();
  /** First letter of a syllable → entries holding such a syllable: `bj` looks only at words with a b… syllable. */
  private byLetter = new Map<string, Map<string, Entry>>();

  add(term: string): void {
    const e = this.entries.get(term);
    if (e) {
      e.refs++;
      return;
    }
    const han = hanOnly(term).slice(0, MAX_SYLLABLES);
    const entry: Entry = { chars: Array.from(han), syllables: han ? syllablesOf(han) : [], refs: 1 };
    this.entries.set(term, entry);
    for (const l of firstLetters(entry)) {
      let m = this.byLetter.get(l);
      if (!m) this.byLetter.set(l, (m = new Map()));
      m.set(term, entry);
    }
  }

  remove(term: string): void {
    const e = this.entries.get(term);
    if (!e || --e.refs > 0) return;
    this.entries.delete(term);
    for (const l of firstLetters(e)) this.byLetter.get(l)?.delete(term);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Chinese spelled by the letters, best first, at most `limit`. Fewer than two letters match nothing. */
  match(letters: string, limit = 40): PinyinHit[] {
    const q = letters.toLowerCase().replace(/ü/g, 'v');
    if (q.length < 2 || q.length > MAX_PINYIN_LETTERS || !/^[a-z]+$/.test(q)) return [];
    const best = new Map<string, PinyinHit>();
    const rank = { whole: 0, prefix: 1, inner: 2 } as const;
    for (const [term, e] of this.byLetter.get(q[0]!) ?? []) {
      const failed = new Set<number>();
      for (let i = 0; i < e.syllables.length; i++) {
        if (e.syllables[i]![0] !== q[0]) continue;
        const end = consume(q, 0, e.syllables, i, failed);
        if (end < 0) continue;
        const quality: PinyinQuality = i === 0 ? (end === e.syllables.length ? 'whole' : 'prefix') : 'inner';
        const text = e.chars.slice(i, end).join('');
        const prev = best.get(text);
        if (!prev || rank[quality] < rank[prev.quality]) best.set(text, { text, term, quality });
        break;
      }
    }
    const hits = [...best.values()];
    // Letters that spell whole words (`ba`: 保安) mean those words; one character they merely begin
    // (保, 办, 包 …) would match half the board.
    const words = hits.filter((h) => h.text.length > 1);
    return (words.length > 0 ? words : hits)
      .sort(
        (a, b) =>
          rank[a.quality] - rank[b.quality] || a.text.length - b.text.length || a.text.localeCompare(b.text),
      )
      .slice(0, limit);
  }
}
