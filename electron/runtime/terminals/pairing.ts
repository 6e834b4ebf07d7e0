import { createHash, randomBytes } from 'node:crypto';
import type { PairedTerminal, Role } from '../../api';
import { ApiFailure } from '../api-error';
import type { Db } from '../store/db';
import type { Approval } from './requests';

/** Only hashes are stored: a copy of the database does not let anyone impersonate a terminal. */
export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

interface TerminalRow {
  id: string;
  name: string;
  role: string;
  booth: number | null;
  paired_by: string;
  created_at: string;
  revoked_at: string | null;
}

const toTerminal = (r: TerminalRow): PairedTerminal => ({
  id: r.id,
  name: r.name,
  role: r.role as Role,
  booth: r.booth,
  pairedBy: r.paired_by,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

/**
 * Writes the terminal a staff member approved, with a fresh 256-bit token: the token is returned
 * this one time, to the device that collects it, and only its hash is kept.
 */
export function insertTerminal(
  db: Db,
  approval: Approval,
  now: Date,
): { token: string; terminal: PairedTerminal } {
  const token = randomBytes(32).toString('base64url');
  const createdAt = now.toISOString();
  db.run(
    'INSERT INTO terminals (id, name, role, booth, token_hash, paired_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    [approval.id, approval.name, approval.role, approval.booth, sha256(token), approval.pairedBy, createdAt],
  );
  const { id, name, role, booth, pairedBy } = approval;
  return { token, terminal: { id, name, role, booth, pairedBy, createdAt, revokedAt: null } };
}

/** A label when staff give none: the role, the booth, and a piece of the id to tell two apart. */
export const defaultTerminalName = (role: Role, booth: number | null, id: string) =>
  `${role}${booth !== null ? `-${booth}` : ''}-${id.slice(0, 4)}`;

export function terminalByToken(db: Db, token: string): PairedTerminal | undefined {
  const r = db.get<TerminalRow>('SELECT * FROM terminals WHERE token_hash = ? AND revoked_at IS NULL', [
    sha256(token),
  ]);
  return r ? toTerminal(r) : undefined;
}

export function listTerminals(db: Db): PairedTerminal[] {
  return db.all<TerminalRow>('SELECT * FROM terminals ORDER BY created_at DESC').map(toTerminal);
}

export function revokeTerminal(db: Db, id: string, now: Date): PairedTerminal {
  const r = db.get<TerminalRow>('SELECT * FROM terminals WHERE id = ?', [id]);
  if (!r) throw new ApiFailure('not_found', '没有这台设备');
  if (!r.revoked_at) db.run('UPDATE terminals SET revoked_at = ? WHERE id = ?', [now.toISOString(), id]);
  return toTerminal({ ...r, revoked_at: r.revoked_at ?? now.toISOString() });
}

/** Names are labels: any staff member may change one; two devices may share it. */
export function renameTerminal(db: Db, id: string, name: string): PairedTerminal {
  const r = db.get<TerminalRow>('SELECT * FROM terminals WHERE id = ?', [id]);
  if (!r) throw new ApiFailure('not_found', '没有这台设备');
  db.run('UPDATE terminals SET name = ? WHERE id = ?', [name, id]);
  return toTerminal({ ...r, name });
}
