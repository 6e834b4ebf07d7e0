/** Serial/CDC scanners end each code with CR or CR LF (reference §7.3). Pure: bytes in, lines out. */
export class LineSplitter {
  private buf: number[] = [];
  private overflow = false;

  constructor(private readonly maxBytes: number) {}

  push(chunk: Uint8Array): ({ ok: true; line: Uint8Array } | { ok: false; length: number })[] {
    const out: ({ ok: true; line: Uint8Array } | { ok: false; length: number })[] = [];
    for (const b of chunk) {
      if (b === 0x0d || b === 0x0a) {
        if (this.overflow) out.push({ ok: false, length: this.buf.length });
        else if (this.buf.length > 0) out.push({ ok: true, line: Uint8Array.from(this.buf) });
        this.buf = [];
        this.overflow = false;
        continue;
      }
      // Keep counting past the limit without storing, so an over-long code is reported, not split.
      if (this.buf.length >= this.maxBytes) this.overflow = true;
      else this.buf.push(b);
    }
    return out;
  }
}
