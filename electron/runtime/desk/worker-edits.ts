import createDebug from 'debug';
import type { MethodParsed, WorkerRecord } from '../../api';
import type { CallContext } from '../../dispatcher';
import { ApiFailure } from '../api-error';
import { auditCall } from '../audit/audit-log';
import { repositoriesOf } from '../data/station-data';
import type { StationContext } from '../context';
import { dailyWage } from '../match/wage';
import type { Db } from '../store/db';
import { eraseWorkerRows } from '../workers/erase';
import { bumpVersion, recordChange, staffIdOf, toOutbox, writeWorker } from './desk-write';
import { ensureProfile, requireWorker } from './worker-record';

const log = createDebug('station:desk');

type Changes = MethodParsed<'workers.updateProfile'>['changes'];

/** Profile edits: each changed field goes to the record's history, the field names to the audit trail. */
export function updateProfile(
  ctx: StationContext,
  input: MethodParsed<'workers.updateProfile'>,
  caller: CallContext,
): Promise<WorkerRecord> {
  return writeWorker(ctx, input.workerId, (db, now) => {
    bumpVersion(db, input.workerId, input.version, caller, now, ctx.clock);
    const w = requireWorker(db, input.workerId);
    const p = ensureProfile(db, input.workerId);
    const c: Changes = input.changes;
    const before: Record<keyof Changes, unknown> = {
      phone: w.phone ?? '',
      occupations: JSON.parse(p.occupations),
      expectedPay: p.expected_pay ? JSON.parse(p.expected_pay) : null,
      districts: JSON.parse(p.districts),
      notes: p.notes,
      shareWithEmployers: w.share_with_employers === 1,
    };
    const changed = (Object.keys(c) as (keyof Changes)[]).filter(
      (k) => c[k] !== undefined && JSON.stringify(c[k]) !== JSON.stringify(before[k]),
    );
    for (const k of changed) recordChange(db, input.workerId, k, before[k], c[k], caller, now);
    if (c.phone !== undefined)
      db.run('UPDATE workers SET phone = ? WHERE id = ?', [c.phone || null, input.workerId]);
    if (c.shareWithEmployers !== undefined) {
      db.run('UPDATE workers SET share_with_employers = ? WHERE id = ?', [
        c.shareWithEmployers ? 1 : 0,
        input.workerId,
      ]);
    }
    const json: [keyof Changes, string][] = [
      ['occupations', 'occupations'],
      ['expectedPay', 'expected_pay'],
      ['districts', 'districts'],
      ['notes', 'notes'],
    ];
    for (const [key, column] of json) {
      const v = c[key];
      if (v === undefined) continue;
      const stored = key === 'notes' ? (v as string) : v === null ? null : JSON.stringify(v);
      db.run(`UPDATE worker_profiles SET ${column} = ? WHERE worker_id = ?`, [stored, input.workerId]);
    }
    syncKioskAnswers(db, input.workerId, c);
    auditCall(repositoriesOf(db), caller, now, 'workers.edit', input.workerId, { fields: changed });
    log('profile edited (%d fields)', changed.length);
  });
}

/**
 * The kiosk matches from the answers its wizard stored; what staff change at the desk (trades,
 * expected pay, district) is written into them too, so recommendations follow the desk's record.
 */
function syncKioskAnswers(db: Db, workerId: string, c: Changes): void {
  const row = db.get<{ a: string | null }>(
    'SELECT kiosk_answers AS a FROM worker_profiles WHERE worker_id = ?',
    [workerId],
  );
  if (!row?.a) return;
  const answers = JSON.parse(row.a) as Record<string, unknown>;
  if (c.occupations !== undefined) answers.occupations = c.occupations;
  if (c.districts !== undefined) {
    if (c.districts[0]) answers.district = c.districts[0];
    else delete answers.district;
  }
  if (c.expectedPay !== undefined) {
    const daily =
      c.expectedPay && dailyWage({ amount: c.expectedPay.amount, unit: c.expectedPay.unit }).daily;
    if (daily) answers.expectedDailyPay = Math.min(5000, Math.round(daily));
    else delete answers.expectedDailyPay;
  }
  db.run('UPDATE worker_profiles SET kiosk_answers = ? WHERE worker_id = ?', [
    JSON.stringify(answers),
    workerId,
  ]);
}

export function setKeyGroup(
  ctx: StationContext,
  input: MethodParsed<'workers.setKeyGroup'>,
  caller: CallContext,
): Promise<WorkerRecord> {
  return writeWorker(ctx, input.workerId, (db, now) => {
    if (input.on) {
      db.run(
        `INSERT INTO worker_key_groups (worker_id, grp, confirmed_by, confirmed_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(worker_id, grp) DO NOTHING`,
        [input.workerId, input.group, staffIdOf(caller), now.toISOString()],
      );
    } else {
      db.run('DELETE FROM worker_key_groups WHERE worker_id = ? AND grp = ?', [input.workerId, input.group]);
    }
    recordChange(db, input.workerId, `keyGroup:${input.group}`, !input.on, input.on, caller, now);
    auditCall(repositoriesOf(db), caller, now, 'workers.key_group', input.workerId, {
      group: input.group,
      on: input.on,
    });
  });
}

/** Employed (which job, when, through the station or not), still seeking, or no longer seeking. */
export function setOutcome(
  ctx: StationContext,
  input: MethodParsed<'workers.setOutcome'>,
  caller: CallContext,
): Promise<WorkerRecord> {
  if (input.status === 'employed' && !input.jobId && !input.employer) {
    throw new ApiFailure('invalid_input', '就业要写明岗位或单位');
  }
  return writeWorker(ctx, input.workerId, (db, now) => {
    bumpVersion(db, input.workerId, input.version, caller, now, ctx.clock);
    const employed = input.status === 'employed';
    const date = employed ? (input.date ?? ctx.clock.dayOf(now)) : null;
    const before = ensureProfile(db, input.workerId).outcome;
    db.run(
      `UPDATE worker_profiles SET outcome = ?, outcome_job_id = ?, outcome_employer = ?, outcome_date = ?,
         outcome_via_station = ?, outcome_at = ? WHERE worker_id = ?`,
      [
        input.status,
        employed ? (input.jobId ?? null) : null,
        employed ? (input.employer ?? null) : null,
        date,
        employed ? (input.viaStation ? 1 : 0) : null,
        now.toISOString(),
        input.workerId,
      ],
    );
    recordChange(db, input.workerId, 'outcome', before, input.status, caller, now);
    auditCall(repositoriesOf(db), caller, now, 'workers.outcome', input.workerId, { status: input.status });
    if (employed) {
      toOutbox(ctx, db, 'placement.recorded', {
        workerId: input.workerId,
        jobId: input.jobId ?? null,
        date,
        viaStation: !!input.viaStation,
      });
    }
  });
}

/** PIPL: the full number only to a signed-in staff member, and every look is recorded. */
export async function revealIdNumber(
  ctx: StationContext,
  input: MethodParsed<'workers.revealIdNumber'>,
  caller: CallContext,
): Promise<{ idNumber: string }> {
  const now = ctx.now();
  return ctx.store.write((db) => {
    const w = requireWorker(db, input.workerId);
    auditCall(repositoriesOf(db), caller, now, 'workers.reveal_id', input.workerId);
    log('full ID number shown on %s', caller.terminal);
    return { idNumber: w.id_number };
  });
}

/**
 * Erasure on request: the worker's rows go (cascading to the desk's tables); employer reports stay
 * with the worker detached, so an employer's record does not change because a worker left.
 */
export async function eraseWorker(
  ctx: StationContext,
  input: MethodParsed<'workers.erase'>,
  caller: CallContext,
): Promise<{ erased: boolean }> {
  const now = ctx.now();
  const total = await ctx.store.write((db) => {
    requireWorker(db, input.workerId);
    const { known } = eraseWorkerRows(repositoriesOf(db), input.workerId, now);
    auditCall(repositoriesOf(db), caller, now, 'workers.erase', input.workerId);
    return { left: Number(db.get<{ n: number }>('SELECT count(*) AS n FROM workers')?.n ?? 0), known };
  });
  // The erased rows leave the snapshot, the previous snapshot and the journal now, not at some later checkpoint.
  await ctx.store.checkpoint({ dropHistory: true });
  if (total.known) ctx.sync.outboxChanged();
  ctx.bus.emit('workers.changed', { total: total.left });
  return { erased: true };
}
