import { z } from 'zod';

/**
 * The one rule for text a person types and the station stores: names, phones, labels, notes. Every
 * contract and sync payload builds its text fields from here, so a value refused at one door is
 * refused at all of them.
 */

// Bidi embeddings, overrides and isolates, LRM/RLM and the Arabic letter mark: they reorder what a
// screen or a spreadsheet shows (a name that reads backwards, a phone whose digits swap places).
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
// Half of a surrogate pair: not a character at all; databases, XML (xlsx) and fonts each mangle it.
const LONE_SURROGATE = /\p{Cs}/u;
// C0, DEL and C1 controls and the Unicode line separators; multi-line text keeps tab and line breaks.
// eslint-disable-next-line no-control-regex
const CONTROL_SINGLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
// eslint-disable-next-line no-control-regex
const CONTROL_MULTI = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
// Other invisible format characters (zero-width space, word joiner, soft hyphen, BOM, interlinear
// annotation): they make two different strings look alike. ZWNJ/ZWJ stay: scripts and emoji need them.
const INVISIBLE = /(?![\u200c\u200d])\p{Cf}/u;

/** What is wrong with a piece of text, in words staff understand, or null when nothing is. */
export function textProblem(s: string, label: string, multiline = false): string | null {
  if (LONE_SURROGATE.test(s)) return `${label}含有无法显示的残缺字符`;
  if (BIDI.test(s)) return `${label}含有改变文字方向的隐藏字符`;
  if ((multiline ? CONTROL_MULTI : CONTROL_SINGLE).test(s)) return `${label}含有控制字符`;
  if (INVISIBLE.test(s)) return `${label}含有看不见的格式字符`;
  return null;
}

export interface TextOptions {
  /** At least this many characters once trimmed; 1 means "required". Default 0. */
  min?: number;
  /** Keeps tabs and line breaks (notes, an introduction). Default false. */
  multiline?: boolean;
}

/** Free text of at most `max` characters, trimmed; `label` names the field in the error. */
export const plainText = (max: number, label = '内容', { min = 0, multiline = false }: TextOptions = {}) =>
  z
    .string({ error: `${label}要填文字` })
    .trim()
    .min(min, { error: (i) => (i.input === '' ? `请填写${label}` : `${label}至少${min}字`) })
    .max(max, `${label}最多${max}字`)
    .superRefine((s, ctx) => {
      const problem = textProblem(s, label, multiline);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

// Letters of any script (a rare character a card stores in the private use area included), 〇 and
// Roman numerals, combining marks after the first letter, and the separators names use: a space,
// the middle dot of minority and foreign names (阿卜杜拉·买买提), and the English name's comma,
// full stop, hyphen and apostrophe (TESTER, ALICE; O'NEIL). Starting with a letter also keeps
// `=`, `+`, `-` and `@` out of the first place of a spreadsheet cell.
const NAME = /^[\p{L}\p{Nl}\p{Co}][\p{L}\p{M}\p{Nl}\p{Co} ·•・.,，'’-]*$/u;

/** A person's name as on their ID card or as staff type it. */
export const personName = (max = 40, label = '姓名') =>
  plainText(max, label, { min: 1 }).refine(
    (s) => textProblem(s, label) !== null || NAME.test(s),
    `${label}只能由文字组成（可含空格和 · , . - ' 这几个符号），并以文字开头`,
  );

// A mainland mobile (13x–19x), or a landline with its area code (0431-88886666, 010 8888 6666, an
// extension after a dash or 转), or a 400/800 service number an employer gives as its contact.
const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(?:(?:-|转)\d{1,6})?$/;
const SERVICE = /^[48]00-?\d{3}-?\d{4}$/;

export const phoneMessage = '电话号码应为11位手机号（如 13900001111），或带区号的座机（如 0431-88886666）';

/** Spaces inside and a +86 / 0086 country prefix are dropped, so the stored number is one shape. */
const normalisePhone = (s: string) => s.replace(/[\s\u3000]+/g, '').replace(/^(?:\+86|0086)(?=1\d{10}$)/, '');

export const isPhoneNumber = (s: string) => MOBILE.test(s) || LANDLINE.test(s) || SERVICE.test(s);

const phone = (allowEmpty: boolean) =>
  z
    .string({ error: phoneMessage })
    .trim()
    .max(40, phoneMessage)
    .overwrite(normalisePhone)
    .refine((s) => (allowEmpty && s === '') || isPhoneNumber(s), phoneMessage);

/** A telephone number someone can be called on; stored normalised. */
export const phoneNumber = () => phone(false);

/** A phone field where an empty value means "none" (clears it on an edit). */
export const phoneOrEmpty = () => phone(true);
