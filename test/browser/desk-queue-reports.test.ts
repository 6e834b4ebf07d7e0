import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHub } from '../../electron/hub/start-hub';
import { postFrom } from '../electron/hub/pair-helpers';
import { launchChromium } from './chromium';
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
let desk: Page;

beforeAll(async () => {
  hub = await startDeskHub();
  browser = await launchChromium();
  desk = await browser.newPage({ viewport: { width: 1920, height: 1080 }, acceptDownloads: true });
  await signIn(desk, hub);
  // The page signed in for itself; the calls this test makes directly need a session of their own.
  await must(hub, deskPageTerminal, 'staff.signIn', { username: 'demo', pin: '000000' });
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

describe('queue, kiosk calls, jobs and reports at the desk', () => {
  it('a kiosk takes a ticket and the desk calls it, seeing why the person came', async () => {
    const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await kiosk.goto(hub.pageUrl('kiosk'));
    await kiosk.getByTestId('attract-no-card').click();
    await kiosk.getByTestId('take-ticket').click();
    await expect.poll(() => kiosk.getByTestId('ticket').textContent()).toContain('A001');

    await desk.getByTestId('nav-home').click();
    await expect
      .poll(() => desk.getByTestId('queue-waiting').textContent(), { timeout: 3000 })
      .toBe('等候 1 人');
    expect(await desk.getByTestId('queue-list').textContent()).toContain('A001求职登记');
    const called = new Promise<unknown>((resolve) => {
      const off = hub.runtime.bus.subscribe((e) => {
        if (e.event !== 'queue.called') return;
        off();
        resolve(e.payload);
      });
    });
    await desk.getByTestId('queue-window').fill('2');
    await desk.getByTestId('queue-call').click();
    await desk.getByTestId('queue-current').waitFor();
    expect(await desk.getByTestId('queue-current').textContent()).toContain('正在服务：A001求职登记');
    expect(await called).toEqual({ ticket: 'A001', window: '2' });
    await expect.poll(() => desk.getByTestId('queue-waiting').textContent()).toBe('等候 0 人');
    await desk.getByTestId('queue-call').click();
    await expect.poll(() => desk.getByText('没有人在等候').count()).toBe(1);

    // 呼叫工作人员 at the kiosk reaches the desk with the kiosk and the screen, never the person.
    await kiosk.getByTestId('call-staff').click();
    await desk.getByTestId('staff-alerts').waitFor({ timeout: 3000 });
    expect(await desk.getByTestId('staff-alerts').textContent()).toMatch(
      /请求帮助（请到前台页面，\d\d:\d\d）/,
    );
    await desk.getByTestId('staff-alerts').getByRole('button').click();
    expect(await desk.getByTestId('staff-alerts').count()).toBe(0);
    await kiosk.close();
  });

  it('posts a job on an employer’s behalf with the station’s reasons, flags a one-sex demand, then closes and reopens it', async () => {
    await desk.getByTestId('nav-jobs').click();
    await desk.getByTestId('job-new').click();
    const d = draft({ title: '冷库搬运（代发）' });
    await desk.getByTestId('job-title').fill(d.title);
    await desk.getByTestId('job-occupation').selectOption(d.occupation);
    await desk.getByTestId('job-employerName').fill(d.employer.name);
    await desk.getByTestId('job-district').fill(d.district);
    await desk.getByTestId('job-address').fill(d.address);
    await desk.getByTestId('job-amount').fill('26');
    await desk.getByTestId('job-unit').selectOption('hour');
    await desk.getByTestId('job-headcount').fill('0');
    await desk.getByTestId('job-ageMin').fill('15');
    await desk.getByTestId('job-sex').selectOption('male');
    await desk.getByTestId('job-save').click();
    // Every wrong field at once, each beside its field, in words a clerk can act on.
    await expect.poll(() => desk.getByTestId('job-issue-headcount').textContent()).toBe('招聘人数至少1人');
    expect(await desk.getByTestId('job-issue-ageMin').textContent()).toBe('年龄不能低于16岁');
    expect(await desk.getByTestId('job-issue-validThrough').textContent()).toBe('请填写截止日期');
    expect((await must(hub, deskPageTerminal, 'jobs.deskSearch', { q: '冷库搬运' })).total).toBe(0);

    await desk.getByTestId('job-headcount').fill('3');
    await desk.getByTestId('job-ageMin').fill('18');
    await desk.getByTestId('job-validThrough').fill('2099-06-30');
    await desk.getByTestId('job-save').click();
    await desk.getByTestId('job-sex-warning').waitFor();
    await desk.getByTestId('job-search').fill('冷库搬运');
    const row = desk.getByTestId('job-row').filter({ hasText: '冷库搬运（代发）' });
    await row.waitFor();
    expect(await row.textContent()).toContain('限定性别·待审核');
    expect(await row.textContent()).toContain('26元/小时');
    expect(await row.getByTestId('job-shown').textContent()).toBe('自助机可见');

    const id = (await row.getAttribute('data-job'))!;
    // Every status, so the row stays in view once closed.
    await desk.getByRole('button', { name: '全部' }).click();
    await row.getByTestId('job-close').click();
    await expect.poll(() => row.getByTestId('job-shown').textContent()).toBe('自助机不可见');
    expect((await must(hub, deskPageTerminal, 'jobs.deskGet', { jobId: id })).job.status).toBe('closed');
    await row.getByTestId('job-reopen').click();
    await row.getByTestId('job-fill').click();
    await expect
      .poll(async () => (await must(hub, deskPageTerminal, 'jobs.deskGet', { jobId: id })).job.status)
      .toBe('filled');
  });

  it('shows the counts with their definitions, and the export downloads a ledger that exceljs reads', async () => {
    const w = await registerAtKiosk(hub, 3);
    await must(hub, deskPageTerminal, 'services.record', { workerId: w, kind: 'guidance', note: '简历指导' });
    await desk.getByTestId('nav-reports').click();
    await desk.getByTestId('report-today').click();
    await expect.poll(() => desk.getByTestId('report-registrations').textContent()).toBe('1');
    expect(await desk.getByTestId('report-served').textContent()).toBe('1');
    const row = desk.locator('[data-figure="registrations"]');
    expect(await row.textContent()).toContain('同一人在几台终端登记只算一次');

    const download = desk.waitForEvent('download');
    await desk.getByTestId('report-export').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^求职者登记台账_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await file.path())!);
    const ws = wb.getWorksheet('求职者登记台账')!;
    const person = workerRow(hub, w);
    expect(ws.getCell(3, 2).value).toBe(person.name);
    expect(ws.getCell(3, 5).value).toBe(
      `${person.id_number.slice(0, 6)}********${person.id_number.slice(-4)}`,
    );
    expect(ws.getCell(3, 11).value).toBe(1);
    expect(await desk.getByTestId('report-exported').textContent()).toContain('已导出 1 行');
    expect(audit(hub, 'reports.export')).toHaveLength(1);

    // The demo account is an administrator: full numbers come in a separately audited export.
    const full = desk.waitForEvent('download');
    await desk.getByTestId('report-export-full').click();
    const fullFile = await full;
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile((await fullFile.path())!);
    expect(wb2.getWorksheet('求职者登记台账')!.getCell(3, 5).value).toBe(person.id_number);
    expect(audit(hub, 'reports.export_full_id')).toHaveLength(1);
  });

  it('pairs a booth tablet by the code it shows, lists it, renames it and revokes it', async () => {
    await desk.getByTestId('nav-system').click();
    // The new tablet asks the hub for a code and shows it; staff type it in with the device's role.
    const made = (await postFrom(hub.url, '/pair/request', {})).body.value as {
      code: string;
      secret: string;
    };
    await desk.getByTestId('pair-code').fill(made.code.toLowerCase());
    await desk.getByTestId('pair-role').selectOption('booth');
    await desk.getByTestId('pair-booth').fill('1');
    await desk.getByTestId('pair-name').fill('1号摊位平板');
    await desk.getByTestId('pair-submit').click();
    await expect.poll(() => desk.getByTestId('pair-approved').textContent()).toContain('已确认 1号摊位平板');
    expect(await desk.getByTestId('pair-code').inputValue()).toBe('');
    // The tablet's next poll collects its token.
    const collected = await postFrom(hub.url, '/pair/status', { secret: made.secret });
    expect(collected.body.value).toMatchObject({ state: 'paired', terminal: { role: 'booth', booth: 1 } });
    const list = desk.getByTestId('terminal-list');
    await expect.poll(() => list.textContent(), { timeout: 3000 }).toContain('1号摊位平板');
    expect(await list.textContent()).toContain('演示管理员');
    // A name is a label: staff change it in place.
    await list.getByTestId('terminal-rename').click();
    await list.getByTestId('terminal-name-input').fill('一号摊位的旧平板');
    await list.getByTestId('terminal-rename-save').click();
    await expect.poll(() => list.getByTestId('terminal-name').textContent()).toBe('一号摊位的旧平板');
    // A code nobody's device shows is refused in words, and what was typed stays to be corrected.
    await desk.getByTestId('pair-code').fill('ZZZZ ZZZZ');
    await desk.getByTestId('pair-submit').click();
    await expect.poll(() => desk.getByTestId('system-error').textContent()).toContain('没有这个配对码');
    expect(await desk.getByTestId('pair-code').inputValue()).toBe('ZZZZ ZZZZ');
    await list.getByTestId('terminal-revoke').click();
    await expect.poll(() => list.textContent()).toContain('已停用');
    expect(await desk.getByTestId('reader-desk-reader').textContent()).toBe('已连接');
  });
});
