import type { PairedTerminal } from '../../api';

/** A terminal staff approved, as stored: the hash of its token, never the token. */
export interface NewTerminal {
  id: string;
  name: string;
  role: PairedTerminal['role'];
  booth: number | null;
  tokenHash: string;
  pairedBy: string;
  createdAt: string;
}

export interface TerminalsRepository {
  insert(terminal: NewTerminal): void;
  /** The terminal holding this token, unless it has been revoked. */
  byTokenHash(tokenHash: string): PairedTerminal | undefined;
  byId(id: string): PairedTerminal | undefined;
  /** Every terminal ever paired, revoked ones too, newest first. */
  list(): PairedTerminal[];
  rename(id: string, name: string): void;
  revoke(id: string, at: string): void;
}
