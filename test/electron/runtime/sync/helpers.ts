import { createHash } from 'node:crypto';
import {
  parseConfig,
  type StationConfig,
  type StationConfigInput,
} from '../../../../electron/runtime/config';
import type { CallContext } from '../../../../electron/dispatcher';
import { createRuntime, type Runtime } from '../../../../electron/runtime/runtime';
import { createStaff } from '../../../../electron/runtime/staff/sign-in';
import type { Db } from '../../../../electron/runtime/store/db';

export const hallSecret = 'hall-secret-for-tests-0123456789abcdef';

/** Fast timings for loopback tests: short backoff, polls driven by the test. */
export const fastSync = {
  pullIntervalMs: 60_000,
  pushIntervalMs: 60_000,
  timeoutMs: 2_000,
  lookupTimeoutMs: 300,
  backoffBaseMs: 5,
  backoffCapMs: 100,
};

export function terminalConfig(
  url: string,
  token: string,
  extra: Partial<StationConfigInput> = {},
  upstream: Record<string, number | string> = {},
): StationConfig {
  return parseConfig({
    readers: [],
    hallSecret,
    upstream: { url, token, ...fastSync, ...upstream },
    ...extra,
  });
}

export function startTerminal(
  url: string,
  token: string,
  dataDir: string | null = null,
  extra: Partial<StationConfigInput> = {},
): Promise<Runtime> {
  return createRuntime(terminalConfig(url, token, extra), { dataDir });
}

export async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 60_000,
  what = 'condition',
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** id → updatedAt of every cached job, to compare caches. */
export function cacheVersions(runtime: Runtime): Map<string, string> {
  return new Map(
    runtime.context.store
      .read((db: Db) => db.all<{ id: string; data: string }>('SELECT id, data FROM jobs'))
      .map((r) => [r.id, (JSON.parse(r.data) as { updatedAt: string }).updatedAt]),
  );
}

export function versionsOf(jobs: readonly { id: string; updatedAt: string }[]): Map<string, string> {
  return new Map(jobs.map((j) => [j.id, j.updatedAt]));
}

/** A desk terminal on `runtime` with a staff member signed in (sync status and "sync now" need one). */
export async function signedInDesk(runtime: Runtime, terminal = 'desk'): Promise<CallContext> {
  const desk: CallContext = { role: 'desk', terminal };
  const pin = 'sync-test-pin';
  const account = { username: 'sync-staff', name: '同步测试', role: 'staff' as const, pin };
  const exists = runtime.context.store.read((db) =>
    db.get('SELECT 1 AS x FROM staff WHERE username = ?', [account.username]),
  );
  if (!exists) await createStaff(runtime.context, account, { role: 'admin', terminal: 'cli' });
  const r = await runtime.call(desk, 'staff.signIn', { username: account.username, pin });
  if (!r.ok) throw new Error(r.error.message);
  return desk;
}

/**
 * A valid worker.registered payload for person `n` (a distinct idHash each), as a kiosk PC sends
 * it: for tests that need the hub to know someone before events about them are accepted.
 */
export function registrationPayload(n: number, at = new Date(), workerId = `w-${n}`) {
  return {
    workerId,
    idHash: createHash('sha256').update(`person-${n}`).digest('hex'),
    maskedIdNumber: '220102********1234',
    name: '张秀英',
    sex: 'female' as const,
    birthDate: null,
    cardType: 'resident' as const,
    consent: { registration: true as const, shareWithEmployers: false, at: at.toISOString() },
    registeredAt: at.toISOString(),
    terminal: 'local-kiosk',
  };
}

/** A valid application.created payload for `workerId` and `job`, as a kiosk's 报名 sends it. */
export function applicationPayload(
  workerId: string,
  job: { id: string; employer: { id: string } },
  at = new Date(),
) {
  const id = `app-${workerId}-${job.id}`;
  return {
    applicationId: id,
    referralId: id,
    status: 'applied' as const,
    workerId,
    jobId: job.id,
    employerId: job.employer.id,
    terminal: 'local-kiosk',
    at: at.toISOString(),
  };
}
