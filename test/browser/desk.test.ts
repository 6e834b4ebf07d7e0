import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHub } from '../../electron/hub/start-hub';
import { launchChromium } from './chromium';
import { axeProblems } from './kiosk-helpers';
import {
  audit,
  deskPageTerminal,
  draft,
  must,
  registerAtKiosk,
  signIn,
  startDeskHub,
  workerRow,
} from './desk-helpers';

let hub: RunningHub;
let browser: Browser;
let kioskWorker: string;
const other = { role: 'desk' as const, terminal: 'desk-2' };

beforeAll(async () => {
  hub = await startDeskHub();
  // Staff accounts an administrator made; one for the lockout, one at a second desk.
  await must(hub, deskPageTerminal, 'staff.signIn', { username: 'demo', pin: '000000' });
  await must(hub, deskPageTerminal, 'staff.create', {
    username: 'wang',
    name: '王芳',
    role: 'staff',
    pin: '112233',
  });
  await must(hub, deskPageTerminal, 'staff.create', {
    username: 'zhao',
    name: '赵敏',
    role: 'staff',
    pin: '246810',
  });
  await must(hub, deskPageTerminal, 'staff.signOut', {});
  await must(hub, other, 'staff.signIn', { username: 'zhao', pin: '246810' });
  kioskWorker = await registerAtKiosk(hub, 0);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

const newPage = () => browser.newPage({ viewport: { width: 1920, height: 1080 } });

async function openRecordByName(page: Page, name: string) {
  await page.getByTestId('nav-workers').click();
  await page.getByTestId('worker-search').fill(name);
  await page.getByTestId('worker-open').filter({ hasText: name }).first().click();
  await page.getByTestId('worker-record').waitFor();
}

describe('the front desk in Chromium against the hub', () => {
  it('signs in, gives one answer to every refused attempt, and locks the account after five wrong PINs', async () => {
    const page = await newPage();
    await hub.runtime.call(deskPageTerminal, 'staff.signOut', {});
    await page.goto(hub.pageUrl('desk'));
    // A station on the virtual reader says how to try it.
    expect(await page.getByTestId('signin-demo').textContent()).toBe('演示模式：用户名 demo，密码 000000');
    const refusals = () => audit(hub, 'staff.sign_in_failed').length + audit(hub, 'staff.locked').length;
    const attempt = async (pin: string) => {
      const before = refusals();
      await page.getByTestId('signin-username').fill('wang');
      await page.getByTestId('signin-pin').fill(pin);
      await page.getByTestId('signin-submit').click();
      // Every refusal reads the same, so the hub's record says this attempt was answered.
      await expect.poll(refusals).toBe(before + 1);
    };
    const refused = '用户名或密码不对。连续输错5次账号会锁定15分钟，可找管理员解锁';
    await attempt('000000');
    await expect.poll(() => page.getByTestId('signin-error').textContent()).toBe(refused);
    for (let i = 0; i < 4; i++) await attempt(`99999${i}`);
    await expect.poll(() => page.getByTestId('signin-error').textContent()).toBe(refused);
    expect(audit(hub, 'staff.locked')).toHaveLength(1);
    // Even the right PIN waits out the lock, and is told nothing a guesser could use.
    await attempt('112233');
    await expect.poll(() => page.getByTestId('signin-error').textContent()).toBe(refused);
    expect(await page.getByTestId('signed-in-as').count()).toBe(0);

    await page.getByTestId('signin-username').fill('demo');
    await page.getByTestId('signin-pin').fill('000000');
    await page.getByTestId('signin-submit').click();
    expect(await page.getByTestId('signed-in-as').textContent()).toBe('演示管理员（管理员）');
    await page.close();
  });

  it('finds a worker registered at a kiosk by name, last four digits and phone, and opens the record', async () => {
    const page = await newPage();
    await signIn(page, hub);
    const person = workerRow(hub, kioskWorker);
    await must(hub, other, 'workers.updateProfile', {
      workerId: kioskWorker,
      version: 1,
      changes: { phone: '13812345678' },
    });
    for (const q of [person.name.slice(1), person.id_number.slice(-4), '1381234']) {
      await page.getByTestId('worker-search').fill(q);
      await expect
        .poll(() => page.getByTestId('worker-total').textContent(), { timeout: 3000 })
        .toBe('共 1 人');
      expect(await page.getByTestId('worker-open').textContent()).toBe(person.name);
    }
    await page.getByTestId('worker-search').press('Enter');
    await page.getByTestId('worker-record').waitFor();
    expect(await page.locator('#worker-name').textContent()).toBe(person.name);
    // Masked on screen: first 6 and last 4.
    expect(await page.getByTestId('worker-id-number').textContent()).toBe(
      `${person.id_number.slice(0, 6)}********${person.id_number.slice(-4)}`,
    );
    await page.close();
  });

  it('records a policy briefing and a referral through to hired: the 1131 checklist and the placement follow', async () => {
    const { job } = await must(hub, deskPageTerminal, 'jobs.post', { draft: draft() });
    const page = await newPage();
    await signIn(page, hub);
    const person = workerRow(hub, kioskWorker);
    await openRecordByName(page, person.name);
    expect(await page.getByTestId('checklist-summary').textContent()).toBe(
      '还缺：政策宣传、职业指导、职业介绍、培训或见习',
    );

    await page.getByTestId('service-kind').selectOption('policy');
    await page.getByTestId('service-record').click();
    await expect.poll(() => page.locator('[data-item="policy"]').getAttribute('class')).toBe('done');

    await page.getByTestId('refer-search').fill('驿站代招');
    await page.getByTestId('refer-job').first().click();
    const referral = page.getByTestId('referral').filter({ hasText: job.job.title });
    await expect.poll(() => referral.getByTestId('referral-status').textContent()).toBe('已推荐');
    expect(await page.locator('[data-item="referral"] .progress').textContent()).toBe('1/3');

    await referral.getByTestId('referral-to-interviewed').click();
    await expect.poll(() => referral.getByTestId('referral-status').textContent()).toBe('已面试');
    await referral.getByTestId('referral-to-hired').click();
    await expect.poll(() => referral.getByTestId('referral-status').textContent()).toBe('已录用');
    // Settled: no further moves offered.
    expect(await referral.locator('[data-testid^="referral-to-"]').count()).toBe(0);

    expect(await page.getByTestId('outcome-status').textContent()).toBe('已就业');
    expect(await page.getByTestId('outcome-summary').textContent()).toContain('长春市顺达物流有限公司');
    expect(await page.getByTestId('outcome-summary').textContent()).toContain('经驿站推荐');
    expect(await page.getByTestId('checklist-summary').textContent()).toBe(
      '还缺：职业指导、职业介绍、培训或见习',
    );
    expect(await page.getByTestId('next-follow-up').textContent()).toBe('无需回访（已就业或暂不求职）');

    const record = await must(hub, deskPageTerminal, 'workers.record', { workerId: kioskWorker });
    expect(record.services.map((s) => s.kind).sort()).toEqual(['policy', 'referral']);
    expect(record.outcome).toMatchObject({ status: 'employed', jobId: job.job.id, viaStation: true });
    expect((await must(hub, deskPageTerminal, 'jobs.deskGet', { jobId: job.job.id })).job.filled).toBe(1);
    await page.close();
  });

  it('opens the existing record when a registered ID number is typed in again by hand', async () => {
    const page = await newPage();
    await signIn(page, hub);
    const person = workerRow(hub, kioskWorker);
    const before = (await must(hub, deskPageTerminal, 'workers.list', {})).total;
    await page.getByTestId('open-register').click();
    await page.getByTestId('register-id').fill(person.id_number.toLowerCase());
    await page.getByTestId('register-name').fill('另一个名字');
    await page.getByTestId('register-submit').click();
    // Consent first.
    expect(await page.getByTestId('register-error').textContent()).toBe('请先确认本人已同意登记');
    await page.getByTestId('register-consent').check();
    await page.getByTestId('register-submit').click();
    await page.getByTestId('worker-record').waitFor();
    expect(await page.getByTestId('notice').textContent()).toBe(
      '这个身份证号已经登记过，已为您打开原有记录。',
    );
    expect(await page.locator('#worker-name').textContent()).toBe(person.name);
    expect((await must(hub, deskPageTerminal, 'workers.list', {})).total).toBe(before);

    // A mistyped number is refused with the reason, and nothing is stored.
    await page.getByTestId('nav-workers').click();
    await page.getByTestId('open-register').click();
    const bad = person.id_number.slice(0, 17) + (person.id_number[17] === '0' ? '1' : '0');
    await page.getByTestId('register-id').fill(bad);
    await page.getByTestId('register-name').fill('某人');
    await page.getByTestId('register-consent').check();
    await page.getByTestId('register-submit').click();
    await expect
      .poll(() => page.getByTestId('register-error').textContent())
      .toBe('身份证号校验位不对，请逐位核对');
    expect((await must(hub, deskPageTerminal, 'workers.list', {})).total).toBe(before);
    await page.close();
  });

  it('keeps what was typed when another desk saved first, says who, and keeps their edit too', async () => {
    const page = await newPage();
    await signIn(page, hub);
    const person = workerRow(hub, kioskWorker);
    await openRecordByName(page, person.name);
    await page.getByTestId('profile-edit').click();
    const typed = '腰不好，不能干重活；周末可以';
    await page.getByTestId('profile-notes-input').fill(typed);

    // Meanwhile, at the other desk.
    const current = await must(hub, other, 'workers.record', { workerId: kioskWorker });
    await must(hub, other, 'workers.updateProfile', {
      workerId: kioskWorker,
      version: current.version,
      changes: { phone: '13998765432' },
    });

    await page.getByTestId('profile-save').click();
    const conflict = page.getByTestId('profile-conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toMatch(/这条记录已被赵敏在 \d\d:\d\d 修改过，您的修改还没有保存/);
    expect(await conflict.textContent()).toContain('您的修改仍保留在下方表单中');
    expect(await page.getByTestId('profile-notes-input').inputValue()).toBe(typed);
    expect(await page.getByTestId('profile-phone').textContent()).toBe('13998765432');

    await page.getByTestId('profile-save').click();
    await page.getByTestId('profile-form').waitFor({ state: 'detached' });
    expect(await page.getByTestId('profile-notes').textContent()).toBe(typed);
    const saved = await must(hub, deskPageTerminal, 'workers.record', { workerId: kioskWorker });
    // Both edits stand: this desk's note and the other desk's phone.
    expect(saved.profile).toMatchObject({ notes: typed, phone: '13998765432' });
    const edits = audit(hub, 'workers.edit').filter((a) => a.subject === kioskWorker);
    expect(edits.map((e) => JSON.parse(e.detail!).fields)).toEqual([['phone'], ['phone'], ['notes']]);
    expect(edits.at(-1)!.terminal).toBe('local-desk');
    await page.close();
  });

  it('shows the full ID number on request, audited, and only until the page changes', async () => {
    const page = await newPage();
    await signIn(page, hub);
    const person = workerRow(hub, kioskWorker);
    await openRecordByName(page, person.name);
    const before = audit(hub, 'workers.reveal_id').length;
    await page.getByTestId('reveal-id').click();
    await expect.poll(() => page.getByTestId('worker-id-number').textContent()).toBe(person.id_number);
    const views = audit(hub, 'workers.reveal_id');
    expect(views).toHaveLength(before + 1);
    const demoId = hub.runtime.context.store.read(
      (db) => db.get<{ id: string }>("SELECT id FROM staff WHERE username = 'demo'")!.id,
    );
    expect(views.at(-1)).toMatchObject({ actor: demoId, subject: kioskWorker, terminal: 'local-desk' });
    // The audit trail names ids, never the number.
    expect(JSON.stringify(views)).not.toContain(person.id_number);

    await page.getByTestId('nav-home').click();
    await openRecordByName(page, person.name);
    expect(await page.getByTestId('worker-id-number').textContent()).toBe(
      `${person.id_number.slice(0, 6)}********${person.id_number.slice(-4)}`,
    );
    expect(await page.textContent('body')).not.toContain(person.id_number);
    await page.close();
  });

  it('opens the record of a card placed on the desk reader, and registers a newcomer after consent', async () => {
    const page = await newPage();
    await signIn(page, hub);
    await must(hub, deskPageTerminal, 'simulator.placeCard', { identity: 0 });
    await page.getByTestId('worker-record').waitFor();
    expect(await page.locator('#worker-name').textContent()).toBe(workerRow(hub, kioskWorker).name);
    await must(hub, deskPageTerminal, 'simulator.removeCard', {});
    // Lifted, and seen to be lifted by the reader's loop: a quick swap would look like one card to it.
    await expect.poll(() => must(hub, deskPageTerminal, 'card.current', {})).toBeNull();

    const before = (await must(hub, deskPageTerminal, 'workers.list', {})).total;
    await must(hub, deskPageTerminal, 'simulator.placeCard', { identity: 6 });
    await page.getByTestId('card-panel').waitFor();
    expect(await page.getByTestId('card-register').isDisabled()).toBe(true);
    await page.getByTestId('card-panel').getByRole('checkbox').first().check();
    await page.getByTestId('card-register').click();
    await page.getByTestId('worker-record').waitFor();
    expect((await must(hub, deskPageTerminal, 'workers.list', {})).total).toBe(before + 1);
    expect(audit(hub, 'workers.register_card')).toHaveLength(1);
    await page.close();
  });

  it('erases a person on their request: an administrator confirms, the record is gone, the audit keeps the id only', async () => {
    await must(hub, deskPageTerminal, 'staff.signIn', { username: 'demo', pin: '000000' });
    const { workerId } = await must(hub, deskPageTerminal, 'workers.registerManual', {
      idNumber: '11010519491231002X',
      name: '要求删除',
      consent: { registration: true, shareWithEmployers: false },
    });
    const page = await newPage();
    await signIn(page, hub);
    await openRecordByName(page, '要求删除');
    await page.getByTestId('erase').click();
    await page.getByTestId('erase-yes').click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toBe('已按本人要求删除。');
    expect(
      hub.runtime.context.store.read((db) => db.get('SELECT 1 AS x FROM workers WHERE id = ?', [workerId])),
    ).toBeUndefined();
    expect(audit(hub, 'workers.erase')).toEqual([expect.objectContaining({ subject: workerId })]);
    expect(JSON.stringify(audit(hub, 'workers.erase'))).not.toContain('要求删除');
    await page.close();
  });

  it('has no serious accessibility problems on any of its screens', async () => {
    const page = await newPage();
    await hub.runtime.call(deskPageTerminal, 'staff.signOut', {});
    await page.goto(hub.pageUrl('desk'));
    await page.getByTestId('signin-submit').waitFor();
    const problems: Record<string, string[]> = { signIn: await axeProblems(page) };
    await signIn(page, hub);
    problems.home = await axeProblems(page);
    await openRecordByName(page, workerRow(hub, kioskWorker).name);
    await page.getByTestId('profile-edit').click();
    problems.record = await axeProblems(page);
    // Each screen is checked once its data has arrived.
    const shown = { jobs: 'job-list', reports: 'report-figures', system: 'sync-pending' } as const;
    for (const p of ['jobs', 'reports', 'system'] as const) {
      await page.getByTestId(`nav-${p}`).click();
      await page.getByTestId(shown[p]).waitFor();
      problems[p] = await axeProblems(page);
    }
    await page.getByTestId('nav-workers').click();
    await page.getByTestId('open-register').click();
    problems.register = await axeProblems(page);
    expect(problems).toEqual({
      signIn: [],
      home: [],
      record: [],
      jobs: [],
      reports: [],
      system: [],
      register: [],
    });
    await page.close();
  });
});
