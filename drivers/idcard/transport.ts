/**
 * What the read loop needs from a byte pipe to a reader, and nothing more, so a fake is a few lines
 * (serial port, HID de-chunker, in-memory pair all implement it).
 */
export interface ByteTransport {
  /** Human-readable, for logs (a path, never personal data). */
  readonly description: string;
  open(): Promise<void>;
  close(): Promise<void>;
  write(bytes: Uint8Array): Promise<void>;
  /** Drop anything received but not yet delivered (before each command, as vendor SDKs do). */
  flush?(): Promise<void>;
  onData(listener: (bytes: Buffer) => void): () => void;
  /** Fires when the device goes away (unplug, I/O error) — not on our own close(). */
  onLost(listener: (reason: string) => void): () => void;
}

/** Why an open failed, as something a person can act on. */
export class TransportOpenError extends Error {
  constructor(
    message: string,
    readonly kind: 'absent' | 'busy' | 'other',
  ) {
    super(message);
    this.name = 'TransportOpenError';
  }
}
