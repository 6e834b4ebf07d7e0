/** Pure helpers behind the operator's diagnostic CLI (`station card decode FILE`, `card list-ports`). */
import type { CardValidation, IdCard } from './idcard/card';
import { asRequest, asResponse, toHex } from './idcard/frame';
import { FrameParser } from './idcard/frame-parser';
import { parseBaseRecord } from './idcard/responses';
import { type Sw3Outcome, sw3Outcome } from './idcard/status';
import { decodeTextBlock } from './idcard/text-decoder';

/** The card as JSON for people: absent fields are left out, raw bytes are not printed. */
export type CardJson = Omit<IdCard, 'validation' | 'raw' | 'source'> & {
  validation: Pick<CardValidation, 'checksum' | 'birthMatches' | 'sexMatches'>;
};

export interface DecodedFrame {
  /** Byte offset of the frame in the decoded input. */
  offset: number;
  length: number;
  /** A response's SW3 outcome; `request` for a host command (body of CMD PARA only). */
  status: Sw3Outcome | 'request';
  /** SW3 as two hex digits, or CMD PARA for a request. */
  code: string;
  card?: CardJson;
  /** Why a read reply carried no card (lengths that do not add up). */
  problem?: string;
}

const FIELDS = [
  'name',
  'englishName',
  'sex',
  'nation',
  'birthDate',
  'address',
  'idNumber',
  'authority',
  'validFrom',
  'validTo',
  'permanent',
  'passNumber',
  'issueCount',
  'nationality',
  'renewalCount',
] as const satisfies readonly (keyof CardJson)[];

export function cardToJson(card: IdCard): CardJson {
  const o: Record<string, unknown> = { cardType: card.cardType };
  for (const k of FIELDS) if (card[k] !== undefined && card.cardType !== 'unknown') o[k] = card[k];
  const { checksum, birthMatches, sexMatches } = card.validation;
  return { ...(o as Omit<CardJson, 'validation'>), validation: { checksum, birthMatches, sexMatches } };
}

/**
 * Captured traffic as hex (any spacing, `0x` prefixes, `#` comments) → the frames found in it.
 * Garbage between frames is skipped; a frame with a bad checksum is not a frame. `today` (the
 * station's day, YYYY-MM-DD) is what a card's birth date must not be after.
 */
export function decodeHexFrames(text: string, today?: string): DecodedFrame[] {
  const hex = text
    .split('\n')
    .map((l) => l.replace(/#.*$/, ''))
    .join(' ')
    .replace(/0x/gi, '')
    .replace(/[^0-9a-f]/gi, '');
  const bytes = Buffer.from(hex.length % 2 ? hex.slice(0, -1) : hex, 'hex');
  const parser = new FrameParser();
  const frames: DecodedFrame[] = [];
  let consumed = 0;
  for (const e of parser.push(bytes)) {
    if (e.type === 'dropped') {
      consumed += e.bytes;
      continue;
    }
    const { frame } = e;
    const base = { offset: consumed, length: frame.bytes.length };
    consumed += frame.bytes.length;
    if (frame.body.length === 2) {
      const req = asRequest(frame)!;
      frames.push({ ...base, status: 'request', code: toHex(Uint8Array.of(req.cmd, req.para)) });
      continue;
    }
    const resp = asResponse(frame)!;
    const decoded: DecodedFrame = {
      ...base,
      status: sw3Outcome(resp.sw3),
      code: toHex(Uint8Array.of(resp.sw3)),
    };
    if (resp.sw3 === 0x90 && resp.data.length >= 260) {
      // A `30 01` reply has two length fields, a `30 10` reply three; the lengths tell which.
      const plain = parseBaseRecord(resp.data);
      const rec = plain.ok ? plain : parseBaseRecord(resp.data, true);
      if (rec.ok) {
        const options = { photo: rec.value.photo, ...(today ? { today: today.replace(/-/g, '') } : {}) };
        decoded.card = cardToJson(decodeTextBlock(rec.value.text, options));
      } else decoded.problem = rec.error;
    }
    frames.push(decoded);
  }
  return frames;
}

export interface PortListing {
  serial: {
    path: string;
    vendorId?: string;
    productId?: string;
    serialNumber?: string;
    manufacturer?: string;
  }[];
  hid: {
    path?: string;
    vendorId: string;
    productId: string;
    product?: string;
    manufacturer?: string;
    usagePage?: number;
  }[];
  /** Enumeration problems (a missing native module, permissions), per bus. */
  errors: string[];
}

const hex4 = (n: number) => n.toString(16).padStart(4, '0');

/** Serial ports and HID devices visible to this process, for picking a reader's path or USB ids. */
export async function listPorts(): Promise<PortListing> {
  const out: PortListing = { serial: [], hid: [], errors: [] };
  try {
    const { SerialPort } = await import('serialport');
    for (const p of await SerialPort.list()) {
      out.serial.push(
        Object.fromEntries(
          Object.entries({
            path: p.path,
            vendorId: p.vendorId,
            productId: p.productId,
            serialNumber: p.serialNumber,
            manufacturer: p.manufacturer,
          }).filter(([, v]) => v !== undefined),
        ) as PortListing['serial'][number],
      );
    }
  } catch (err) {
    out.errors.push(`serial: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    const HID = (await import('node-hid')).default;
    for (const d of await HID.devicesAsync()) {
      out.hid.push({
        vendorId: hex4(d.vendorId),
        productId: hex4(d.productId),
        ...(d.path ? { path: d.path } : {}),
        ...(d.product ? { product: d.product } : {}),
        ...(d.manufacturer ? { manufacturer: d.manufacturer } : {}),
        ...(d.usagePage !== undefined ? { usagePage: d.usagePage } : {}),
      });
    }
  } catch (err) {
    out.errors.push(`hid: ${err instanceof Error ? err.message : String(err)}`);
  }
  return out;
}
