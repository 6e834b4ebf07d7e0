import { randomUUID } from 'node:crypto';
import type { Db } from '../../store/db';
import type { AuditRepository, StoredAuditRow } from '../audit';
import { countOf, reader, type Row } from '../rows';

function auditRow(row: Row): StoredAuditRow {
  const r = reader('audit', row);
  return {
    id: r.text('id'),
    at: r.text('at'),
    actor: r.text('actor'),
    actorName: r.textOrNull('actorName'),
    terminal: r.textOrNull('terminal'),
    action: r.text('action'),
    subject: r.text('subject'),
    detail: r.textOrNull('detail'),
  };
}

export function sqliteAudit(db: Db): AuditRepository {
  return {
    append(e) {
      // The id is made here, in JS, so the journal's replay writes the same row.
      db.run(
        'INSERT INTO audit (id, at, actor, action, subject, terminal, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [
          randomUUID(),
          e.at.toISOString(),
          e.actor,
          e.action,
          e.subject,
          e.terminal,
          e.detail ? JSON.stringify(e.detail) : null,
        ],
      );
    },
    list(q) {
      const where: string[] = [];
      const params: string[] = [];
      if (q.subject) {
        where.push('a.subject = ?');
        params.push(q.subject);
      }
      if (q.action) {
        where.push('a.action = ?');
        params.push(q.action);
      }
      const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const total = countOf('audit', db.get(`SELECT count(*) AS n FROM audit a ${clause}`, params));
      const items = db
        .all(
          `SELECT a.id, a.at, a.actor, s.name AS actorName, a.terminal, a.action, a.subject, a.detail
             FROM audit a LEFT JOIN staff s ON s.id = a.actor ${clause}
            ORDER BY a.at DESC, a.rowid DESC LIMIT ? OFFSET ?`,
          [...params, q.limit, q.offset],
        )
        .map(auditRow);
      return { total, items };
    },
  };
}
