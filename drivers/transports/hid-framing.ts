/**
 * How a HID reader wraps the SAM byte stream into reports. No public source documents the report format
 * of Chinese SAM readers over HID (reference §5.3), so the framing is pluggable; capture a vendor
 * app's traffic, look for `AA AA AA 96 69`, and pick (or add) the style that matches.
 *
 * hidapi rule: the first byte of every written report is the report ID (0x00 for unnumbered reports);
 * input reports start with the report ID only when the device numbers its reports.
 */
export interface HidFraming {
  /** Stream bytes carried by one input report (possibly none, e.g. an ACK). */
  unwrap(report: Uint8Array): Uint8Array;
  /** Output reports (report ID first) carrying these stream bytes. */
  wrap(bytes: Uint8Array): Uint8Array[];
}

export interface FramingOptions {
  reportId?: number;
  /** Report payload size without the report-ID byte; 64 on every full-speed HID reader seen. */
  reportSize?: number;
  /** Input reports arrive with the report-ID byte first (numbered reports). */
  inputHasReportId?: boolean;
}

/** The report carries raw stream bytes, zero-padded; the SAM parser skips padding while hunting between frames. */
export function reportIdFirst(o: FramingOptions = {}): HidFraming {
  const size = o.reportSize ?? 64;
  const id = o.reportId ?? 0;
  return {
    unwrap: (r) => (o.inputHasReportId ? r.subarray(1) : r),
    wrap(bytes) {
      const out: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += size) {
        const rep = new Uint8Array(size + 1);
        rep[0] = id;
        rep.set(bytes.subarray(i, i + size), 1);
        out.push(rep);
      }
      return out;
    },
  };
}

/** Byte 0 = payload length 1..63, then the payload; 0xFF in byte 0 is an ACK (DK style, reference §5.3). */
export function lengthByteFirst(o: FramingOptions = {}): HidFraming {
  const size = o.reportSize ?? 64;
  const id = o.reportId ?? 0;
  const chunk = size - 1;
  return {
    unwrap(r) {
      const rep = o.inputHasReportId ? r.subarray(1) : r;
      const n = rep[0] ?? 0;
      if (n === 0 || n === 0xff || n > chunk) return new Uint8Array();
      return rep.subarray(1, 1 + Math.min(n, rep.length - 1));
    },
    wrap(bytes) {
      const out: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += chunk) {
        const part = bytes.subarray(i, i + chunk);
        const rep = new Uint8Array(size + 1);
        rep[0] = id;
        rep[1] = part.length;
        rep.set(part, 2);
        out.push(rep);
      }
      return out;
    },
  };
}
