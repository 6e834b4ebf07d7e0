import { checkCharacter } from '../../../../drivers/idcard/id-number';
import type { JobDraft, MethodInput, MethodName, MethodResult } from '../../../../electron/api';
import type { CallContext } from '../../../../electron/dispatcher';
import { parseConfig, type StationConfigInput } from '../../../../electron/runtime/config';
import { createRuntime, type Runtime } from '../../../../electron/runtime/runtime';

/** A station in memory with a clock the test moves. */
export async function testStation(config: StationConfigInput = {}, start = '2026-11-21T09:00:00+08:00') {
  let t = Date.parse(start);
  const runtime = await createRuntime(parseConfig(config), { dataDir: null, now: () => new Date(t) });
  return {
    runtime,
    advance(ms: number) {
      t += ms;
    },
    now: () => new Date(t),
  };
}

export const desk1: CallContext = { role: 'desk', terminal: 'local-desk' };
export const desk2: CallContext = { role: 'desk', terminal: 'desk-2' };

/** Calls through the dispatcher and returns the value, failing the test with the error otherwise. */
export async function ok<M extends MethodName>(
  rt: Runtime,
  ctx: CallContext,
  method: M,
  input: MethodInput<M>,
): Promise<MethodResult<M>> {
  const r = await rt.call(ctx, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

export async function failure<M extends MethodName>(
  rt: Runtime,
  ctx: CallContext,
  method: M,
  input: MethodInput<M>,
) {
  const r = await rt.call(ctx, method, input);
  if (r.ok) throw new Error(`${method} unexpectedly succeeded`);
  return r.error;
}

export const signInDemo = (rt: Runtime, ctx: CallContext = desk1) =>
  ok(rt, ctx, 'staff.signIn', { username: 'demo', pin: '000000' });

/** A valid 18-digit number for a made-up person (area 220102 = 南关区). */
export function idNumber(birth = '19850315', serial = '12', sex: 'male' | 'female' = 'male'): string {
  const body = `220102${birth}${serial}${sex === 'male' ? '3' : '4'}`;
  return body + checkCharacter(body);
}

export async function registerByHand(rt: Runtime, name: string, id = idNumber(), ctx: CallContext = desk1) {
  return ok(rt, ctx, 'workers.registerManual', {
    idNumber: id,
    name,
    phone: '13900001111',
    consent: { registration: true, shareWithEmployers: false },
  });
}

export function auditRows(rt: Runtime, action?: string) {
  return rt.context.store.read((db) =>
    db.all<{ actor: string; action: string; subject: string; terminal: string; detail: string | null }>(
      `SELECT actor, action, subject, terminal, detail FROM audit ${action ? 'WHERE action = ?' : ''} ORDER BY rowid`,
      action ? [action] : [],
    ),
  );
}

/** A day's warehouse work in 二道区, valid to the year's end; tests override what they are about. */
export const jobDraft = (over: Partial<JobDraft> = {}): JobDraft => ({
  title: '仓库分拣员',
  occupation: '4-02-06-05',
  employer: { name: '长春市顺达物流有限公司' },
  district: '二道区',
  address: '吉林省长春市二道区东盛大街100号',
  pay: { amount: 180, unit: 'day' },
  settlement: 'daily',
  schedule: 'day',
  headcount: 2,
  startDate: '2026-11-22',
  validThrough: '2026-12-31',
  ...over,
});
