import createDebug from 'debug';
import type { MethodParsed, WorkerRecord } from '../../api';
import type { CallContext } from '../../dispatcher';
import { ApiFailure } from '../api-error';
import { auditCall } from '../audit/audit-log';
import type { Repositories } from '../data/repositories';
import type { StationContext } from '../context';
import { kioskPaySchema } from '../../contract/kiosk';
import { dailyWage } from '../match/wage';
import { isHallTerminal } from '../sync/hall-terminal';
import { eraseWorkerRows, keepsErasureFeed } from '../workers/erase';
import { bumpVersion, recordChange, staffIdOf, writeWorker } from './desk-write';
import { ensureProfile, requireWorker } from './worker-record';

const log = createDebug('station:desk');

type Changes = MethodParsed<'workers.updateProfile'>['changes'];

/** Profile edits: each changed field goes to the record's history, the field names to the audit trail. */
export function updateProfile(
  ctx: StationContext,
  input: MethodParsed<'workers.updateProfile'>,
  caller: CallContext,
): Promise<WorkerRecord> {
  return writeWorker(ctx, input.workerId, (tx, now) => {
    bumpVersion(tx, input.workerId, input.version, caller, now, ctx.clock);
    const w = requireWorker(tx, input.workerId);
    const p = ensureProfile(tx, input.workerId);
    const c: Changes = input.changes;
    const before: Record<keyof Changes, unknown> = {
      phone: w.phone ?? '',
      occupations: p.occupations,
      expectedPay: p.expectedPay,
      districts: p.districts,
      notes: p.notes,
      shareWithEmployers: w.shareWithEmployers,
      phoneToEmployers: w.phoneToEmployers,
    };
    const changed = (Object.keys(c) as (keyof Changes)[]).filter(
      (k) => c[k] !== undefined && JSON.stringify(c[k]) !== JSON.stringify(before[k]),
    );
    for (const k of changed) recordChange(tx, input.workerId, k, before[k], c[k], caller, now);
    if (c.phone !== undefined) tx.workers.setPhone(input.workerId, c.phone || null);
    if (c.shareWithEmployers !== undefined)
      tx.workers.setShareWithEmployers(input.workerId, c.shareWithEmployers);
    if (c.phoneToEmployers !== undefined) tx.workers.setPhoneToEmployers(input.workerId, c.phoneToEmployers);
    tx.workerRecords.setProfileFields(input.workerId, {
      occupations: c.occupations,
      expectedPay: c.expectedPay,
      districts: c.districts,
      notes: c.notes,
    });
    syncKioskAnswers(tx, input.workerId, c);
    editsForHall(tx, ctx, input.workerId, c, changed, now);
    auditCall(tx, caller, now, 'workers.edit', input.workerId, { fields: changed });
    log('profile edited (%d fields)', changed.length);
  });
}

/**
 * What the desk changed that the hall's record holds, as worker.updated events: the phone (the
 * platform has it too), and from a terminal of a hall (a desk PC) the consent for employers and
 * the wishes, which the hub keeps to itself, each in an event of its own kind.
 */
function editsForHall(
  tx: Repositories,
  ctx: StationContext,
  workerId: string,
  c: Changes,
  changed: readonly (keyof Changes)[],
  now: Date,
): void {
  // Who changed it stays in this terminal's history (recordChange); the hub keeps the terminal.
  const send = (changes: Record<string, unknown>) =>
    tx.outbox.add({ type: 'worker.updated', at: now, payload: { workerId, changes } });
  if (changed.includes('phone')) send({ phone: c.phone ?? '' });
  if (!isHallTerminal(ctx.config, tx)) return;
  const consent = {
    ...(changed.includes('shareWithEmployers') ? { shareWithEmployers: c.shareWithEmployers } : {}),
    ...(changed.includes('phoneToEmployers') ? { phoneToEmployers: c.phoneToEmployers } : {}),
  };
  if (Object.keys(consent).length) send(consent);
  const wishes = changed.some((k) => k === 'occupations' || k === 'districts' || k === 'expectedPay');
  const answers = wishes ? tx.kioskProfiles.answers(workerId) : null;
  if (answers) send({ answers });
}

/**
 * The kiosk matches from the answers its wizard stored; what staff change at the desk (trades,
 * expected pay, district) is written into them too, so recommendations follow the desk's record.
 */
function syncKioskAnswers(tx: Repositories, workerId: string, c: Changes): void {
  const answers = tx.kioskProfiles.answers(workerId);
  if (!answers) return;
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
    // The kiosk shows her wish in the unit it was given: staff's figure replaces it where the
    // kiosk can show it as given, and otherwise goes (the kiosk then shows the 元/天).
    const stated = daily ? kioskPaySchema.safeParse(c.expectedPay) : null;
    if (stated?.success) answers.expectedPay = stated.data;
    else delete answers.expectedPay;
  }
  tx.kioskProfiles.replaceAnswers(workerId, answers);
}

export function setKeyGroup(
  ctx: StationContext,
  input: MethodParsed<'workers.setKeyGroup'>,
  caller: CallContext,
): Promise<WorkerRecord> {
  return writeWorker(ctx, input.workerId, (tx, now) => {
    if (input.on)
      tx.workerRecords.addKeyGroup(input.workerId, input.group, staffIdOf(caller), now.toISOString());
    else tx.workerRecords.removeKeyGroup(input.workerId, input.group);
    recordChange(tx, input.workerId, `keyGroup:${input.group}`, !input.on, input.on, caller, now);
    auditCall(tx, caller, now, 'workers.key_group', input.workerId, {
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
  return writeWorker(ctx, input.workerId, (tx, now) => {
    bumpVersion(tx, input.workerId, input.version, caller, now, ctx.clock);
    const employed = input.status === 'employed';
    const date = employed ? (input.date ?? ctx.clock.dayOf(now)) : null;
    const before = ensureProfile(tx, input.workerId).outcome;
    tx.workerRecords.setOutcome(input.workerId, {
      status: input.status,
      jobId: employed ? (input.jobId ?? null) : null,
      employer: employed ? (input.employer ?? null) : null,
      date,
      viaStation: employed ? !!input.viaStation : null,
      at: now.toISOString(),
    });
    recordChange(tx, input.workerId, 'outcome', before, input.status, caller, now);
    auditCall(tx, caller, now, 'workers.outcome', input.workerId, { status: input.status });
    if (employed) {
      tx.outbox.add({
        type: 'placement.recorded',
        at: now,
        payload: {
          workerId: input.workerId,
          jobId: input.jobId ?? null,
          date,
          viaStation: !!input.viaStation,
        },
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
  return ctx.data.write((tx) => {
    const w = requireWorker(tx, input.workerId);
    // Registered at another terminal of the hall: the clear number never left it (sync README).
    const home = tx.hallWorkers.homeTerminal(input.workerId);
    if (home)
      throw new ApiFailure(
        'conflict',
        `完整证号保存在读卡的终端（${home}）；在本机读一次此人的身份证即可查看`,
      );
    auditCall(tx, caller, now, 'workers.reveal_id', input.workerId);
    log('full ID number shown on %s', caller.terminal);
    return { idNumber: w.idNumber };
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
  const total = await ctx.data.write((tx) => {
    requireWorker(tx, input.workerId);
    const { known } = eraseWorkerRows(tx, input.workerId, now, 'request', keepsErasureFeed(ctx.config));
    auditCall(tx, caller, now, 'workers.erase', input.workerId);
    return { left: tx.workers.count(), known };
  });
  // The erased rows leave the snapshot, the previous snapshot and the journal now, not at some later checkpoint.
  await ctx.store.checkpoint({ dropHistory: true });
  if (total.known) ctx.sync.outboxChanged();
  ctx.bus.emit('workers.changed', { total: total.left });
  return { erased: true };
}
