/**
 * The 256-byte machine-readable text block (GA 490 and the foreign/HMT layouts that share it),
 * declared once as data so the decoder and the simulator's encoder cannot drift apart.
 * Offsets and sizes in bytes, UCS-2 little-endian. Reference §3.5, §3.9.
 */
export const TEXT_BLOCK_BYTES = 256;
/** The card-type marker: one UCS-2 character at text offset 248 (§3.8). */
export const MARKER_OFFSET = 248;

export type LayoutCardType = 'resident' | 'foreign-2017' | 'foreign-2023' | 'hmt';

export type TextField =
  | 'name'
  | 'englishName'
  | 'englishName2'
  | 'sex'
  | 'nation'
  | 'birthDate'
  | 'address'
  | 'idNumber'
  | 'authority'
  | 'validFrom'
  | 'validTo'
  | 'passNumber'
  | 'issueCount'
  | 'nationality'
  | 'renewalCount'
  | 'version'
  | 'acceptingAuthority'
  | 'previousLink';

export interface FieldSpec {
  field: TextField;
  offset: number;
  bytes: number;
}

const f = (field: TextField, offset: number, bytes: number): FieldSpec => ({ field, offset, bytes });

export const MARKERS: Record<LayoutCardType, string> = {
  resident: ' ',
  'foreign-2017': 'I',
  'foreign-2023': 'Y',
  hmt: 'J',
};

export const LAYOUTS: Record<LayoutCardType, readonly FieldSpec[]> = {
  resident: [
    f('name', 0, 30),
    f('sex', 30, 2),
    f('nation', 32, 4),
    f('birthDate', 36, 16),
    f('address', 52, 70),
    f('idNumber', 122, 36),
    f('authority', 158, 30),
    f('validFrom', 188, 16),
    f('validTo', 204, 16),
  ],
  'foreign-2017': [
    f('englishName', 0, 120),
    f('sex', 120, 2),
    f('idNumber', 122, 30),
    f('nationality', 152, 6),
    f('name', 158, 30),
    f('validFrom', 188, 16),
    f('validTo', 204, 16),
    f('birthDate', 220, 16),
    f('version', 236, 4),
    f('acceptingAuthority', 240, 8),
  ],
  // Field names follow the two sources that agree (reference §3.9b left column).
  'foreign-2023': [
    f('name', 0, 30),
    f('sex', 30, 2),
    f('renewalCount', 32, 4),
    f('birthDate', 36, 16),
    f('englishName', 52, 70),
    f('idNumber', 122, 36),
    f('validFrom', 188, 16),
    f('validTo', 204, 16),
    f('englishName2', 220, 22),
    f('nationality', 242, 6),
    f('previousLink', 250, 6),
  ],
  hmt: [
    f('name', 0, 30),
    f('sex', 30, 2),
    f('birthDate', 36, 16),
    f('address', 52, 70),
    f('idNumber', 122, 36),
    f('authority', 158, 30),
    f('validFrom', 188, 16),
    f('validTo', 204, 16),
    f('passNumber', 220, 18),
    f('issueCount', 238, 4),
  ],
};

export function layoutForMarker(marker: string): LayoutCardType | undefined {
  for (const [type, m] of Object.entries(MARKERS) as [LayoutCardType, string][]) if (m === marker) return type;
  return undefined;
}

/** Decode one field: UTF-16LE, trailing spaces and NULs trimmed, nothing else touched (reference §3.6). */
export function readField(text: Uint8Array, offset: number, bytes: number): string {
  const s = Buffer.from(text.buffer, text.byteOffset + offset, bytes).toString('utf16le');
  return s.replace(/[ \u0000]+$/u, '');
}

/** Write one field, space-padded, as the card stores it. Characters past the field are cut. */
export function writeField(text: Uint8Array, offset: number, bytes: number, value: string): void {
  const chars = bytes / 2;
  const v = value.slice(0, chars).padEnd(chars, ' ');
  Buffer.from(text.buffer, text.byteOffset + offset, bytes).write(v, 'utf16le');
}
