import { keyGroups } from '../../../contract/desk';
import { cardTypes, sexes } from '../../../schema/worker';
import type { Db } from '../../store/db';
import { countOf, reader, type Row } from '../rows';
import type { WorkerListing, WorkersRepository } from '../workers';

function listing(row: Row): WorkerListing {
  const r = reader('workers', row);
  return {
    id: r.text('id'),
    name: r.text('name'),
    idNumber: r.text('id_number'),
    sex: r.oneOf('sex', sexes),
    birthDate: r.textOrNull('birth_date'),
    cardType: r.oneOf('card_type', cardTypes),
    verified: r.bool('verified'),
    registeredAt: r.text('registered_at'),
    lastSeenAt: r.text('last_seen_at'),
  };
}

export function sqliteWorkers(db: Db): WorkersRepository {
  return {
    byHash(idHash) {
      const row = db.get('SELECT id, name FROM workers WHERE id_hash = ?', [idHash]);
      if (!row) return undefined;
      const r = reader('workers', row);
      return { id: r.text('id'), name: r.text('name') };
    },
    exists: (workerId) => !!db.get('SELECT 1 AS x FROM workers WHERE id = ?', [workerId]),
    nameOf(workerId) {
      const row = db.get('SELECT name FROM workers WHERE id = ?', [workerId]);
      return row && reader('workers', row).text('name');
    },
    registrationByHash(idHash) {
      const row = db.get(
        'SELECT id, share_with_employers, phone_to_employers, registered_at FROM workers WHERE id_hash = ?',
        [idHash],
      );
      if (!row) return undefined;
      const r = reader('workers', row);
      return {
        workerId: r.text('id'),
        shareWithEmployers: r.bool('share_with_employers'),
        phoneToEmployers: r.bool('phone_to_employers'),
        registeredAt: r.text('registered_at'),
      };
    },
    idHashOf(workerId) {
      const row = db.get('SELECT id_hash FROM workers WHERE id = ?', [workerId]);
      return row && reader('workers', row).text('id_hash');
    },
    idNumbers: () =>
      db.all('SELECT id, id_number FROM workers WHERE id_number IS NOT NULL').map((row) => {
        const r = reader('workers', row);
        return { id: r.text('id'), idNumber: r.text('id_number') };
      }),
    setIdHash(workerId, idHash) {
      db.run('UPDATE workers SET id_hash = ? WHERE id = ?', [idHash, workerId]);
    },
    insert(w) {
      db.run(
        `INSERT INTO workers (id, id_hash, id_number, name, sex, birth_date, nation, card_type, verified,
           share_with_employers, phone_to_employers, consent_at, registered_at, last_seen_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)`,
        [
          w.id,
          w.idHash,
          w.idNumber,
          w.name,
          w.sex,
          w.birthDate,
          w.nation,
          w.cardType,
          w.shareWithEmployers ? 1 : 0,
          w.phoneToEmployers ? 1 : 0,
          w.at,
          w.at,
          w.at,
        ],
      );
    },
    count: () => countOf('workers', db.get('SELECT count(*) AS n FROM workers')),
    page(q, limit, offset) {
      const where: string[] = [];
      const params: (string | number)[] = [];
      const term = q?.trim();
      if (term) {
        where.push('(name LIKE ? OR substr(coalesce(id_number, masked_id_number), -4) = ? OR phone LIKE ?)');
        params.push(`%${term}%`, term.toUpperCase(), `%${term}%`);
      }
      const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const total = countOf('workers', db.get(`SELECT count(*) AS n FROM workers ${clause}`, params));
      const rows = db.all(
        `SELECT id, name, coalesce(id_number, masked_id_number) AS id_number, sex, birth_date, card_type,
                verified, registered_at, last_seen_at
           FROM workers ${clause} ORDER BY last_seen_at DESC LIMIT ? OFFSET ?`,
        [...params, limit, offset],
      );
      return { total, items: rows.map(listing) };
    },
    seen(workerId, at) {
      db.run('UPDATE workers SET last_seen_at = ? WHERE id = ?', [at, workerId]);
    },
    isUnverified: (workerId) =>
      !!db.get('SELECT 1 AS x FROM workers WHERE id = ? AND verified = 0', [workerId]),
    verify(workerId) {
      db.run('UPDATE workers SET verified = 1 WHERE id = ? AND verified = 0', [workerId]);
    },
    markTypedByHand(workerId, phone) {
      db.run('UPDATE workers SET verified = 0, phone = ? WHERE id = ?', [phone, workerId]);
      db.run("INSERT INTO worker_profiles (worker_id, registered_via) VALUES (?, 'manual')", [workerId]);
    },
    setPhone(workerId, phone) {
      db.run('UPDATE workers SET phone = ? WHERE id = ?', [phone, workerId]);
    },
    setShareWithEmployers(workerId, share) {
      db.run('UPDATE workers SET share_with_employers = ? WHERE id = ?', [share ? 1 : 0, workerId]);
    },
    setPhoneToEmployers(workerId, phone) {
      db.run('UPDATE workers SET phone_to_employers = ? WHERE id = ?', [phone ? 1 : 0, workerId]);
    },
    lastSeenBefore: (cutoff) =>
      db
        .all('SELECT id FROM workers WHERE last_seen_at < ?', [cutoff])
        .map((row) => reader('workers', row).text('id')),
    facts(workerId) {
      const row = db.get('SELECT name, phone, birth_date FROM workers WHERE id = ?', [workerId]);
      if (!row) return undefined;
      const r = reader('workers', row);
      const groups = db
        .all('SELECT grp FROM worker_key_groups WHERE worker_id = ?', [workerId])
        .map((g) => reader('worker_key_groups', g).oneOf('grp', keyGroups));
      return {
        name: r.text('name'),
        phone: r.textOrNull('phone'),
        birthDate: r.textOrNull('birth_date'),
        keyGroups: groups,
      };
    },
    erase(workerId) {
      db.run('DELETE FROM workers WHERE id = ?', [workerId]);
    },
  };
}
