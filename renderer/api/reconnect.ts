/**
 * When to try the hub again after the event stream dropped: doubling from 1 s to at most 30 s, with
 * half of each wait random so a hall's TVs do not all knock at once when the hub comes back.
 */
export function reconnectDelay(failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(30_000, 1_000 * 2 ** Math.min(failures, 10));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** The hub sends a ping every 15 s; a stream silent for this long is dead even if no error came. */
export const STREAM_SILENCE_MS = 45_000;
