import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report, WorkerRecord } from '../../../electron/api';
import type { CallContext } from '../../../electron/dispatcher';
import { startHub, type RunningHub } from '../../../electron/hub/start-hub';
import { parseConfig } from '../../../electron/runtime/config';
import type { Runtime } from '../../../electron/runtime/runtime';
import type { EventResult } from '../../../electron/runtime/sync/protocol';
import type { Job } from '../../../electron/schema/job';
import { hallSecret, signedInDesk, startTerminal, waitFor } from '../runtime/sync/helpers';

/**
 * A 报名 at a kiosk PC is a referral in the hall's record: the hub's desk sees it as 已报名 with the
 * job and the place, it counts as 职业介绍 in the 1131 checklist and the report, and the employer's
 * booth at the hub lists the person as an applicant.
 */
const kiosk: CallContext = { role: 'kiosk', terminal: 'local-kiosk' };
const booth1: CallContext = { role: 'booth', terminal: 'booth-1-tablet', booth: 1 };
const reader = { readers: [{ driver: 'simulator' as const, id: 'r1', serves: 'kiosk' as const }] };
const token = 'token-for-kiosk-pc-3-0123456789';
const other = 'token-for-kiosk-pc-4-0123456789';

let hub: RunningHub;
let pc: Runtime;
let desk: CallContext;
let job: Job;

async function ok<T>(rt: Runtime, caller: CallContext, method: string, input: unknown): Promise<T> {
  const r = await rt.call(caller, method as never, input as never);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

async function walkIn(rt: Runtime, identity: number): Promise<{ workerId: string; session: string }> {
  await ok(rt, kiosk, 'simulator.placeCard', { identity });
  let token: string | undefined;
  await waitFor(
    async () => {
      const r = await rt.call(kiosk, 'card.current', {});
      token = r.ok ? r.value?.token : undefined;
      return token !== undefined;
    },
    5_000,
    'the card',
  );
  const reg = await ok<{ workerId: string; session: string }>(rt, kiosk, 'workers.registerFromCard', {
    token,
    consent: { registration: true, shareWithEmployers: true },
  });
  await ok(rt, kiosk, 'simulator.removeCard', {});
  return reg;
}

async function post(bearer: string, events: unknown[]): Promise<EventResult[]> {
  const res = await fetch(`${hub.url}/v1/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
    body: JSON.stringify({ events }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { results: EventResult[] }).results;
}

const record = (workerId: string) => ok<WorkerRecord>(hub.runtime, desk, 'workers.record', { workerId });
const figure = (r: Report, key: string) => r.figures.find((f) => f.key === key)?.value;
const hubRows = <T>(sql: string, params: string[] = []) =>
  hub.runtime.context.store.read((db) => db.all(sql, params)) as T[];

beforeAll(async () => {
  hub = await startHub({
    config: parseConfig({
      ...reader,
      hallSecret,
      hub: {
        terminals: [
          { id: 'kiosk-pc-3', name: '3号自助机', role: 'kiosk-station', token },
          { id: 'kiosk-pc-4', name: '4号自助机', role: 'kiosk-station', token: other },
        ],
      },
    }),
    dataDir: null,
    port: 0,
    host: '127.0.0.1',
    rendererDir: '/nonexistent',
  });
  pc = await startTerminal(hub.url, token, null, { ...reader, kiosk: { endOnCardRemoval: false } });
  desk = await signedInDesk(hub.runtime);
  // A job of the hall's feed, as the kiosk PC has it; its employer recruits at booth 1 today.
  await pc.context.sync.syncNow();
  job = pc.context.data.read((tx) => tx.jobs.all()).find((j) => j.status === 'open')!;
  await ok(hub.runtime, desk, 'booth.assign', {
    booth: 1,
    employer: { id: job.employer.id, name: job.employer.name },
  });
});
afterAll(async () => {
  await pc?.close();
  await hub?.close();
});

describe('a 报名 at a kiosk PC is a referral of the hall', () => {
  let her: { workerId: string; session: string };

  it('reaches the hub desk at once as 已报名 with the job and the place, counted as 职业介绍, and lists her at the booth', async () => {
    her = await walkIn(pc, 5);
    await ok(pc, kiosk, 'kiosk.apply', { session: her.session, jobId: job.id });
    await waitFor(
      async () => ((await record(her.workerId).catch(() => undefined))?.referrals.length ?? 0) > 0,
      2_000,
      'the referral at the hub desk',
    );
    const r = await record(her.workerId);
    expect(r.referrals.map((x) => [x.jobId, x.jobTitle, x.status, x.place])).toEqual([
      [job.id, job.title, 'applied', '3号自助机'],
    ]);
    expect(r.checklist.referral.done).toBe(1);
    const report = await ok<Report>(hub.runtime, desk, 'reports.summary', { period: 'today' });
    expect(figure(report, 'referrals')).toBe(1);
    const applicants = await ok<{ workerId: string; applied: { jobId: string }[] }[]>(
      hub.runtime,
      booth1,
      'booth.applicants',
      {},
    );
    expect(applicants.map((a) => [a.workerId, a.applied.map((x) => x.jobId)])).toEqual([
      [her.workerId, [job.id]],
    ]);
  });

  it('counts her once when the same application arrives again or from another id of the same event', async () => {
    const before = hubRows('SELECT * FROM referrals');
    const [again] = await post(token, [
      {
        id: `ev-${randomUUID()}`,
        type: 'application.created',
        at: new Date().toISOString(),
        payload: {
          applicationId: randomUUID(),
          referralId: randomUUID(),
          status: 'applied',
          workerId: her.workerId,
          jobId: job.id,
          employerId: job.employer.id,
          terminal: 'local-kiosk',
          at: new Date().toISOString(),
        },
      },
    ]);
    expect(again).toMatchObject({ status: 'accepted', reason: expect.stringContaining('already') });
    expect(hubRows('SELECT * FROM referrals')).toEqual(before);
    expect((await record(her.workerId)).checklist.referral.done).toBe(1);
  });

  it('refuses, with the reason, an application about a person the sender never served or a job nobody knows', async () => {
    const before = hubRows('SELECT * FROM referrals');
    const at = new Date().toISOString();
    const application = (workerId: string, jobId: string, employerId = job.employer.id) => ({
      id: `ev-${randomUUID()}`,
      type: 'application.created',
      at,
      payload: {
        applicationId: randomUUID(),
        referralId: randomUUID(),
        status: 'applied',
        workerId,
        jobId,
        employerId,
        terminal: 'local-kiosk',
        at,
      },
    });
    const results = await post(other, [
      application(her.workerId, job.id),
      application('no-such-worker', job.id),
    ]);
    const mine = await post(token, [
      application(her.workerId, 'no-such-job'),
      application(her.workerId, job.id, 'another-employer'),
      {
        ...application(her.workerId, job.id),
        payload: { ...application(her.workerId, job.id).payload, phone: '13900000000' },
      },
    ]);
    expect([...results, ...mine].map((r) => [r.status, r.reason])).toEqual([
      ['rejected', `kiosk-pc-4 has not registered or seen worker ${her.workerId}`],
      ['rejected', 'worker no-such-worker is not known at the hub'],
      ['rejected', 'job no-such-job is not known at the hub'],
      ['rejected', `job ${job.id} is not employer another-employer's`],
      ['rejected', expect.stringContaining('invalid application.created payload')],
    ]);
    expect(hubRows('SELECT * FROM referrals')).toEqual(before);
  });
});
