import type { IdCard } from './card';
import { nationToCode, sexToCode } from './codes';
import { type LayoutCardType, LAYOUTS, MARKER_OFFSET, MARKERS, TEXT_BLOCK_BYTES, type TextField, writeField } from './layouts';
import { PERMANENT } from './text-decoder';

/** The fields a synthetic card carries; the same shape the decoder produces, without validation or raw bytes. */
export type CardFields = Omit<IdCard, 'validation' | 'raw' | 'source' | 'cardType'> & { cardType: LayoutCardType };

/** The 2023 card splits the English name: 35 characters at offset 52, the rest (up to 11) at 220. */
const EN_PART1 = 35;

const compact = (iso: string | undefined): string => (iso ?? '').replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$1$2$3');

/**
 * Inverse of `decodeTextBlock`, used by the simulator to build what a card's chip would hold.
 * Fields the layout has no room for are ignored; unused bytes are spaces, as on real cards.
 */
export function encodeTextBlock(card: CardFields): Buffer {
  const text = Buffer.alloc(TEXT_BLOCK_BYTES);
  text.write(' '.repeat(TEXT_BLOCK_BYTES / 2), 'utf16le');
  const english = card.englishName ?? '';
  const values: Partial<Record<TextField, string>> = {
    name: card.name,
    englishName: card.cardType === 'foreign-2023' ? english.slice(0, EN_PART1) : english,
    englishName2: english.slice(EN_PART1),
    sex: card.sex ? sexToCode(card.sex) : '',
    nation: card.nation ? nationToCode(card.nation) : '',
    birthDate: compact(card.birthDate),
    address: card.address,
    idNumber: card.idNumber,
    authority: card.authority,
    validFrom: compact(card.validFrom),
    validTo: card.permanent ? PERMANENT : compact(card.validTo),
    passNumber: card.passNumber,
    issueCount: card.issueCount,
    nationality: card.nationality,
    renewalCount: card.renewalCount,
  };
  for (const spec of LAYOUTS[card.cardType]) writeField(text, spec.offset, spec.bytes, values[spec.field] ?? '');
  text.write(MARKERS[card.cardType], MARKER_OFFSET, 'utf16le');
  return text;
}
