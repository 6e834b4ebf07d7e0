/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (digits and capitals
 * without I, O, S, V, Z): registration authority, entity type, 6-digit administrative division, the
 * 9-character organisation code, and a check character over the first 17. Pure, no I/O.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type UsccProblem = 'length' | 'characters' | 'division' | 'check';

export type UsccCheck = { ok: true; code: string } | { ok: false; problem: UsccProblem };

/** The check character GB 32100 puts in position 18, for the first 17 characters. */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17[i] ?? '');
    if (v < 0) throw new Error('not a GB 32100 character');
    sum += v * WEIGHTS[i]!;
  }
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/**
 * Checks a code as typed: spaces dropped and letters upper-cased first (people read it off a
 * licence in groups), then length, alphabet, a numeric division and the check character.
 */
export function checkUscc(input: string): UsccCheck {
  const code = input.replace(/\s+/g, '').toUpperCase();
  if (code.length !== 18) return { ok: false, problem: 'length' };
  if (![...code].every((c) => ALPHABET.includes(c))) return { ok: false, problem: 'characters' };
  if (!/^\d{6}$/.test(code.slice(2, 8))) return { ok: false, problem: 'division' };
  if (usccCheckCharacter(code.slice(0, 17)) !== code[17]) return { ok: false, problem: 'check' };
  return { ok: true, code };
}

export const usccProblemZh: Record<UsccProblem, string> = {
  length: '统一社会信用代码应为18位',
  characters: '统一社会信用代码只含数字和大写字母（不含 I、O、S、V、Z）',
  division: '统一社会信用代码第3–8位应为行政区划代码（6位数字）',
  check: '统一社会信用代码校验位不对，请核对营业执照',
};
