import type { Db } from '../../store/db';
import type { FieldEdit, HallWorkersRepository } from '../hall-workers';
import { reader } from '../rows';

export function sqliteHallWorkers(db: Db): HallWorkersRepository {
  return {
    insertReceived(h) {
      // Verified: the terminal read the chip. The registration is also the consent and the first sighting.
      db.run(
        `INSERT INTO workers (id, id_hash, id_number, masked_id_number, home_terminal, name, sex, birth_date,
           nation, card_type, verified, share_with_employers, phone_to_employers, consent_at, registered_at,
           last_seen_at)
         VALUES (?, ?, NULL, ?, ?, ?, ?, ?, NULL, ?, 1, ?, ?, ?, ?, ?)`,
        [
          h.workerId,
          h.idHash,
          h.maskedIdNumber,
          h.terminal,
          h.name,
          h.sex,
          h.birthDate,
          h.cardType,
          h.shareWithEmployers ? 1 : 0,
          h.phoneToEmployers ? 1 : 0,
          h.consentAt,
          h.registeredAt,
          h.registeredAt,
        ],
      );
    },
    resolve(workerId) {
      const row = db.get(
        `SELECT id FROM workers WHERE id = ?
         UNION ALL SELECT worker_id AS id FROM worker_aliases WHERE alias_id = ? LIMIT 1`,
        [workerId, workerId],
      );
      return row && reader('workers', row).text('id');
    },
    addAlias(aliasId, workerId, terminal, at) {
      db.run('INSERT OR IGNORE INTO worker_aliases (alias_id, worker_id, terminal, at) VALUES (?, ?, ?, ?)', [
        aliasId,
        workerId,
        terminal,
        at,
      ]);
    },
    servedBy(workerId, terminal) {
      return !!db.get(
        `SELECT 1 AS x FROM workers WHERE id = ? AND home_terminal = ?
         UNION ALL SELECT 1 FROM visits WHERE worker_id = ? AND terminal = ?
         UNION ALL SELECT 1 FROM worker_aliases WHERE worker_id = ? AND terminal = ? LIMIT 1`,
        [workerId, terminal, workerId, terminal, workerId, terminal],
      );
    },
    homeTerminal(workerId) {
      const row = db.get('SELECT home_terminal FROM workers WHERE id = ? AND id_number IS NULL', [workerId]);
      return row ? (reader('workers', row).textOrNull('home_terminal') ?? undefined) : undefined;
    },
    fillIdNumber(workerId, idNumber) {
      db.run(
        `UPDATE workers SET id_number = ?, masked_id_number = NULL, home_terminal = NULL
          WHERE id = ? AND id_number IS NULL`,
        [idNumber, workerId],
      );
    },
    lastApplied(workerId, field) {
      const row = db.get(
        `SELECT at, event_id FROM worker_field_edits WHERE worker_id = ? AND field = ? AND applied = 1
          ORDER BY at DESC, event_id DESC LIMIT 1`,
        [workerId, field],
      );
      if (!row) return undefined;
      const r = reader('worker_field_edits', row);
      return { at: r.text('at'), eventId: r.text('event_id') };
    },
    recordEdit(e) {
      db.run(
        `INSERT INTO worker_field_edits (event_id, field, worker_id, value, terminal, actor, at, applied)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [e.eventId, e.field, e.workerId, e.value, e.terminal, e.actor, e.at, e.applied ? 1 : 0],
      );
    },
    history: (workerId) =>
      db
        .all(
          `SELECT event_id, field, worker_id, value, terminal, actor, at, applied FROM worker_field_edits
            WHERE worker_id = ? ORDER BY at, event_id, field`,
          [workerId],
        )
        .map((row): FieldEdit => {
          const r = reader('worker_field_edits', row);
          return {
            eventId: r.text('event_id'),
            workerId: r.text('worker_id'),
            field: r.text('field'),
            value: r.textOrNull('value'),
            terminal: r.text('terminal'),
            actor: r.textOrNull('actor'),
            at: r.text('at'),
            applied: r.bool('applied'),
          };
        }),
  };
}
