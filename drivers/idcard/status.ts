/** SW3 status codes (GA 467 SAM_A operation status), reference §2.2, mapped to names the loop can branch on. */
export type Sw3Outcome =
  | 'ok'
  | 'found'
  | 'no-content'
  | 'host-checksum-error'
  | 'host-length-error'
  | 'command-error'
  | 'not-permitted'
  | 'unrecognised-error'
  | 'card-auth-failed'
  | 'sam-auth-failed'
  | 'verify-failed'
  | 'not-found-yet'
  | 'not-id-card'
  | 'read-failed'
  | 'random-failed'
  | 'write-failed'
  | 'sam-self-test-failed'
  | 'login-failed'
  | 'sam-unauthorised'
  | 'no-card'
  | 'select-failed'
  | 'comm-fault'
  | 'unknown-status';

const table: Record<number, Sw3Outcome> = {
  0x90: 'ok',
  0x9f: 'found',
  0x91: 'no-content',
  0x10: 'host-checksum-error',
  0x11: 'host-length-error',
  0x21: 'command-error',
  0x23: 'not-permitted',
  0x24: 'unrecognised-error',
  0x31: 'card-auth-failed',
  0x32: 'sam-auth-failed',
  0x33: 'verify-failed',
  0x34: 'not-found-yet',
  0x40: 'not-id-card',
  0x41: 'read-failed',
  0x47: 'random-failed',
  0x50: 'write-failed',
  0x60: 'sam-self-test-failed',
  0x61: 'login-failed',
  0x66: 'sam-unauthorised',
  0x80: 'no-card',
  0x81: 'select-failed',
  0xff: 'comm-fault',
};

export function sw3Outcome(sw3: number): Sw3Outcome {
  return table[sw3] ?? 'unknown-status';
}

/** Outcomes that mean "the card moved or is not readable right now": start again at find. */
export const CARD_TRANSIENT: ReadonlySet<Sw3Outcome> = new Set([
  'card-auth-failed',
  'sam-auth-failed',
  'verify-failed',
  'not-found-yet',
  'read-failed',
  'random-failed',
  'select-failed',
  'unrecognised-error',
]);

/** Outcomes that say the SAM itself is unhealthy. */
export const SAM_FAULT: ReadonlySet<Sw3Outcome> = new Set(['sam-self-test-failed', 'sam-unauthorised', 'login-failed']);
