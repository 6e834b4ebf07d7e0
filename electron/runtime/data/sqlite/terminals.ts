import type { PairedTerminal } from '../../../api';
import { roles } from '../../../contract/define';
import type { Db } from '../../store/db';
import { reader, type Row } from '../rows';
import type { TerminalsRepository } from '../terminals';

function pairedTerminal(row: Row): PairedTerminal {
  const r = reader('terminals', row);
  return {
    id: r.text('id'),
    name: r.text('name'),
    role: r.oneOf('role', roles),
    booth: r.intOrNull('booth'),
    pairedBy: r.text('paired_by'),
    createdAt: r.text('created_at'),
    revokedAt: r.textOrNull('revoked_at'),
  };
}

export function sqliteTerminals(db: Db): TerminalsRepository {
  return {
    insert(t) {
      db.run(
        'INSERT INTO terminals (id, name, role, booth, token_hash, paired_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [t.id, t.name, t.role, t.booth, t.tokenHash, t.pairedBy, t.createdAt],
      );
    },
    byTokenHash(tokenHash) {
      const row = db.get('SELECT * FROM terminals WHERE token_hash = ? AND revoked_at IS NULL', [tokenHash]);
      return row && pairedTerminal(row);
    },
    byId(id) {
      const row = db.get('SELECT * FROM terminals WHERE id = ?', [id]);
      return row && pairedTerminal(row);
    },
    list: () => db.all('SELECT * FROM terminals ORDER BY created_at DESC').map(pairedTerminal),
    rename(id, name) {
      db.run('UPDATE terminals SET name = ? WHERE id = ?', [name, id]);
    },
    revoke(id, at) {
      db.run('UPDATE terminals SET revoked_at = ? WHERE id = ?', [at, id]);
    },
  };
}
