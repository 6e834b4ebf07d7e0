import type { Erasure } from '../sync/protocol';

/** One entry of the hub's erasure feed: its position, and the person by hash and the hall's id. */
export interface ErasureEntry extends Erasure {
  seq: number;
}

/**
 * The hub's erasures in order (sync README, GET /v1/erasures): each person the hall's record erased,
 * by the hall's HMAC and workerId, and why. Its terminals read it after their cursor and erase their
 * own copies. Written in the write that erases the record, so an erasure and its entry go together.
 */
export interface ErasureFeedRepository {
  add(entry: Erasure): void;
  /** Up to `limit` entries after position `after`, oldest first. */
  after(after: number, limit: number): ErasureEntry[];
  /** The newest position (0 when empty): a cursor past it was not issued by this store. */
  top(): number;
}
