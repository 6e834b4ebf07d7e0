import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallContext } from '../../electron/dispatcher';
import { startHub, type RunningHub } from '../../electron/hub/start-hub';
import { parseConfig } from '../../electron/runtime/config';
import { checkCharacter } from '../../drivers/idcard/id-number';
import { launchChromium } from './chromium';
import { answerWizard, landscape, pageResidue, placeCard, portrait } from './kiosk-helpers';
import { CLEAR_ID_NUMBER } from '../support/id-number-pattern';
import { middayClock, stationToday } from '../support/clock';

/**
 * The whole loop in Chromium against a real hub: a seeker applies at the kiosk, the employer sees
 * them at the booth, taps their card, records the hire, the desk's ledger has the placement and the
 * hall's screen counts it. Each step within 2 s.
 */
const desk: CallContext = { role: 'desk', terminal: 'local-desk' };
const booth: CallContext = { role: 'booth', terminal: 'local-booth', booth: 1 };
const STEP_MS = 2000;
const employer = '长春市洁美物业服务有限公司';

let hub: RunningHub;
let browser: Browser;
/** Uncaught errors in any page: a screen that throws in an event handler just stops updating. */
const pageErrors: string[] = [];

async function must<T>(
  r: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
): Promise<T> {
  const v = await r;
  if (!v.ok) throw new Error(v.error.message);
  return v.value;
}

const clock = middayClock();
const today = () => stationToday(clock);

beforeAll(async () => {
  hub = await startHub({
    config: parseConfig({
      readers: [
        { driver: 'simulator', id: 'kiosk-reader', serves: 'kiosk' },
        { driver: 'simulator', id: 'booth-1-reader', serves: 'booth', booth: 1 },
      ],
    }),
    dataDir: null,
    port: 0,
    // A booth is assigned for a day: a run across midnight would lose the assignment half-way.
    now: clock,
  });
  await must(hub.runtime.call(desk, 'staff.signIn', { username: 'demo', pin: '000000' }));
  await must(hub.runtime.call(desk, 'booth.assign', { booth: 1, employer: { name: employer } }));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
  expect(pageErrors).toEqual([]);
});

async function open(
  path: string,
  role: 'kiosk' | 'screen' | 'booth',
  viewport = landscape,
  query = '',
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on('pageerror', (e) => pageErrors.push(`${path}: ${e.message}`));
  const t = hub.terminals.byRole(role)!.token;
  await page.goto(`${hub.url}/${path}${query}#token=${encodeURIComponent(t)}`);
  return page;
}

/** Waits for `probe` to hold, failing when it takes longer than a step may. */
async function within(ms: number, what: string, probe: () => Promise<boolean>): Promise<number> {
  const start = Date.now();
  await expect.poll(probe, { timeout: ms, interval: 50, message: what }).toBe(true);
  return Date.now() - start;
}

describe('hiring at a booth, end to end', () => {
  let jobId = '';

  it('a job posted at the booth is on the hall’s screen within 2 s', async () => {
    const screen = await open('screen', 'screen');
    await screen.getByTestId('job-board').waitFor({ state: 'attached' });
    const tablet = await open('booth', 'booth', { width: 1280, height: 800 });
    await tablet.getByTestId('tab-jobs').click();
    await tablet.getByTestId('post-job').click();
    await tablet.getByTestId('job-title').fill('商场保洁员（驿站摊位）');
    await expect
      .poll(() => tablet.getByTestId('job-occupation').locator('option').count())
      .toBeGreaterThan(10);
    await tablet.getByTestId('job-occupation').selectOption('4-09-08-02');
    await tablet.getByTestId('job-district').fill('二道区');
    await tablet.getByTestId('job-address').fill('长春市二道区东盛大街1500号');
    await tablet.getByTestId('job-amount').fill('300');
    await tablet.getByTestId('job-headcount').fill('3');
    // The desk's rules, shown by the field: a deadline before the start is refused.
    await tablet.getByTestId('job-validThrough').fill('2020-01-01');
    await tablet.getByTestId('job-save').click();
    await tablet.getByText('截止日期早于开始日期').first().waitFor();
    await tablet.getByTestId('job-validThrough').fill('2099-12-31');
    const saved = Date.now();
    await tablet.getByTestId('job-save').click();
    await within(STEP_MS, 'the posting on the hall screen', async () =>
      ((await screen.getByTestId('job-board').textContent()) ?? '').includes('商场保洁员（驿站摊位）'),
    );
    expect(Date.now() - saved).toBeLessThan(STEP_MS);
    const session = await must(hub.runtime.call(booth, 'booth.session', {}));
    jobId = session.jobs[0]!.job.id;
    expect(session.jobs[0]!.job).toMatchObject({
      title: '商场保洁员（驿站摊位）',
      employer: { name: employer },
    });
    await tablet.close();
    await screen.close();
  });

  it('kiosk → booth → hire → desk → hall screen, each within 2 s; no screen in the hall shows a person', async () => {
    const screen = await open('screen', 'screen');
    await expect.poll(() => screen.getByTestId('figure-placements').textContent()).toBe('0');
    const tv = await open('booth', 'booth', landscape, '?view=display');
    await tv.getByTestId('booth-display').waitFor();
    const tablet = await open('booth', 'booth', { width: 1280, height: 800 });
    await tablet.getByTestId('applicants').or(tablet.getByText('暂时没有').first()).waitFor();

    // The seeker at the kiosk: card, consent, the quickest way through the questions.
    const kiosk = await open('kiosk', 'kiosk', portrait);
    await kiosk.getByTestId('attract').waitFor();
    await placeCard(hub, 0);
    await kiosk.getByTestId('consent-agree').click();
    await answerWizard(kiosk);
    let card = kiosk.locator(`[data-job="${jobId}"]`);
    await kiosk.getByTestId('job-card').first().waitFor();
    if ((await card.count()) === 0) {
      await kiosk.getByTestId('to-browse').click();
      await kiosk.getByTestId('browse').waitFor();
      card = kiosk.locator(`[data-job="${jobId}"]`);
      await card.waitFor();
    }

    // 1. Applied at the kiosk → the employer sees the applicant at the booth.
    let t = Date.now();
    await card.getByTestId('apply').click();
    await kiosk.getByTestId('slip').waitFor();
    const worker = hub.runtime.context.store.read((db) => db.get<{ id: string }>('SELECT id FROM workers'))!;
    await tablet.getByTestId(`person-${worker.id}`).waitFor({ timeout: STEP_MS });
    expect(Date.now() - t).toBeLessThan(STEP_MS);
    expect(await tablet.getByTestId(`person-${worker.id}`).textContent()).toContain('王**');

    // 2. The card on the booth's reader → the tablet knows who it is and opens the outcome form.
    t = Date.now();
    await must(hub.runtime.call(booth, 'simulator.placeCard', { identity: 0 }));
    await tablet.getByTestId('outcome-sheet').waitFor({ timeout: STEP_MS });
    expect(Date.now() - t).toBeLessThan(STEP_MS);
    await within(STEP_MS, '正在面试 1 人 on the booth TV', async () =>
      ((await tv.getByTestId('booth-interviewing').textContent()) ?? '').includes('1'),
    );
    expect(await tablet.getByTestId('sheet-job').inputValue()).toBe(jobId);
    await tablet.getByTestId('outcome-hired').click();
    await tablet.getByTestId('sheet-start').fill(today());
    await tablet.getByTestId('sheet-amount').fill('280');

    // 3. 录用 → the desk's ledger has the placement.
    t = Date.now();
    await tablet.getByTestId('sheet-confirm').click();
    await within(STEP_MS, 'the placement in the desk’s record', async () => {
      const r = await hub.runtime.call(desk, 'workers.record', { workerId: worker.id });
      return (
        r.ok &&
        r.value.referrals.some((x) => x.jobId === jobId && x.status === 'hired') &&
        r.value.outcome.status === 'employed'
      );
    });
    const report = await must(hub.runtime.call(desk, 'reports.summary', { period: 'today' }));
    expect(report.figures.find((f) => f.key === 'placements')?.value).toBe(1);
    await tablet.getByText('已登记：录用').waitFor();

    // 4. The hall's screen counts it.
    await within(
      STEP_MS,
      'the placements figure',
      async () => (await screen.getByTestId('figure-placements').textContent()) === '1',
    );
    expect(Date.now() - t).toBeLessThan(2 * STEP_MS);
    await within(STEP_MS, '正在面试 0 人', async () =>
      ((await tv.getByTestId('booth-interviewing').textContent()) ?? '').includes('0'),
    );

    // And the platform will hear of it through the outbox, by id only.
    const placed = hub.runtime.context.store.read((db) =>
      db.all<{ payload: string }>("SELECT payload FROM outbox WHERE type = 'placement.recorded'"),
    );
    expect(placed.map((p) => JSON.parse(p.payload))).toEqual([
      expect.objectContaining({
        workerId: worker.id,
        jobId,
        agreedPay: { amount: 280, unit: 'day' },
        booth: 1,
      }),
    ]);

    // Two more people who agreed to be shown to employers; the employer calls one to the booth.
    for (const [name, phone, serial] of [
      ['李建国', '13912345678', '11'],
      ['刘桂芝', '13787654321', '12'],
    ] as const) {
      const birth = serial === '11' ? '19720905' : '19630718';
      const body = `220105${birth}${serial}${serial === '11' ? '1' : '2'}`;
      const r = await must(
        hub.runtime.call(desk, 'workers.registerManual', {
          idNumber: body + checkCharacter(body),
          name,
          phone,
          consent: { registration: true, shareWithEmployers: true },
        }),
      );
      if (name === '李建国') await must(hub.runtime.call(booth, 'booth.call', { workerId: r.workerId }));
    }
    await within(STEP_MS, 'the call on the hall screen', async () =>
      ((await screen.getByTestId('calls').textContent()) ?? '').includes('请 李** 到 1 号摊位'),
    );

    // Never a person on the hall's screen or the booth's TV.
    const people = hub.runtime.context.store.read((db) =>
      db.all<{ id_number: string; name: string; phone: string | null }>(
        'SELECT id_number, name, phone FROM workers',
      ),
    );
    expect(people.length).toBe(3);
    for (const page of [screen, tv]) {
      const dom = await pageResidue(page);
      for (const p of people) {
        expect(dom).not.toContain(p.id_number);
        expect(dom).not.toContain(p.id_number.slice(6, 14));
        expect(dom).not.toContain(p.name);
        if (p.phone) expect(dom).not.toContain(p.phone);
      }
      expect(dom).not.toMatch(CLEAR_ID_NUMBER);
      expect(dom).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
    }
    for (const p of [kiosk, tablet, tv, screen]) await p.close();
  });

  it('an introduction with markup is shown as the text it is on the booth’s TV', async () => {
    const session = await must(hub.runtime.call(booth, 'booth.session', {}));
    await must(
      hub.runtime.call(booth, 'booth.saveProfile', {
        version: session.employer!.version,
        name: employer,
        uscc: '91350100M000100Y43',
        introduction: '<img src=x onerror="document.title=\'pwned\'">诚聘<b>保洁</b>',
        logo: null,
      }),
    );
    const tv = await open('booth', 'booth', landscape, '?view=display');
    await expect.poll(() => tv.getByTestId('booth-introduction').textContent()).toContain('<img src=x');
    expect(await tv.locator('.tv-intro img, .tv-intro b').count()).toBe(0);
    expect(await tv.title()).not.toBe('pwned');
    await tv.close();
  });
});
