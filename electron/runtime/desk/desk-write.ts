import type { WorkerRecord } from '../../api';
import type { CallContext } from '../../dispatcher';
import { ApiFailure } from '../api-error';
import type { StationClock } from '../clock/station-day';
import type { StationContext } from '../context';
import type { Repositories } from '../data/repositories';
import { todayStats } from '../stats';
import { ensureProfile, loadRecord, requireWorker } from './worker-record';

export const staffIdOf = (caller: CallContext): string | null => caller.staff?.staffId ?? null;

/**
 * One desk action on one worker: checks the worker exists, runs `fn` in a write transaction, and
 * answers with the record as it now stands. Other desks showing the record are told (ids only).
 */
export async function writeWorker(
  ctx: StationContext,
  workerId: string,
  fn: (tx: Repositories, now: Date) => void,
): Promise<WorkerRecord> {
  const now = ctx.now();
  const record = await ctx.data.write((tx) => {
    requireWorker(tx, workerId);
    fn(tx, now);
    return loadRecord(tx, workerId, ctx);
  });
  ctx.bus.emit('worker.updated', { workerId, version: record.version });
  // Placements and 1131 completions are among today's figures on the hall's screen.
  ctx.bus.emit('stats.changed', todayStats(ctx));
  return record;
}

/**
 * Optimistic concurrency: an edit names the version it started from. If someone else saved in between,
 * nothing is written and the caller is told who and when, so the form (still holding the edit) can be
 * compared with the fresh record. Nobody's work is silently overwritten.
 */
export function bumpVersion(
  tx: Repositories,
  workerId: string,
  expected: number,
  caller: CallContext,
  now: Date,
  clock: Pick<StationClock, 'timeOf'>,
): void {
  const p = ensureProfile(tx, workerId);
  if (p.version !== expected) {
    const who = (p.updatedBy && tx.staff.byId(p.updatedBy)?.name) || '另一位工作人员';
    const when = p.updatedAt ? ` ${clock.timeOf(p.updatedAt)} ` : '';
    throw new ApiFailure(
      'conflict',
      `这条记录已被${who}在${when}修改过，您的修改还没有保存。请核对最新内容后再保存。`,
    );
  }
  tx.workerRecords.bumpVersion(workerId, now.toISOString(), staffIdOf(caller));
}

export function recordChange(
  tx: Repositories,
  workerId: string,
  field: string,
  oldValue: unknown,
  newValue: unknown,
  caller: CallContext,
  now: Date,
): void {
  tx.workerRecords.recordChange({
    workerId,
    field,
    oldValue,
    newValue,
    at: now.toISOString(),
    staffId: staffIdOf(caller),
    terminal: caller.terminal,
  });
}
