import { SerialPort } from 'serialport';
import type { SamDevice } from './sam-device';

/** Serve a simulated SAM on a serial port (the device end of a pty pair, or a real null-modem cable). */
export async function serveOnSerialPort(device: SamDevice, path: string, baudRate = 115200): Promise<{ close(): Promise<void> }> {
  const port = new SerialPort({ path, baudRate, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())));
  device.connect((bytes) => {
    if (port.isOpen) port.write(bytes);
  });
  port.on('data', (chunk: Buffer) => device.receive(chunk));
  // The host vanishing (pty torn down) closes this end too; nothing to do but stop answering.
  port.on('error', () => undefined);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        if (!port.isOpen) return resolve();
        port.close(() => resolve());
      }),
  };
}
