/** What the runtime builds readers from: a plain config object in, a CardReader out. */
import type { CardReader } from './idcard/card';
import type { Clock } from './idcard/clock';
import { type ReadLoopOptions, SamReader } from './idcard/read-loop';
import type { ReaderConfig } from './reader-config';
import { type HidFraming, lengthByteFirst, reportIdFirst } from './transports/hid-framing';
import { HidTransport } from './transports/hid-transport';
import { SerialTransport } from './transports/serial-transport';
import { VirtualReader } from './simulator/virtual-reader';
import { WedgeReader } from './wedge/wedge-reader';

export type { CardReader, IdCard, ReaderEvent, ReaderErrorKind, CardType, CardValidation } from './idcard/card';
export { VirtualReader } from './simulator/virtual-reader';
export { decodeHexFrames, listPorts } from './diagnostics';
export { WedgeBurstDetector } from './wedge/burst-detector';
export { WedgeReader, wedgeNumberProblem } from './wedge/wedge-reader';
export { QrScanner } from './scanner/qr-scanner';
export type { ReaderConfig } from './reader-config';

export interface ReaderExtras {
  clock?: Clock;
  loop?: Omit<ReadLoopOptions, 'id' | 'transport' | 'clock'>;
}

export function createReader(config: ReaderConfig, extras: ReaderExtras = {}): CardReader {
  switch (config.driver) {
    case 'simulator':
      return new VirtualReader(config.id, { clock: extras.clock, loop: extras.loop });
    case 'serial': {
      const transport = new SerialTransport({
        path: config.path,
        vendorId: config.vendorId,
        productId: config.productId,
        serialNumber: config.serialNumber,
        baudRate: config.baudRate,
      });
      return new SamReader({ id: config.id, transport, clock: extras.clock, ...extras.loop });
    }
    case 'hid': {
      const framing: HidFraming = config.hidFraming === 'length-byte-first' ? lengthByteFirst() : reportIdFirst();
      const transport = new HidTransport({ vendorId: config.vendorId, productId: config.productId, framing });
      return new SamReader({ id: config.id, transport, clock: extras.clock, ...extras.loop });
    }
    case 'wedge':
      return new WedgeReader(config.id);
  }
}
