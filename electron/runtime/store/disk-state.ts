import type { StoreFs } from './fs-seam';
import type { JournalWriter } from './journal';
import type { KeyProtector } from './key-protector';
import type { Keyring } from './keyring';

/** What an open store holds of its data directory (an in-memory store has none). */
export interface DiskState {
  dir: string;
  fs: StoreFs;
  protector: KeyProtector;
  keyBesideData: boolean;
  keyMovedFrom: string | null;
  keyring: Keyring;
  /** Null between closing the old journal and opening the new one in a checkpoint. */
  journal: JournalWriter | null;
  /** Gives the data directory's lock back. */
  release: () => Promise<void>;
}
