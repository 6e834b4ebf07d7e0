import createDebug from 'debug';
import HID from 'node-hid';
import { type ByteTransport, TransportOpenError } from '../idcard/transport';
import { type HidFraming, reportIdFirst } from './hid-framing';
import { normaliseUsbId } from './serial-transport';

const log = createDebug('station:reader:hid');

/** The few HIDAsync members used. */
export interface MinimalHidDevice {
  write(values: number[] | Buffer): Promise<number>;
  close(): Promise<void>;
  on(event: 'data', listener: (report: Buffer) => void): unknown;
  on(event: 'error', listener: (err: Error) => void): unknown;
  removeAllListeners(): unknown;
}

export interface HidOptions {
  /** USB ids, hex strings or numbers. */
  vendorId: string | number;
  productId: string | number;
  framing?: HidFraming;
  /** Injection point for tests. */
  openDevice?: (vendorId: number, productId: number) => Promise<MinimalHidDevice>;
}

async function defaultOpen(vid: number, pid: number): Promise<MinimalHidDevice> {
  const found = await HID.devicesAsync(vid, pid);
  const path = found.find((d) => d.path)?.path;
  if (!path) throw new TransportOpenError(`no HID device ${vid.toString(16)}:${pid.toString(16)}`, 'absent');
  return (await HID.HIDAsync.open(path)) as unknown as MinimalHidDevice;
}

const toNumber = (id: string | number): number => (typeof id === 'number' ? id : parseInt(normaliseUsbId(id) ?? '', 16));

/** A SAM reader that enumerates as a vendor HID device; reports are de-chunked into the SAM byte stream. */
export class HidTransport implements ByteTransport {
  private dev: MinimalHidDevice | undefined;
  private data = new Set<(b: Buffer) => void>();
  private lost = new Set<(reason: string) => void>();
  private readonly framing: HidFraming;
  private readonly vid: number;
  private readonly pid: number;

  constructor(private readonly options: HidOptions) {
    this.framing = options.framing ?? reportIdFirst();
    this.vid = toNumber(options.vendorId);
    this.pid = toNumber(options.productId);
  }

  get description(): string {
    return `hid:${this.vid.toString(16).padStart(4, '0')}:${this.pid.toString(16).padStart(4, '0')}`;
  }

  async open(): Promise<void> {
    let dev: MinimalHidDevice;
    try {
      dev = await (this.options.openDevice ?? defaultOpen)(this.vid, this.pid);
    } catch (err) {
      if (err instanceof TransportOpenError) throw err;
      const msg = err instanceof Error ? err.message : String(err);
      throw new TransportOpenError(msg, /cannot open|busy|denied/i.test(msg) ? 'busy' : 'other');
    }
    this.dev = dev;
    log('opened %s', this.description);
    dev.on('data', (report) => {
      const bytes = this.framing.unwrap(report);
      if (bytes.length === 0) return;
      const b = Buffer.from(bytes);
      for (const l of this.data) l(b);
    });
    // node-hid reports an unplug as an 'error' on the read thread.
    dev.on('error', (err) => {
      if (this.dev !== dev) return;
      this.dev = undefined;
      dev.removeAllListeners();
      void dev.close().catch(() => undefined);
      for (const l of this.lost) l(err.message);
    });
  }

  async close(): Promise<void> {
    const dev = this.dev;
    this.dev = undefined;
    if (!dev) return;
    dev.removeAllListeners();
    await dev.close().catch(() => undefined);
  }

  async write(bytes: Uint8Array): Promise<void> {
    const dev = this.dev;
    if (!dev) throw new Error('HID device not open');
    for (const report of this.framing.wrap(bytes)) await dev.write(Buffer.from(report));
  }

  onData(listener: (bytes: Buffer) => void): () => void {
    this.data.add(listener);
    return () => this.data.delete(listener);
  }

  onLost(listener: (reason: string) => void): () => void {
    this.lost.add(listener);
    return () => this.lost.delete(listener);
  }
}
