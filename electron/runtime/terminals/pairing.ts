import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { Role } from '../../api';
import { ApiFailure } from '../api-error';
import type { Db } from '../store/db';

/** Pairing codes live five minutes: long enough to walk to a booth, short enough to be useless later. */
export const PAIRING_TTL_MS = 5 * 60_000;

/** Only hashes are stored: a copy of the database does not let anyone pair or impersonate a terminal. */
export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export interface PairedTerminal {
  id: string;
  name: string;
  role: Role;
  booth: number | null;
  pairedBy: string;
  createdAt: string;
  revokedAt: string | null;
}

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

export function createPairingCode(
  db: Db,
  input: { role: Role; booth?: number | undefined; by: string; now: Date },
): { code: string; expiresAt: string } {
  const nowIso = input.now.toISOString();
  db.run('DELETE FROM pairing_codes WHERE expires_at < ? OR used_at IS NOT NULL', [nowIso]);
  for (;;) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const hash = sha256(code);
    if (db.get('SELECT 1 FROM pairing_codes WHERE code_hash = ?', [hash])) continue;
    const expiresAt = new Date(input.now.getTime() + PAIRING_TTL_MS).toISOString();
    db.run(
      'INSERT INTO pairing_codes (code_hash, role, booth, created_by, expires_at) VALUES (?, ?, ?, ?, ?)',
      [hash, input.role, input.booth ?? null, input.by, expiresAt],
    );
    return { code, expiresAt };
  }
}

/** Redeems a code once for a 256-bit token; the token itself is returned this one time and never stored. */
export function redeemPairingCode(
  db: Db,
  input: { code: string; name?: string | undefined; now: Date },
): { token: string; terminal: PairedTerminal } {
  const row = db.get<{
    role: string;
    booth: number | null;
    created_by: string;
    expires_at: string;
    used_at: string | null;
  }>('SELECT role, booth, created_by, expires_at, used_at FROM pairing_codes WHERE code_hash = ?', [
    sha256(input.code),
  ]);
  if (!row || row.used_at || row.expires_at < input.now.toISOString()) {
    throw new ApiFailure('not_found', 'pairing code unknown, used or expired');
  }
  const nowIso = input.now.toISOString();
  db.run('UPDATE pairing_codes SET used_at = ? WHERE code_hash = ?', [nowIso, sha256(input.code)]);
  const token = randomBytes(32).toString('base64url');
  const id = randomUUID();
  const role = row.role as Role;
  const name = input.name?.trim() || `${role}${row.booth ? `-${row.booth}` : ''}-${id.slice(0, 4)}`;
  db.run(
    'INSERT INTO terminals (id, name, role, booth, token_hash, paired_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    [id, name, role, row.booth, sha256(token), row.created_by, nowIso],
  );
  return {
    token,
    terminal: {
      id,
      name,
      role,
      booth: row.booth,
      pairedBy: row.created_by,
      createdAt: nowIso,
      revokedAt: null,
    },
  };
}

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
  if (!r) throw new ApiFailure('not_found', 'no such terminal');
  if (!r.revoked_at) db.run('UPDATE terminals SET revoked_at = ? WHERE id = ?', [now.toISOString(), id]);
  return toTerminal({ ...r, revoked_at: r.revoked_at ?? now.toISOString() });
}
