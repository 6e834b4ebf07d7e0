/** What the runtime builds readers from: a plain config object in, a CardReader out. */
import type { CardReader } from './idcard/card';
import type { Clock } from './idcard/clock';
import { type ReadLoopOptions, SamReader } from './idcard/read-loop';
import { type HidFraming, lengthByteFirst, reportIdFirst } from './transports/hid-framing';
import { HidTransport } from './transports/hid-transport';
import { SerialTransport } from './transports/serial-transport';
import { VirtualReader } from './simulator/virtual-reader';

export type { CardReader, IdCard, ReaderEvent, ReaderErrorKind, CardType, CardValidation } from './idcard/card';
export { VirtualReader } from './simulator/virtual-reader';
export { decodeHexFrames, listPorts } from './diagnostics';
export { WedgeBurstDetector } from './wedge/burst-detector';
export { QrScanner } from './scanner/qr-scanner';

export interface ReaderConfig {
  driver: 'simulator' | 'serial' | 'hid';
  id: string;
  /** Serial: the port path; also the fallback when USB ids are given but not found. */
  path?: string;
  /** USB ids as hex strings ("1a86") or numbers; serial looks the port up by them after a replug. */
  vendorId?: string | number;
  productId?: string | number;
  serialNumber?: string;
  baudRate?: number;
  /** HID only: how reports wrap the byte stream (reference §5.3; unknown per model). */
  hidFraming?: 'report-id-first' | 'length-byte-first';
}

export interface ReaderExtras {
  clock?: Clock;
  loop?: Omit<ReadLoopOptions, 'id' | 'transport' | 'clock'>;
}

const hex = (v: string | number | undefined): string | undefined => (typeof v === 'number' ? v.toString(16) : v);

export function createReader(config: ReaderConfig, extras: ReaderExtras = {}): CardReader {
  switch (config.driver) {
    case 'simulator':
      return new VirtualReader(config.id, { clock: extras.clock, loop: extras.loop });
    case 'serial': {
      const transport = new SerialTransport({
        path: config.path,
        vendorId: hex(config.vendorId),
        productId: hex(config.productId),
        serialNumber: config.serialNumber,
        baudRate: config.baudRate,
      });
      return new SamReader({ id: config.id, transport, clock: extras.clock, ...extras.loop });
    }
    case 'hid': {
      if (config.vendorId === undefined || config.productId === undefined) {
        throw new Error(`reader '${config.id}': the hid driver needs vendorId and productId`);
      }
      const framing: HidFraming = config.hidFraming === 'length-byte-first' ? lengthByteFirst() : reportIdFirst();
      const transport = new HidTransport({ vendorId: config.vendorId, productId: config.productId, framing });
      return new SamReader({ id: config.id, transport, clock: extras.clock, ...extras.loop });
    }
  }
}
