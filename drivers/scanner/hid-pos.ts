/**
 * USB HID-POS barcode scanners (usage page 0x8C): input report 0x02; byte 0 (after the report ID) is the
 * count of data bytes, then an AIM symbology id `]xx`, then data; a non-zero byte 62 means more reports
 * follow (reference §7.3, one public source — verify per model). Offsets here include node-hid's report-ID byte.
 */
export const HID_POS_USAGE_PAGE = 0x8c;
export const HID_POS_REPORT_ID = 0x02;

export interface HidPosScan {
  data: Uint8Array;
  /** AIM symbology identifier such as "]Q1" (QR), when the scanner sends one. */
  symbology?: string;
}

export class HidPosAssembler {
  private parts: number[] = [];
  private symbology: string | undefined;
  private overflow = false;

  constructor(private readonly maxBytes: number) {}

  /** Returns a completed scan, `'too-long'` for a code past the limit, or undefined while more reports are due. */
  push(report: Uint8Array): HidPosScan | 'too-long' | undefined {
    if (report[0] !== HID_POS_REPORT_ID || report.length < 5) return undefined;
    const count = report[1]!;
    let start = 2;
    if (this.parts.length === 0 && this.symbology === undefined && report[2] === 0x5d /* ] */) {
      this.symbology = String.fromCharCode(report[2]!, report[3]!, report[4]!);
      start = 5;
    }
    // The count covers the code bytes of this report (◐ whether it includes the AIM id varies; bounded either way).
    const end = Math.min(report.length, start + count, 63);
    for (let i = start; i < end; i++) {
      if (this.parts.length >= this.maxBytes) this.overflow = true;
      else this.parts.push(report[i]!);
    }
    if ((report[63] ?? 0) !== 0) return undefined;
    const data = Uint8Array.from(this.parts);
    const symbology = this.symbology;
    const overflow = this.overflow;
    this.parts = [];
    this.symbology = undefined;
    this.overflow = false;
    if (overflow) return 'too-long';
    // A trailing CR is the scanner's suffix, not part of the code.
    const trimmed = data.length > 0 && data[data.length - 1] === 0x0d ? data.subarray(0, -1) : data;
    return symbology ? { data: trimmed, symbology } : { data: trimmed };
  }
}
