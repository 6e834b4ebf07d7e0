import type { CardType, CardValidation, IdCard } from './card';
import { nationFromCode, sexFromCode } from './codes';
import { checkIdNumber, isValidDate, normaliseIdNumber } from './id-number';
import {
  LAYOUTS,
  MARKER_OFFSET,
  TEXT_BLOCK_BYTES,
  type TextField,
  layoutForMarker,
  readField,
} from './layouts';

/** Written in the valid-to field of a card that never expires. */
export const PERMANENT = '长期';

export interface DecodeOptions {
  photo?: Uint8Array;
  /**
   * The station's day as YYYYMMDD, for "birth date not in the future". Only the caller knows the
   * station's calendar (its zone is config); without it that check is not made.
   */
  today?: string;
}

const isoDate = (d: string): string =>
  /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : d;

/**
 * Decode a 256-byte text block. Branches on the marker at offset 248 first (a resident-only parser
 * silently "works" on HMT permits, minus the nation), and never throws: an unrecognised marker or a
 * short block comes back as `unknown` with the raw bytes.
 */
export function decodeTextBlock(text: Uint8Array, options: DecodeOptions = {}): IdCard {
  const raw = {
    text: Buffer.from(text).toString('base64'),
    ...(options.photo ? { photo: Buffer.from(options.photo).toString('base64') } : {}),
  };
  const type = text.length === TEXT_BLOCK_BYTES ? layoutForMarker(readMarker(text)) : undefined;
  if (!type) {
    return {
      cardType: 'unknown',
      validation: { checksum: false, birthMatches: false, sexMatches: false, scheme: 'none' },
      raw,
      source: 'sam',
    };
  }
  const v: Partial<Record<TextField, string>> = {};
  for (const spec of LAYOUTS[type]) v[spec.field] = readField(text, spec.offset, spec.bytes);

  const card: IdCard = {
    cardType: type,
    validation: { checksum: false, birthMatches: false, sexMatches: false },
    raw,
    source: 'sam',
  };
  const sex = v.sex !== undefined ? sexFromCode(v.sex) : undefined;
  if (v.name) card.name = v.name;
  const english = type === 'foreign-2023' ? (v.englishName ?? '') + (v.englishName2 ?? '') : v.englishName;
  if (english) card.englishName = english;
  if (sex) card.sex = sex;
  if (v.nation !== undefined && type === 'resident') card.nation = nationFromCode(v.nation);
  if (v.birthDate) card.birthDate = isoDate(v.birthDate);
  if (v.address) card.address = v.address;
  if (v.idNumber) card.idNumber = normaliseIdNumber(v.idNumber);
  if (v.authority) card.authority = v.authority;
  if (v.validFrom) card.validFrom = isoDate(v.validFrom);
  card.permanent = v.validTo === PERMANENT;
  if (v.validTo && !card.permanent) card.validTo = isoDate(v.validTo);
  if (v.passNumber) card.passNumber = v.passNumber;
  if (v.issueCount) card.issueCount = v.issueCount;
  if (v.nationality) card.nationality = v.nationality;
  if (v.renewalCount) card.renewalCount = v.renewalCount;
  card.validation = validate(type, card.idNumber ?? '', v.birthDate ?? '', sex, options.today);
  return card;
}

function readMarker(text: Uint8Array): string {
  return Buffer.from(text.buffer, text.byteOffset + MARKER_OFFSET, 2).toString('utf16le');
}

function validate(
  type: Exclude<CardType, 'unknown'>,
  id: string,
  birth: string,
  sex: IdCard['sex'],
  today: string | undefined,
): CardValidation {
  if (type === 'foreign-2017') {
    // 3 letters + 12 digits; no public check-digit rule, so only the shape is checked (reference §3.8).
    return {
      checksum: /^[A-Z]{3}\d{12}$/.test(id),
      birthMatches: isValidDate(birth, today),
      sexMatches: sex === 'male' || sex === 'female',
      scheme: 'structure-only',
    };
  }
  // Resident and HMT numbers are GB 11643 (HMT with 81/82/83 area codes). The 2023 foreign number is
  // described as 18 digits led by 9 with the same MOD 11-2; its birth/sex positions are assumed to follow
  // GB 11643 too — unconfirmed on real cards, hence flags rather than rejection.
  const c = checkIdNumber(id, today);
  const prefixOk = type === 'foreign-2023' ? id.startsWith('9') : type === 'hmt' ? /^8[123]/.test(id) : true;
  return {
    checksum: c.structure && c.date && c.checksum && prefixOk,
    birthMatches: c.birth !== undefined && c.birth === birth,
    sexMatches: c.sex !== undefined && c.sex === sex,
    scheme: 'gb11643',
  };
}
