import { randomUUID } from 'node:crypto';
import { keyGroups, outcomes, serviceKinds } from '../../../contract/desk';
import { payUnits } from '../../../schema/job';
import { sexes } from '../../../schema/worker';
import type { Db } from '../../store/db';
import { CorruptRow, reader, type Row } from '../rows';
import {
  followUpResults,
  type DeskProfile,
  type ExpectedPay,
  type ProfileFields,
  type WorkerRecordsRepository,
} from '../worker-records';

const stringList = (column: string) => (v: unknown) => {
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
    throw new CorruptRow('worker_profiles', column, 'expected a list of strings');
  return v as string[];
};

const expectedPay = (v: unknown): ExpectedPay => {
  const p = v as Partial<ExpectedPay> | null;
  if (typeof p?.amount !== 'number' || !(payUnits as readonly unknown[]).includes(p.unit))
    throw new CorruptRow('worker_profiles', 'expected_pay', 'expected an amount and a pay unit');
  return p as ExpectedPay;
};

function profileRecord(row: Row): DeskProfile {
  const r = reader('worker_profiles', row);
  const via = r.intOrNull('outcome_via_station');
  return {
    workerId: r.text('worker_id'),
    version: r.int('version'),
    occupations: r.json('occupations', stringList('occupations')),
    expectedPay: r.textOrNull('expected_pay') === null ? null : r.json('expected_pay', expectedPay),
    districts: r.json('districts', stringList('districts')),
    notes: r.text('notes'),
    outcome: r.oneOf('outcome', outcomes),
    outcomeJobId: r.textOrNull('outcome_job_id'),
    outcomeEmployer: r.textOrNull('outcome_employer'),
    outcomeDate: r.textOrNull('outcome_date'),
    outcomeViaStation: via === null ? null : via === 1,
    outcomeAt: r.textOrNull('outcome_at'),
    updatedAt: r.textOrNull('updated_at'),
    updatedBy: r.textOrNull('updated_by'),
  };
}

/** The profile's JSON columns in the order an edit writes them. */
const profileColumns: [keyof ProfileFields, string][] = [
  ['occupations', 'occupations'],
  ['expectedPay', 'expected_pay'],
  ['districts', 'districts'],
  ['notes', 'notes'],
];

export function sqliteWorkerRecords(db: Db): WorkerRecordsRepository {
  const profile = (workerId: string) => {
    const row = db.get('SELECT * FROM worker_profiles WHERE worker_id = ?', [workerId]);
    return row && profileRecord(row);
  };
  return {
    worker(workerId) {
      const row = db.get(
        `SELECT id, name, coalesce(id_number, masked_id_number) AS id_number, sex, birth_date, verified, phone,
                share_with_employers, phone_to_employers, registered_at, last_seen_at
           FROM workers WHERE id = ?`,
        [workerId],
      );
      if (!row) return undefined;
      const r = reader('workers', row);
      return {
        id: r.text('id'),
        name: r.text('name'),
        idNumber: r.text('id_number'),
        sex: r.oneOf('sex', sexes),
        birthDate: r.textOrNull('birth_date'),
        verified: r.bool('verified'),
        phone: r.textOrNull('phone'),
        shareWithEmployers: r.bool('share_with_employers'),
        phoneToEmployers: r.bool('phone_to_employers'),
        registeredAt: r.text('registered_at'),
        lastSeenAt: r.text('last_seen_at'),
      };
    },
    ensureProfile(workerId) {
      db.run('INSERT OR IGNORE INTO worker_profiles (worker_id) VALUES (?)', [workerId]);
      return profile(workerId)!;
    },
    profile,
    bumpVersion(workerId, at, staffId) {
      db.run(
        'UPDATE worker_profiles SET version = version + 1, updated_at = ?, updated_by = ? WHERE worker_id = ?',
        [at, staffId, workerId],
      );
    },
    recordChange(c) {
      db.run(
        `INSERT INTO profile_changes (id, worker_id, field, old_value, new_value, at, staff_id, terminal)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          randomUUID(),
          c.workerId,
          c.field,
          JSON.stringify(c.oldValue ?? null),
          JSON.stringify(c.newValue ?? null),
          c.at,
          c.staffId,
          c.terminal,
        ],
      );
    },
    setProfileFields(workerId, fields) {
      for (const [key, column] of profileColumns) {
        const v = fields[key];
        if (v === undefined) continue;
        const stored = typeof v === 'string' ? v : v === null ? null : JSON.stringify(v);
        db.run(`UPDATE worker_profiles SET ${column} = ? WHERE worker_id = ?`, [stored, workerId]);
      }
    },
    addKeyGroup(workerId, group, staffId, at) {
      db.run(
        `INSERT INTO worker_key_groups (worker_id, grp, confirmed_by, confirmed_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(worker_id, grp) DO NOTHING`,
        [workerId, group, staffId, at],
      );
    },
    removeKeyGroup(workerId, group) {
      db.run('DELETE FROM worker_key_groups WHERE worker_id = ? AND grp = ?', [workerId, group]);
    },
    setOutcome(workerId, o) {
      db.run(
        `UPDATE worker_profiles SET outcome = ?, outcome_job_id = ?, outcome_employer = ?, outcome_date = ?,
           outcome_via_station = ?, outcome_at = ? WHERE worker_id = ?`,
        [
          o.status,
          o.jobId,
          o.employer,
          o.date,
          o.viaStation === null ? null : o.viaStation ? 1 : 0,
          o.at,
          workerId,
        ],
      );
    },
    recordHire(workerId, h) {
      db.run(
        `UPDATE worker_profiles SET outcome = 'employed', outcome_job_id = ?, outcome_employer = ?, outcome_date = ?,
           outcome_via_station = 1, outcome_at = ?, version = version + 1, updated_at = ?, updated_by = ? WHERE worker_id = ?`,
        [h.jobId, h.employer, h.date, h.at, h.at, h.staffId, workerId],
      );
    },
    hasService: (id) => !!db.get('SELECT 1 AS x FROM service_records WHERE id = ?', [id]),
    addService(s) {
      db.run(
        `INSERT INTO service_records (id, worker_id, kind, job_id, referral_id, note, at, day, staff_id, terminal)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [s.id, s.workerId, s.kind, s.jobId, s.referralId, s.note, s.at, s.day, s.staffId, s.terminal],
      );
    },
    addFollowUp(f) {
      db.run(
        `INSERT INTO follow_ups (id, worker_id, day, result, note, next_due, at, staff_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [f.id, f.workerId, f.day, f.result, f.note, f.nextDue, f.at, f.staffId],
      );
    },
    services: (workerId) =>
      db
        .all(
          `SELECT s.id, s.kind, s.at, s.job_id, s.note, s.staff_id, r.job_title
             FROM service_records s LEFT JOIN referrals r ON r.id = s.referral_id
            WHERE s.worker_id = ? ORDER BY s.at DESC, s.rowid DESC`,
          [workerId],
        )
        .map((row) => {
          const r = reader('service_records', row);
          return {
            id: r.text('id'),
            kind: r.oneOf('kind', serviceKinds),
            at: r.text('at'),
            jobId: r.textOrNull('job_id'),
            note: r.text('note'),
            staffId: r.textOrNull('staff_id'),
            jobTitle: r.textOrNull('job_title'),
          };
        }),
    followUps: (workerId) =>
      db
        .all(
          'SELECT id, day, result, note, next_due, staff_id FROM follow_ups WHERE worker_id = ? ORDER BY at DESC, rowid DESC',
          [workerId],
        )
        .map((row) => {
          const r = reader('follow_ups', row);
          return {
            id: r.text('id'),
            day: r.text('day'),
            result: r.oneOf('result', followUpResults),
            note: r.text('note'),
            nextDue: r.textOrNull('next_due'),
            staffId: r.textOrNull('staff_id'),
          };
        }),
    keyGroups: (workerId) =>
      db
        .all(
          'SELECT grp, confirmed_by, confirmed_at FROM worker_key_groups WHERE worker_id = ? ORDER BY confirmed_at',
          [workerId],
        )
        .map((row) => {
          const r = reader('worker_key_groups', row);
          return {
            group: r.oneOf('grp', keyGroups),
            confirmedBy: r.textOrNull('confirmed_by'),
            confirmedAt: r.text('confirmed_at'),
          };
        }),
    changes: (workerId, limit) =>
      db
        .all(
          'SELECT field, at, staff_id, terminal FROM profile_changes WHERE worker_id = ? ORDER BY at DESC, rowid DESC LIMIT ?',
          [workerId, limit],
        )
        .map((row) => {
          const r = reader('profile_changes', row);
          return {
            field: r.text('field'),
            at: r.text('at'),
            staffId: r.textOrNull('staff_id'),
            terminal: r.text('terminal'),
          };
        }),
    followUpCandidates: () =>
      db
        .all(
          `SELECT w.id, w.name, coalesce(w.id_number, w.masked_id_number) AS id_number, w.registered_at,
                  (SELECT f.day FROM follow_ups f WHERE f.worker_id = w.id ORDER BY f.at DESC, f.rowid DESC LIMIT 1) AS last_day,
                  (SELECT f.next_due FROM follow_ups f WHERE f.worker_id = w.id ORDER BY f.at DESC, f.rowid DESC LIMIT 1) AS last_next
             FROM workers w LEFT JOIN worker_profiles p ON p.worker_id = w.id
            WHERE coalesce(p.outcome, 'seeking') = 'seeking'`,
        )
        .map((row) => {
          const r = reader('workers', row);
          return {
            id: r.text('id'),
            name: r.text('name'),
            idNumber: r.text('id_number'),
            registeredAt: r.text('registered_at'),
            lastDay: r.textOrNull('last_day'),
            lastNextDue: r.textOrNull('last_next'),
          };
        }),
  };
}
