import { createHash, randomBytes } from 'node:crypto';
import type { PairedTerminal, Role } from '../../api';
import { ApiFailure } from '../api-error';
import type { Repositories } from '../data/repositories';
import type { Approval } from './requests';

/** Only hashes are stored: a copy of the database does not let anyone impersonate a terminal. */
export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * Writes the terminal a staff member approved, with a fresh 256-bit token: the token is returned
 * this one time, to the device that collects it, and only its hash is kept.
 */
export function insertTerminal(
  tx: Repositories,
  approval: Approval,
  now: Date,
): { token: string; terminal: PairedTerminal } {
  const token = randomBytes(32).toString('base64url');
  const createdAt = now.toISOString();
  const { id, name, role, booth, pairedBy } = approval;
  tx.terminals.insert({ id, name, role, booth, tokenHash: sha256(token), pairedBy, createdAt });
  return { token, terminal: { id, name, role, booth, pairedBy, createdAt, revokedAt: null } };
}

/** A label when staff give none: the role, the booth, and a piece of the id to tell two apart. */
export const defaultTerminalName = (role: Role, booth: number | null, id: string) =>
  `${role}${booth !== null ? `-${booth}` : ''}-${id.slice(0, 4)}`;

export function terminalByToken(tx: Repositories, token: string): PairedTerminal | undefined {
  return tx.terminals.byTokenHash(sha256(token));
}

export function revokeTerminal(tx: Repositories, id: string, now: Date): PairedTerminal {
  const t = tx.terminals.byId(id);
  if (!t) throw new ApiFailure('not_found', '没有这台设备');
  if (!t.revokedAt) tx.terminals.revoke(id, now.toISOString());
  return { ...t, revokedAt: t.revokedAt ?? now.toISOString() };
}

/** Names are labels: any staff member may change one; two devices may share it. */
export function renameTerminal(tx: Repositories, id: string, name: string): PairedTerminal {
  const t = tx.terminals.byId(id);
  if (!t) throw new ApiFailure('not_found', '没有这台设备');
  tx.terminals.rename(id, name);
  return { ...t, name };
}
