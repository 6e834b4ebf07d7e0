import createDebug from 'debug';
import { SerialPort } from 'serialport';
import { type ByteTransport, TransportOpenError } from '../idcard/transport';

const log = createDebug('station:reader:serial');

/** The few SerialPort members used, so a test fake stays tiny. */
export interface MinimalSerialPort {
  write(data: Buffer, cb: (err: Error | null | undefined) => void): unknown;
  flush(cb: (err: Error | null) => void): void;
  close(cb: (err: Error | null) => void): void;
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  on(event: 'close', listener: (err?: Error & { disconnected?: boolean }) => void): unknown;
  on(event: 'error', listener: (err: Error) => void): unknown;
  removeAllListeners(): unknown;
}

export interface PortIdentity {
  path: string;
  vendorId?: string;
  productId?: string;
  serialNumber?: string;
}

export interface SerialOptions {
  /** A fixed path (`/dev/ttyUSB0`, `COM3`); with VID/PID set it is only the fallback. */
  path?: string;
  /** USB ids in hex ("1a86", "0x1A86"): the port is looked up again on every open, so a replug onto another path is found. */
  vendorId?: string;
  productId?: string;
  serialNumber?: string;
  /** 115200 8N1 is what every known SAM reader ships with (reference §1.6). */
  baudRate?: number;
  dataBits?: 5 | 6 | 7 | 8;
  parity?: 'none' | 'even' | 'odd';
  stopBits?: 1 | 2;
  /** Injection points for tests. */
  openPort?: (o: { path: string; baudRate: number; dataBits: 5 | 6 | 7 | 8; parity: 'none' | 'even' | 'odd'; stopBits: 1 | 2 }) => Promise<MinimalSerialPort>;
  listPorts?: () => Promise<PortIdentity[]>;
}

export const normaliseUsbId = (id: string | number | undefined): string | undefined =>
  id === undefined ? undefined : (typeof id === 'number' ? id.toString(16) : id.replace(/^0x/i, '')).toLowerCase().padStart(4, '0');

function defaultOpen(o: Parameters<NonNullable<SerialOptions['openPort']>>[0]): Promise<MinimalSerialPort> {
  return new Promise((resolve, reject) => {
    const port = new SerialPort({ ...o, autoOpen: false });
    port.open((err) => (err ? reject(err) : resolve(port as unknown as MinimalSerialPort)));
  });
}

function classify(err: unknown): TransportOpenError {
  const msg = err instanceof Error ? err.message : String(err);
  if (/EBUSY|lock|Access denied|busy/i.test(msg)) return new TransportOpenError(msg, 'busy');
  if (/ENOENT|No such file|not found|cannot find/i.test(msg)) return new TransportOpenError(msg, 'absent');
  return new TransportOpenError(msg, 'other');
}

/** A serial (or USB–UART bridge) reader. */
export class SerialTransport implements ByteTransport {
  private port: MinimalSerialPort | undefined;
  private data = new Set<(b: Buffer) => void>();
  private lost = new Set<(reason: string) => void>();
  private closing = false;
  private currentPath: string | undefined;

  constructor(private readonly options: SerialOptions) {}

  get description(): string {
    const o = this.options;
    return this.currentPath ?? o.path ?? `usb:${o.vendorId ?? '*'}:${o.productId ?? '*'}${o.serialNumber ? `:${o.serialNumber}` : ''}`;
  }

  /** The port to open now: looked up by USB identity when configured, else the fixed path. */
  async resolvePath(): Promise<string> {
    const o = this.options;
    const vid = normaliseUsbId(o.vendorId);
    const pid = normaliseUsbId(o.productId);
    if (vid || pid || o.serialNumber) {
      const ports = await (o.listPorts ?? (() => SerialPort.list()))();
      const hit = ports.find(
        (p) =>
          (!vid || normaliseUsbId(p.vendorId) === vid) &&
          (!pid || normaliseUsbId(p.productId) === pid) &&
          (!o.serialNumber || p.serialNumber === o.serialNumber),
      );
      if (hit) return hit.path;
      if (!o.path) throw new TransportOpenError(`no serial port with ${this.description}`, 'absent');
    }
    if (!o.path) throw new TransportOpenError('serial reader: neither path nor USB ids configured', 'absent');
    return o.path;
  }

  async open(): Promise<void> {
    const o = this.options;
    const path = await this.resolvePath();
    let port: MinimalSerialPort;
    try {
      port = await (o.openPort ?? defaultOpen)({
        path,
        baudRate: o.baudRate ?? 115200,
        dataBits: o.dataBits ?? 8,
        parity: o.parity ?? 'none',
        stopBits: o.stopBits ?? 1,
      });
    } catch (err) {
      throw classify(err);
    }
    this.currentPath = path;
    this.closing = false;
    this.port = port;
    log('opened %s', path);
    port.on('data', (chunk) => {
      for (const l of this.data) l(chunk);
    });
    const gone = (reason: string) => {
      if (this.closing || this.port !== port) return;
      this.port = undefined;
      port.removeAllListeners();
      log('%s lost: %s', path, reason);
      for (const l of this.lost) l(reason);
    };
    // A USB bridge pulled out shows up as a 'close' with `disconnected`, or as a read/write error.
    port.on('close', (err) => gone(err?.disconnected ? 'unplugged' : 'closed'));
    port.on('error', (err) => gone(err.message));
  }

  async close(): Promise<void> {
    const port = this.port;
    this.port = undefined;
    if (!port) return;
    this.closing = true;
    await new Promise<void>((resolve) => port.close(() => resolve()));
    port.removeAllListeners();
  }

  async write(bytes: Uint8Array): Promise<void> {
    const port = this.port;
    if (!port) throw new Error('serial port not open');
    await new Promise<void>((resolve, reject) => port.write(Buffer.from(bytes), (err) => (err ? reject(err) : resolve())));
  }

  async flush(): Promise<void> {
    const port = this.port;
    if (!port) return;
    await new Promise<void>((resolve) => port.flush(() => resolve()));
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
