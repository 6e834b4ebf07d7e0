import createDebug from 'debug';
import { type Clock, sleep, systemClock } from '../idcard/clock';
import type { ByteTransport } from '../idcard/transport';
import { HidPosAssembler } from './hid-pos';
import { LineSplitter } from './line-splitter';

const log = createDebug('station:scanner');

/** 电子社保卡 / 医保 / job-slip codes are opaque tokens verified online; a sane upper bound (reference §7.3). */
export const MAX_TOKEN_LENGTH = 512;

export type ScannerEvent =
  | { type: 'connected' }
  | { type: 'disconnected'; reason?: string }
  | { type: 'scan'; token: string; symbology?: string }
  | { type: 'error'; kind: 'too-long' | 'not-text'; message: string };

export interface QrScannerOptions {
  id: string;
  transport: ByteTransport;
  /** `line`: serial/CDC, CR or CR LF terminated. `hid-pos`: each chunk is one HID-POS input report. */
  mode: 'line' | 'hid-pos';
  maxLength?: number;
  clock?: Clock;
  reconnect?: { initialMs?: number; maxMs?: number };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A QR/barcode scanner: turns its bytes into `scan` events carrying opaque tokens. Never parses the token. */
export class QrScanner {
  readonly id: string;
  private listeners = new Set<(e: ScannerEvent) => void>();
  private running = false;
  private abort = new AbortController();
  private loop: Promise<void> | undefined;
  private readonly max: number;
  private readonly clock: Clock;

  constructor(private readonly options: QrScannerOptions) {
    this.id = options.id;
    this.max = options.maxLength ?? MAX_TOKEN_LENGTH;
    this.clock = options.clock ?? systemClock;
  }

  on(listener: (e: ScannerEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.abort = new AbortController();
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.abort.abort();
    await this.loop;
  }

  private emit(e: ScannerEvent): void {
    for (const l of this.listeners) l(e);
  }

  /** Handle raw bytes or reports (exposed so the decoding is testable without a device). */
  accept(chunk: Uint8Array, lines: LineSplitter, pos: HidPosAssembler): void {
    if (this.options.mode === 'line') {
      for (const r of lines.push(chunk)) this.deliver(r.ok ? r.line : 'too-long');
    } else {
      const r = pos.push(chunk);
      if (r === 'too-long') this.deliver('too-long');
      else if (r) this.deliver(r.data, r.symbology);
    }
  }

  private deliver(data: Uint8Array | 'too-long', symbology?: string): void {
    if (data === 'too-long') {
      this.emit({ type: 'error', kind: 'too-long', message: `code longer than ${this.max} bytes ignored` });
      return;
    }
    let token: string;
    try {
      token = utf8.decode(data);
    } catch {
      this.emit({ type: 'error', kind: 'not-text', message: 'code is not UTF-8 text' });
      return;
    }
    if (token.length > this.max) {
      this.emit({ type: 'error', kind: 'too-long', message: `code longer than ${this.max} characters ignored` });
      return;
    }
    // Tokens identify people once verified upstream: log the length only.
    log('%s: scan of %d chars', this.id, token.length);
    this.emit(symbology ? { type: 'scan', token, symbology } : { type: 'scan', token });
  }

  private async run(): Promise<void> {
    const { transport } = this.options;
    const { initialMs = 1000, maxMs = 30_000 } = this.options.reconnect ?? {};
    let attempt = 0;
    while (this.running) {
      try {
        await transport.open();
      } catch (err) {
        log('%s: open failed: %s', this.id, err instanceof Error ? err.message : String(err));
        attempt++;
        await sleep(this.clock, Math.min(maxMs, initialMs * 2 ** Math.min(attempt - 1, 16)) * (0.5 + Math.random() * 0.5), this.abort.signal);
        continue;
      }
      attempt = 0;
      const lines = new LineSplitter(this.max * 4);
      const pos = new HidPosAssembler(this.max * 4);
      const offData = transport.onData((b) => this.accept(b, lines, pos));
      this.emit({ type: 'connected' });
      const reason = await new Promise<string>((resolve) => {
        const offLost = transport.onLost((r) => {
          offLost();
          resolve(r);
        });
        this.abort.signal.addEventListener('abort', () => resolve('stopped'), { once: true });
      });
      offData();
      await transport.close().catch(() => undefined);
      this.emit({ type: 'disconnected', reason });
    }
  }
}
