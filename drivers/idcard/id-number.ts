/** GB 11643-1999 citizen identity numbers (reference §4): structure, birth date, MOD 11-2 check, sex parity. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The check character for the first 17 digits. */
export function checkCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('an ID number body is 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

export function hasValidChecksum(id: string): boolean {
  return /^\d{17}[\dX]$/.test(id) && checkCharacter(id.slice(0, 17)) === id[17];
}

/** Cards store an uppercase X; people typing may not. */
export const normaliseIdNumber = (id: string): string => id.trim().toUpperCase();

/** A calendar-valid YYYYMMDD not after `today` (YYYYMMDD). */
export function isValidDate(yyyymmdd: string, today?: string): boolean {
  if (!/^\d{8}$/.test(yyyymmdd)) return false;
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1800 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
  return today === undefined || yyyymmdd <= today;
}

export interface IdNumberCheck {
  /** 18 characters, 17 digits then a digit or X. */
  structure: boolean;
  /** Digits 7–14 form a real date, not in the future. */
  date: boolean;
  /** MOD 11-2 check character matches. */
  checksum: boolean;
  /** Digit 17: odd for men, even for women. Undefined when the structure is wrong. */
  sex?: 'male' | 'female';
  /** Digits 7–14, when the structure is right. */
  birth?: string;
}

export function checkIdNumber(raw: string, today?: string): IdNumberCheck {
  const id = normaliseIdNumber(raw);
  const structure = /^\d{17}[\dX]$/.test(id);
  if (!structure) return { structure, date: false, checksum: false };
  const birth = id.slice(6, 14);
  return {
    structure,
    date: isValidDate(birth, today),
    checksum: hasValidChecksum(id),
    sex: Number(id[16]) % 2 === 1 ? 'male' : 'female',
    birth,
  };
}

/** Everything a kiosk checks on an 18-digit number alone. */
export const isValidIdNumber = (raw: string, today?: string): boolean => {
  const c = checkIdNumber(raw, today);
  return c.structure && c.date && c.checksum;
};

export type LegacyConversion = { ok: true; value: string } | { ok: false; error: string };

/**
 * First-generation cards carried 15 digits (2-digit year, no check character). For manual entry only:
 * insert "19" after the area code and compute the check character.
 */
export function convertLegacyIdNumber(raw: string): LegacyConversion {
  const id = raw.trim();
  if (!/^\d{15}$/.test(id)) return { ok: false, error: 'a legacy ID number is exactly 15 digits' };
  const body = `${id.slice(0, 6)}19${id.slice(6)}`;
  if (!isValidDate(body.slice(6, 14))) return { ok: false, error: 'the legacy number does not contain a real birth date' };
  return { ok: true, value: body + checkCharacter(body) };
}
