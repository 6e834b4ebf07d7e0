import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallContext } from '../../electron/dispatcher';
import { startHub, type RunningHub } from '../../electron/hub/start-hub';
import { parseConfig } from '../../electron/runtime/config';
import type { Runtime } from '../../electron/runtime/runtime';
import type { Job } from '../../electron/schema/job';
import { hallSecret, startTerminal, terminalConfig, waitFor } from '../electron/runtime/sync/helpers';
import { launchChromium } from './chromium';
import { must } from './desk-helpers';
import { portrait } from './kiosk-helpers';

/**
 * One worker, one record across the hall, in Chromium: 赵丽娜 registers at kiosk PC 2, applies and
 * takes a ticket there; at the hub's desk staff find her at once (how fast: test/bench/hall.bench.ts), see her 报名 as a referral and
 * call her ticket; the employer's booth lists her; her card on kiosk PC 1 greets her by name with
 * today's recommendations, no second consent. Kiosk PC 1 serves its own kiosk page (a station of
 * its own whose upstream is the hub), as its Electron window would.
 */
const ZHAO = 5;
const kiosk: CallContext = { role: 'kiosk', terminal: 'local-kiosk' };
const reader = { readers: [{ driver: 'simulator' as const, id: 'r1', serves: 'kiosk' as const }] };
const tokens = {
  pc1: 'token-for-kiosk-pc-1-0123456789',
  pc2: 'token-for-kiosk-pc-2-0123456789',
  desk: 'token-for-the-hub-desk-0123456789',
  booth: 'token-for-booth-1-tablet-0123456789',
};
const deskCalls: CallContext = { role: 'desk', terminal: 'hub-desk' };

let hub: RunningHub;
let pc1: RunningHub;
let pc2: Runtime;
let browser: Browser;
let job: Job;

async function ok<T>(rt: Runtime, caller: CallContext, method: string, input: unknown): Promise<T> {
  const r = await rt.call(caller, method as never, input as never);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

beforeAll(async () => {
  hub = await startHub({
    config: parseConfig({
      ...reader,
      hallSecret,
      hub: {
        terminals: [
          { id: 'kiosk-pc-1', name: '1号自助机', role: 'kiosk-station', token: tokens.pc1 },
          { id: 'kiosk-pc-2', name: '2号自助机', role: 'kiosk-station', token: tokens.pc2 },
          { id: 'hub-desk', name: '前台', role: 'desk', token: tokens.desk },
          { id: 'booth-1', name: '1号摊位', role: 'booth', booth: 1, token: tokens.booth },
        ],
      },
    }),
    dataDir: null,
    port: 0,
  });
  pc2 = await startTerminal(hub.url, tokens.pc2, null, { ...reader, kiosk: { endOnCardRemoval: false } });
  pc1 = await startHub({
    config: terminalConfig(
      hub.url,
      tokens.pc1,
      { ...reader, kiosk: { endOnCardRemoval: false } },
      // A patient lookup: the hub shares this machine with a browser and other tests.
      { ticketTag: '1', lookupTimeoutMs: 3_000 },
    ),
    dataDir: null,
    port: 0,
  });
  browser = await launchChromium();
  await pc2.context.sync.syncNow();
  job = pc2.context.data.read((tx) => tx.jobs.all()).find((j) => j.status === 'open')!;
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await pc1?.close();
  await pc2?.close();
  await hub?.close();
});

describe('one worker, one record across the hall', () => {
  it('the hub desk finds her registration at kiosk PC 2 as it is made (test/bench/hall.bench.ts times it), sees her 报名 as a referral and calls her ticket; the booth lists her', async () => {
    const desk = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await desk.goto(hub.pageUrl('desk'));
    await desk.getByTestId('signin-username').fill('demo');
    await desk.getByTestId('signin-pin').fill('000000');
    await desk.getByTestId('signin-submit').click();
    await desk.getByTestId('signed-in-as').waitFor();
    await must(hub, deskCalls, 'staff.signIn', { username: 'demo', pin: '000000' });
    await must(hub, deskCalls, 'booth.assign', {
      booth: 1,
      employer: { id: job.employer.id, name: job.employer.name },
    });

    // At kiosk PC 2 (its own store): card, consent, 报名, a ticket.
    await ok(pc2, kiosk, 'simulator.placeCard', { identity: ZHAO });
    let token: string | undefined;
    await waitFor(async () => {
      const r = await pc2.call(kiosk, 'card.current', {});
      token = r.ok ? r.value?.token : undefined;
      return token !== undefined;
    });
    const her = await ok<{ workerId: string; session: string }>(pc2, kiosk, 'workers.registerFromCard', {
      token,
      consent: { registration: true, shareWithEmployers: true },
    });
    await ok(pc2, kiosk, 'kiosk.saveAnswers', {
      session: her.session,
      answers: { phone: '13904331234', occupations: [job.occupation], expectedDailyPay: 150 },
    });
    await ok(pc2, kiosk, 'kiosk.apply', { session: her.session, jobId: job.id });
    const { ticket } = await ok<{ ticket: string }>(pc2, kiosk, 'queue.take', {
      service: 'jobs',
      context: { consent: true, session: her.session, viewedJobs: [job.id] },
    });
    await ok(pc2, kiosk, 'simulator.removeCard', {});

    // At the hub's desk: searched by her surname, as staff would.
    await desk.getByTestId('nav-workers').click();
    await desk.getByTestId('worker-search').fill('赵');
    await desk.getByTestId('worker-open').filter({ hasText: '赵' }).first().waitFor({ timeout: 10_000 });
    await desk.getByTestId('worker-open').filter({ hasText: '赵' }).first().click();
    await desk.getByTestId('worker-record').waitFor();
    const referral = desk.getByTestId('referral').first();
    await referral.waitFor({ timeout: 10_000 });
    expect(await referral.getAttribute('data-status')).toBe('applied');
    expect(await referral.textContent()).toContain(job.title);
    expect(await referral.getByTestId('referral-place').textContent()).toContain('2号自助机');

    // Her ticket is in the hub's queue; staff call it to window 2.
    await desk.getByTestId('nav-home').click();
    await expect
      .poll(() => desk.getByTestId('queue-list').textContent(), { timeout: 10_000 })
      .toContain(ticket);
    await desk.getByTestId('queue-window').fill('2');
    await desk.getByTestId('queue-call').click();
    await expect.poll(() => desk.getByTestId('queue-current').textContent()).toContain(ticket);

    // The employer's booth tablet lists her as an applicant, by masked name.
    const tablet = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await tablet.goto(hub.pageUrl('booth'));
    await tablet.getByTestId(`person-${her.workerId}`).waitFor();
    expect(await tablet.getByTestId(`person-${her.workerId}`).textContent()).toContain('赵**');
    await tablet.close();
    await desk.close();
  });

  it('her card on kiosk PC 1 greets her by name with today’s recommendations, no second consent', async () => {
    const page = await browser.newPage({ viewport: portrait });
    await page.goto(pc1.pageUrl('kiosk'));
    await page.getByTestId('attract').waitFor();
    await must(pc1, kiosk, 'simulator.placeCard', { identity: ZHAO });
    await page.getByTestId('recommendations').waitFor();
    expect(await page.locator('h1').textContent()).toBe('赵**，今天为您推荐');
    expect(await page.getByTestId('consent-agree').count()).toBe(0);
    // Her answers came down with her record: her trade's jobs, not the wizard again.
    await page.getByTestId('job-card').first().waitFor();
    await page.close();
  });
});
