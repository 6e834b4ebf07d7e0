/**
 * Keyboard-wedge readers "type" an ID number followed by Enter (reference §5.6). A person cannot type
 * 18 keys with gaps under ~50 ms, so a fast burst ending in Enter is device input; anything slower is a
 * person and is left alone. DOM-free and Node-free: the renderer feeds it `keydown` keys and timestamps.
 */
import type { CardValidation } from '../idcard/card';
import { checkIdNumber, convertLegacyIdNumber } from '../idcard/id-number';

export interface Keystroke {
  /** `KeyboardEvent.key`: one character, or a name such as "Enter". */
  key: string;
  /** Milliseconds (event.timeStamp or performance.now()). */
  at: number;
}

/** An ID number typed by a wedge. Nothing verified it: no chip, no SAM, no photo. */
export interface WedgeIdNumber {
  type: 'id-number';
  idNumber: string;
  verified: false;
  source: 'wedge';
  /** Only the number's own rules can be checked; there is no card field to compare birth or sex with. */
  validation: Pick<CardValidation, 'checksum'>;
  /** Set when a 15-digit legacy number was converted. */
  convertedFrom?: string;
}

export interface BurstOptions {
  /** Longest gap between keys of one burst. Public wedge handlers use 20–120 ms; 50 ms separates well. */
  maxGapMs?: number;
  /** Fewer characters than this is not a wedge read. */
  minLength?: number;
}

export class WedgeBurstDetector {
  private buf = '';
  private last = -Infinity;
  private readonly maxGap: number;
  private readonly minLength: number;

  constructor(options: BurstOptions = {}) {
    this.maxGap = options.maxGapMs ?? 50;
    this.minLength = options.minLength ?? 15;
  }

  /** Feed one key. Returns an event when a burst completes with an ID number; the keys of a burst should not reach a text field. */
  push(k: Keystroke): WedgeIdNumber | undefined {
    const gap = k.at - this.last;
    this.last = k.at;
    if (gap > this.maxGap) this.buf = '';
    if (k.key === 'Enter' || k.key === 'Tab') {
      const text = this.buf;
      this.buf = '';
      // The Enter itself must also arrive fast, or a person pressed it.
      if (gap > this.maxGap || text.length < this.minLength) return undefined;
      return classify(text);
    }
    if (k.key.length === 1) this.buf += k.key;
    if (this.buf.length > 64) this.buf = this.buf.slice(-64);
    return undefined;
  }

  /** Characters held in a possible burst (the UI can hold them back from focused fields). */
  get pending(): number {
    return this.buf.length;
  }

  reset(): void {
    this.buf = '';
    this.last = -Infinity;
  }
}

function classify(text: string): WedgeIdNumber | undefined {
  const t = text.trim().toUpperCase();
  if (/^\d{17}[\dX]$/.test(t)) {
    const c = checkIdNumber(t);
    return { type: 'id-number', idNumber: t, verified: false, source: 'wedge', validation: { checksum: c.structure && c.date && c.checksum } };
  }
  if (/^\d{15}$/.test(t)) {
    const conv = convertLegacyIdNumber(t);
    if (!conv.ok) return undefined;
    return { type: 'id-number', idNumber: conv.value, verified: false, source: 'wedge', validation: { checksum: true }, convertedFrom: t };
  }
  return undefined;
}
