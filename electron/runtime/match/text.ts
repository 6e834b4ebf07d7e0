/**
 * Text to index tokens. Chinese has no spaces and sql.js has no tokenizer for it, so text is cut
 * into character bigrams (the robust recall net); a lone Han character stays a token of its own;
 * Latin and digit runs (C1, CNC, 24h) stay whole words.
 */

export const normalise = (s: string) => s.normalize('NFKC').toLowerCase();

export type Run = { kind: 'han' | 'latin'; text: string };

const runPattern = /(\p{Script=Han}+)|([a-z0-9ü]+)/gu;

/** Han and Latin/digit runs of normalised text; everything else (punctuation, emoji, spaces) separates. */
export function runs(text: string): Run[] {
  const out: Run[] = [];
  for (const m of normalise(text).matchAll(runPattern)) {
    if (m[1] !== undefined) out.push({ kind: 'han', text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: 'latin', text: m[2] });
  }
  return out;
}

export function hanTokens(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** Distinct tokens of a text, as indexed. */
export function tokens(text: string, limit = 400): Set<string> {
  const out = new Set<string>();
  for (const r of runs(text)) {
    if (r.kind === 'latin') out.add(r.text);
    else for (const t of hanTokens(r.text)) out.add(t);
    if (out.size >= limit) break;
  }
  return out;
}

/** Only the Han characters of a term (the part pinyin can be typed for). */
export const hanOnly = (s: string) => Array.from(normalise(s).matchAll(/\p{Script=Han}/gu), (m) => m[0]).join('');
