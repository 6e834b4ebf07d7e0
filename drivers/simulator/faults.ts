/** Faults the simulated reader can inject, one reply at a time. */
export type Fault =
  /** The card leaves the field during the read: SW3 41, card must be found again. */
  | 'lift-mid-read'
  /** Find answers 80 although a card lies there (RF miss). */
  | 'no-card'
  /** The reply's checksum byte is wrong. */
  | 'bad-checksum'
  /** Line noise before the reply. */
  | 'garbage'
  /** Only the first part of the reply is sent, then silence. */
  | 'partial'
  /** The reply comes late (longer than the host's deadline if `slowMs` says so). */
  | 'slow'
  /** No reply at all. */
  | 'silent'
  /** The SAM fails its self-test until reset (SW3 60). */
  | 'sam-fault';

export const ALL_FAULTS: readonly Fault[] = ['lift-mid-read', 'no-card', 'bad-checksum', 'garbage', 'partial', 'slow', 'silent', 'sam-fault'];

/** A small deterministic PRNG (mulberry32) so a failing fault sequence can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
