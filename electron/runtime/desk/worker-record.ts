import type { KeyGroup, Outcome, ReferralStatus, ServiceKind, WorkerRecord } from '../../api';
import { ApiFailure } from '../api-error';
import { repositoriesOf } from '../data/station-data';
import type { Db } from '../store/db';
import { maskIdNumber } from '../workers/masking';
import type { StationClock } from '../clock/station-day';
import { ageOn } from '../workers/age';
import { checklistOf } from './checklist';
import { nextFollowUp } from './follow-up-rule';
import { nextStatuses } from './referral-flow';

interface WorkerRow {
  id: string;
  name: string;
  id_number: string;
  sex: string;
  birth_date: string | null;
  verified: number;
  phone: string | null;
  share_with_employers: number;
  registered_at: string;
  last_seen_at: string;
}

export interface ProfileRow {
  worker_id: string;
  version: number;
  occupations: string;
  expected_pay: string | null;
  districts: string;
  notes: string;
  outcome: Outcome;
  outcome_job_id: string | null;
  outcome_employer: string | null;
  outcome_date: string | null;
  outcome_via_station: number | null;
  outcome_at: string | null;
  updated_at: string | null;
  updated_by: string | null;
}

export function requireWorker(db: Db, workerId: string): WorkerRow {
  const w = db.get<WorkerRow>(
    `SELECT id, name, id_number, sex, birth_date, verified, phone, share_with_employers, registered_at, last_seen_at
       FROM workers WHERE id = ?`,
    [workerId],
  );
  if (!w) throw new ApiFailure('not_found', '找不到这位求职者（可能已被删除）');
  return w;
}

/** A kiosk registration has no profile row yet; the desk makes one on first need. */
export function ensureProfile(db: Db, workerId: string): ProfileRow {
  db.run('INSERT OR IGNORE INTO worker_profiles (worker_id) VALUES (?)', [workerId]);
  return db.get<ProfileRow>('SELECT * FROM worker_profiles WHERE worker_id = ?', [workerId])!;
}

function readProfile(db: Db, workerId: string): ProfileRow {
  return (
    db.get<ProfileRow>('SELECT * FROM worker_profiles WHERE worker_id = ?', [workerId]) ?? {
      worker_id: workerId,
      version: 1,
      occupations: '[]',
      expected_pay: null,
      districts: '[]',
      notes: '',
      outcome: 'seeking',
      outcome_job_id: null,
      outcome_employer: null,
      outcome_date: null,
      outcome_via_station: null,
      outcome_at: null,
      updated_at: null,
      updated_by: null,
    }
  );
}

/** Everything the desk shows about one worker, in one read. The ID number leaves only masked. */
export function loadRecord(
  db: Db,
  workerId: string,
  clock: Pick<StationClock, 'today' | 'dayOf'>,
  followUpDays: number,
): WorkerRecord {
  const w = requireWorker(db, workerId);
  const p = readProfile(db, workerId);
  const names = repositoriesOf(db).staff.names();
  const who = (id: string | null) => (id ? (names.get(id) ?? null) : null);

  const services = db.all<{
    id: string;
    kind: ServiceKind;
    at: string;
    job_id: string | null;
    note: string;
    staff_id: string | null;
    job_title: string | null;
  }>(
    `SELECT s.id, s.kind, s.at, s.job_id, s.note, s.staff_id, r.job_title
       FROM service_records s LEFT JOIN referrals r ON r.id = s.referral_id
      WHERE s.worker_id = ? ORDER BY s.at DESC, s.rowid DESC`,
    [workerId],
  );
  const referralRows = db.all<{
    id: string;
    job_id: string;
    job_title: string;
    employer_id: string;
    employer_name: string;
    status: ReferralStatus;
    side: 'worker' | 'employer' | null;
    reason: string;
    version: number;
    created_at: string;
    updated_at: string;
  }>('SELECT * FROM referrals WHERE worker_id = ? ORDER BY created_at DESC, rowid DESC', [workerId]);
  const events = db.all<{
    referral_id: string;
    status: ReferralStatus;
    at: string;
    reason: string;
    staff_id: string | null;
  }>(
    `SELECT e.referral_id, e.status, e.at, e.reason, e.staff_id FROM referral_events e
       JOIN referrals r ON r.id = e.referral_id WHERE r.worker_id = ? ORDER BY e.at, e.rowid`,
    [workerId],
  );
  const followUps = db.all<{
    id: string;
    day: string;
    result: 'reached' | 'unreachable';
    note: string;
    next_due: string | null;
    staff_id: string | null;
  }>(
    'SELECT id, day, result, note, next_due, staff_id FROM follow_ups WHERE worker_id = ? ORDER BY at DESC, rowid DESC',
    [workerId],
  );
  const groups = db.all<{ grp: KeyGroup; confirmed_by: string | null; confirmed_at: string }>(
    'SELECT grp, confirmed_by, confirmed_at FROM worker_key_groups WHERE worker_id = ? ORDER BY confirmed_at',
    [workerId],
  );
  const history = db.all<{ field: string; at: string; staff_id: string | null; terminal: string }>(
    'SELECT field, at, staff_id, terminal FROM profile_changes WHERE worker_id = ? ORDER BY at DESC, rowid DESC LIMIT 50',
    [workerId],
  );
  const last = followUps[0];

  return {
    id: w.id,
    name: w.name,
    maskedIdNumber: maskIdNumber(w.id_number),
    sex: w.sex === 'male' || w.sex === 'female' ? w.sex : 'unknown',
    age: w.birth_date ? ageOn(w.birth_date, clock.today()) : null,
    verified: w.verified === 1,
    registeredAt: w.registered_at,
    lastSeenAt: w.last_seen_at,
    shareWithEmployers: w.share_with_employers === 1,
    version: p.version,
    profile: {
      phone: w.phone ?? '',
      occupations: JSON.parse(p.occupations) as string[],
      expectedPay: p.expected_pay
        ? (JSON.parse(p.expected_pay) as WorkerRecord['profile']['expectedPay'])
        : null,
      districts: JSON.parse(p.districts) as string[],
      notes: p.notes,
    },
    keyGroups: groups.map((g) => ({
      group: g.grp,
      confirmedBy: who(g.confirmed_by),
      confirmedAt: g.confirmed_at,
    })),
    services: services.map((s) => ({
      id: s.id,
      kind: s.kind,
      at: s.at,
      jobId: s.job_id,
      jobTitle: s.job_title,
      note: s.note,
      staffName: who(s.staff_id),
    })),
    checklist: checklistOf(services.map((s) => s.kind)),
    referrals: referralRows.map((r) => ({
      id: r.id,
      jobId: r.job_id,
      jobTitle: r.job_title,
      employerId: r.employer_id,
      employerName: r.employer_name,
      status: r.status,
      side: r.side,
      reason: r.reason,
      version: r.version,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      next: nextStatuses(r.status),
      history: events
        .filter((e) => e.referral_id === r.id)
        .map((e) => ({ status: e.status, at: e.at, reason: e.reason, staffName: who(e.staff_id) })),
    })),
    followUps: followUps.map((f) => ({
      id: f.id,
      day: f.day,
      result: f.result,
      note: f.note,
      staffName: who(f.staff_id),
    })),
    nextFollowUp: nextFollowUp({
      outcome: p.outcome,
      registeredDay: clock.dayOf(w.registered_at),
      lastFollowUpDay: last?.day ?? null,
      lastFollowUpNextDue: last?.next_due ?? null,
      intervalDays: followUpDays,
    }),
    outcome: {
      status: p.outcome,
      jobId: p.outcome_job_id,
      employer: p.outcome_employer,
      date: p.outcome_date,
      viaStation: p.outcome_via_station === null ? null : p.outcome_via_station === 1,
      at: p.outcome_at,
    },
    history: history.map((h) => ({
      field: h.field,
      at: h.at,
      staffName: who(h.staff_id),
      terminal: h.terminal,
    })),
  };
}
