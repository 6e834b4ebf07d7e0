import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** AES-256-GCM boxes: IV (12) | ciphertext | tag (16). The AAD binds a box to where it sits. */
export const KEY_BYTES = 32;
export const IV_BYTES = 12;
export const TAG_BYTES = 16;
export const BOX_OVERHEAD = IV_BYTES + TAG_BYTES;

export function newKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

export function seal(key: Buffer, plaintext: Uint8Array, aad: Uint8Array): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const body = cipher.update(plaintext);
  const last = cipher.final();
  return Buffer.concat([iv, body, last, cipher.getAuthTag()]);
}

/** The plaintext, or null when the box fails authentication (wrong key, corruption, tampering). */
export function open(key: Buffer, box: Uint8Array, aad: Uint8Array): Buffer | null {
  if (box.byteLength < BOX_OVERHEAD) return null;
  const buf = Buffer.from(box.buffer, box.byteOffset, box.byteLength);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, buf.subarray(0, IV_BYTES));
    decipher.setAAD(aad);
    decipher.setAuthTag(buf.subarray(buf.length - TAG_BYTES));
    const body = decipher.update(buf.subarray(IV_BYTES, buf.length - TAG_BYTES));
    const last = decipher.final();
    return last.length ? Buffer.concat([body, last]) : body;
  } catch {
    return null;
  }
}

/**
 * Seals a large plaintext in chunks, so a 100 MB snapshot is encrypted straight to disk
 * without a second full-size copy in memory. Call `chunk` for each piece, then `finish`.
 */
export class StreamSealer {
  private readonly iv = randomBytes(IV_BYTES);
  private readonly cipher;

  constructor(key: Buffer, aad: Uint8Array) {
    this.cipher = createCipheriv('aes-256-gcm', key, this.iv);
    this.cipher.setAAD(aad);
  }

  start(): Buffer {
    return this.iv;
  }

  chunk(plaintext: Uint8Array): Buffer {
    return this.cipher.update(plaintext);
  }

  finish(): Buffer {
    const last = this.cipher.final();
    return Buffer.concat([last, this.cipher.getAuthTag()]);
  }
}

/**
 * Opens a box read in pieces (a snapshot of 100 MB), so the ciphertext never sits in memory whole
 * beside the plaintext. The plaintext pieces must not be used until `finish` says they are
 * authentic.
 */
export class StreamOpener {
  private readonly decipher;

  constructor(key: Buffer, iv: Uint8Array, tag: Uint8Array, aad: Uint8Array) {
    this.decipher = createDecipheriv('aes-256-gcm', key, iv);
    this.decipher.setAAD(aad);
    this.decipher.setAuthTag(tag);
  }

  chunk(ciphertext: Uint8Array): Buffer {
    return this.decipher.update(ciphertext);
  }

  /** True when the whole box authenticates (right key, nothing altered); GCM has no final block. */
  finish(): boolean {
    try {
      return this.decipher.final().length === 0;
    } catch {
      return false;
    }
  }
}
