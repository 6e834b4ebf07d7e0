import type { ByteTransport } from '../idcard/transport';
import { TransportOpenError } from '../idcard/transport';

/** The device side of an in-memory link: what a simulator (or a test) plugs into. */
export interface DeviceEnd {
  /** Bytes from the device to the host. */
  send(bytes: Uint8Array): void;
  /** Bytes the host wrote. */
  onReceive(listener: (bytes: Buffer) => void): () => void;
}

export interface MemoryLink {
  host: ByteTransport;
  device: DeviceEnd;
  /** Pull the cable: the host sees the device lost, and opens fail until `replug`. */
  unplug(): void;
  replug(): void;
  readonly plugged: boolean;
  /** Every chunk the host wrote, newest last (test control). */
  readonly writes: readonly Buffer[];
}

/** A host transport and a device end joined in memory. Delivery is asynchronous (a microtask), like real I/O. */
export function createMemoryLink(description = 'memory'): MemoryLink {
  const toHost = new Set<(b: Buffer) => void>();
  const toDevice = new Set<(b: Buffer) => void>();
  const lost = new Set<(reason: string) => void>();
  const writes: Buffer[] = [];
  let plugged = true;
  let open = false;

  const host: ByteTransport = {
    description,
    async open() {
      if (!plugged) throw new TransportOpenError(`${description}: no such device`, 'absent');
      open = true;
    },
    async close() {
      open = false;
    },
    async write(bytes) {
      if (!open || !plugged) throw new Error(`${description}: port not open`);
      const b = Buffer.from(bytes);
      writes.push(b);
      queueMicrotask(() => {
        for (const l of toDevice) l(b);
      });
    },
    onData(listener) {
      toHost.add(listener);
      return () => toHost.delete(listener);
    },
    onLost(listener) {
      lost.add(listener);
      return () => lost.delete(listener);
    },
  };

  const device: DeviceEnd = {
    send(bytes) {
      if (!open || !plugged) return;
      const b = Buffer.from(bytes);
      queueMicrotask(() => {
        if (!open) return;
        for (const l of toHost) l(b);
      });
    },
    onReceive(listener) {
      toDevice.add(listener);
      return () => toDevice.delete(listener);
    },
  };

  return {
    host,
    device,
    writes,
    get plugged() {
      return plugged;
    },
    unplug() {
      if (!plugged) return;
      plugged = false;
      const wasOpen = open;
      open = false;
      if (wasOpen) for (const l of lost) l('unplugged');
    },
    replug() {
      plugged = true;
    },
  };
}
