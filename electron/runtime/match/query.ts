/**
 * Reads what someone typed or said into clauses: known words (occupations, synonyms, districts,
 * 日结), leftover Chinese text, and Latin letters (pinyin or a code like C1). Sentences such as
 * 我想找个保洁的工作 lose their filler words through Intl.Segmenter.
 */
import type { EngineState, Facet } from './state';
import { runs } from './text';

export type QueryClause =
  | { kind: 'term'; text: string; input: string }
  | { kind: 'text'; text: string; input: string }
  | { kind: 'latin'; text: string; input: string };

/** Words that select postings by how they are paid or how long they last, not by their text. */
export const facetWords: Record<string, Facet> = { 日结: 'daily', 当天结: 'daily', 短期: 'short', 临时: 'short', 长期: 'long' };

/** Words that carry no search meaning in a request for work. */
const filler = new Set([
  '我', '想', '要', '找', '个', '一个', '一份', '份', '的', '了', '吗', '呢', '啊', '吧', '有', '没有', '有没有', '工作', '活', '活儿',
  '干', '做', '在', '附近', '哪里', '哪儿', '什么', '招', '招聘', '求职', '请问', '帮', '帮我', '能', '可以', '我想', '找个', '想找',
  '给', '和', '或', '与', '及', '岗位', '职位', '上班', '一下', '看看', '这', '那', '这个', '那个', '是', '不', '也', '都', '就',
]);

/** Kiosk queries are short; more clauses than this are noise, and each costs a pass over postings. */
const MAX_CLAUSES = 6;
let segmenter: Intl.Segmenter | undefined;

function knownWords(state: EngineState): { has(w: string): boolean; maxLen: number } {
  const has = (w: string) => state.taxonomy.terms.has(w) || state.districtTerms.has(w) || w in facetWords;
  return { has, maxLen: 10 };
}

function splitHan(run: string, state: EngineState, out: QueryClause[]): void {
  const chars = Array.from(run);
  const known = knownWords(state);
  let rest = '';
  const flushRest = () => {
    if (!rest) return;
    segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
    // Consecutive non-filler segments form one word again (the segmenter splits 保洁 into 保|洁).
    let word = '';
    for (const { segment } of segmenter.segment(rest)) {
      if (filler.has(segment)) {
        if (word) out.push({ kind: 'text', text: word, input: word });
        word = '';
      } else word += segment;
    }
    if (word) out.push({ kind: 'text', text: word, input: word });
    rest = '';
  };
  for (let i = 0; i < chars.length; ) {
    let len = Math.min(known.maxLen, chars.length - i);
    for (; len >= 2; len--) if (known.has(chars.slice(i, i + len).join(''))) break;
    if (len >= 2) {
      flushRest();
      const w = chars.slice(i, i + len).join('');
      out.push({ kind: 'term', text: w, input: w });
      i += len;
    } else rest += chars[i++];
  }
  flushRest();
}

export function parseQuery(text: string, state: EngineState): QueryClause[] {
  const out: QueryClause[] = [];
  for (const r of runs(text)) {
    if (r.kind === 'han') splitHan(r.text, state, out);
    else if (r.text.length >= 2 || /\d/.test(r.text)) out.push({ kind: 'latin', text: r.text, input: r.text });
    if (out.length >= MAX_CLAUSES) break;
  }
  // The same word twice adds nothing but cost.
  const seen = new Set<string>();
  return out.filter((c) => !seen.has(c.kind + c.text) && seen.add(c.kind + c.text)).slice(0, MAX_CLAUSES);
}
