import type { WorkerRecord } from '../../api';
import { ApiFailure } from '../api-error';
import type { Repositories } from '../data/repositories';
import type { DeskProfile, DeskWorker } from '../data/worker-records';
import { maskIdNumber } from '../workers/masking';
import type { StationClock } from '../clock/station-day';
import type { StationConfig } from '../config';
import { placeNames } from '../terminals/place-names';
import { ageOn } from '../workers/age';
import { checklistOf } from './checklist';
import { nextFollowUp } from './follow-up-rule';
import { nextStatuses } from './referral-flow';

export function requireWorker(tx: Repositories, workerId: string): DeskWorker {
  const w = tx.workerRecords.worker(workerId);
  if (!w) throw new ApiFailure('not_found', '找不到这位求职者（可能已被删除）');
  return w;
}

/** A kiosk registration has no profile row yet; the desk makes one on first need. */
export function ensureProfile(tx: Repositories, workerId: string): DeskProfile {
  return tx.workerRecords.ensureProfile(workerId);
}

/** The profile a worker without a stored one has. */
const emptyProfile = (workerId: string): DeskProfile => ({
  workerId,
  version: 1,
  occupations: [],
  expectedPay: null,
  districts: [],
  notes: '',
  outcome: 'seeking',
  outcomeJobId: null,
  outcomeEmployer: null,
  outcomeDate: null,
  outcomeViaStation: null,
  outcomeAt: null,
  updatedAt: null,
  updatedBy: null,
});

/**
 * Everything the desk shows about one worker, in one read. The ID number leaves only masked;
 * terminals are named as the places staff know them by.
 */
export function loadRecord(
  tx: Repositories,
  workerId: string,
  station: { clock: Pick<StationClock, 'today' | 'dayOf'>; config: Pick<StationConfig, 'hub' | 'desk'> },
): WorkerRecord {
  const { clock } = station;
  const followUpDays = station.config.desk.followUpDays;
  const place = placeNames(tx, station.config);
  const w = requireWorker(tx, workerId);
  const p = tx.workerRecords.profile(workerId) ?? emptyProfile(workerId);
  const names = tx.staff.names();
  const who = (id: string | null) => (id ? (names.get(id) ?? null) : null);

  const services = tx.workerRecords.services(workerId);
  const referrals = tx.referrals.forWorker(workerId);
  const steps = tx.referrals.stepsOfWorker(workerId);
  const followUps = tx.workerRecords.followUps(workerId);
  const groups = tx.workerRecords.keyGroups(workerId);
  const history = tx.workerRecords.changes(workerId, 50);
  const last = followUps[0];

  return {
    id: w.id,
    name: w.name,
    maskedIdNumber: maskIdNumber(w.idNumber),
    sex: w.sex,
    age: w.birthDate ? ageOn(w.birthDate, clock.today()) : null,
    verified: w.verified,
    registeredAt: w.registeredAt,
    lastSeenAt: w.lastSeenAt,
    shareWithEmployers: w.shareWithEmployers,
    phoneToEmployers: w.phoneToEmployers,
    version: p.version,
    profile: {
      phone: w.phone ?? '',
      occupations: p.occupations,
      expectedPay: p.expectedPay,
      districts: p.districts,
      notes: p.notes,
    },
    keyGroups: groups.map((g) => ({
      group: g.group,
      confirmedBy: who(g.confirmedBy),
      confirmedAt: g.confirmedAt,
    })),
    services: services.map((s) => ({
      id: s.id,
      kind: s.kind,
      at: s.at,
      jobId: s.jobId,
      jobTitle: s.jobTitle,
      note: s.note,
      staffName: who(s.staffId),
    })),
    checklist: checklistOf(services.map((s) => s.kind)),
    referrals: referrals.map((r) => {
      const history = steps
        .filter((e) => e.referralId === r.id)
        .map((e) => ({
          status: e.status,
          at: e.at,
          reason: e.reason,
          staffName: who(e.staffId),
          place: place(e.terminal),
        }));
      // Where it was made: the 报名's kiosk, the desk that wrote the 推荐, the booth that met them.
      return { ...r, place: history[0]?.place ?? '', next: nextStatuses(r.status), history };
    }),
    followUps: followUps.map((f) => ({
      id: f.id,
      day: f.day,
      result: f.result,
      note: f.note,
      staffName: who(f.staffId),
    })),
    nextFollowUp: nextFollowUp({
      outcome: p.outcome,
      registeredDay: clock.dayOf(w.registeredAt),
      lastFollowUpDay: last?.day ?? null,
      lastFollowUpNextDue: last?.nextDue ?? null,
      intervalDays: followUpDays,
    }),
    outcome: {
      status: p.outcome,
      jobId: p.outcomeJobId,
      employer: p.outcomeEmployer,
      date: p.outcomeDate,
      viaStation: p.outcomeViaStation,
      at: p.outcomeAt,
    },
    history: history.map((h) => ({
      field: h.field,
      at: h.at,
      staffName: who(h.staffId),
      terminal: h.terminal,
      place: place(h.terminal),
    })),
  };
}
