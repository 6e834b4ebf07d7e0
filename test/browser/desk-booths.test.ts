import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHub } from '../../electron/hub/start-hub';
import { launchChromium } from './chromium';
import { axeProblems } from './kiosk-helpers';
import { audit, deskPageTerminal, draft, must, signIn, startDeskHub } from './desk-helpers';
import { stationToday } from '../support/clock';

/**
 * 摊位与公告 at the desk in Chromium against a real hub: staff give booth 2 to an employer, type the
 * code its new tablet shows into the booth's row and see the tablet open as that employer's; a notice
 * reaches the hall's big screen and leaves it, each within 2 s; a refused assignment says why and
 * changes nothing.
 */
const STEP_MS = 2000;
const employer = '长春市顺达物流有限公司';

let hub: RunningHub;
let browser: Browser;
let desk: Page;
let tablet: Page;
const pageErrors: string[] = [];

/** The station's day (Beijing's), as the hub and the desk page count it. */
const today = () => stationToday(() => new Date());

beforeAll(async () => {
  hub = await startDeskHub();
  // The employer is known to the station from a posting staff made for it.
  await must(hub, deskPageTerminal, 'staff.signIn', { username: 'demo', pin: '000000' });
  await must(hub, deskPageTerminal, 'jobs.post', { draft: draft({ employer: { name: employer } }) });
  browser = await launchChromium();
  desk = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  desk.on('pageerror', (e) => pageErrors.push(`desk: ${e.message}`));
  await signIn(desk, hub);
  // The page signed in for itself; the calls this test makes directly need a session of their own.
  await must(hub, deskPageTerminal, 'staff.signIn', { username: 'demo', pin: '000000' });
  await desk.getByTestId('nav-booths').click();
  await desk.getByTestId('booth-assignments').waitFor();
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
  expect(pageErrors).toEqual([]);
});

/** Waits for `probe` to hold, failing when it takes longer than a step may. */
async function within(ms: number, what: string, probe: () => Promise<boolean>): Promise<void> {
  await expect.poll(probe, { timeout: ms, interval: 50, message: what }).toBe(true);
}

const boothRow = (n: number) => desk.locator(`[data-testid="booth-row"][data-booth="${n}"]`);

describe('摊位与公告 at the front desk', () => {
  it('gives booth 2 to an employer for today; the tablet paired from booth 2’s row opens as that employer’s', async () => {
    expect(await desk.getByTestId('booths-total').textContent()).toBe('已分配 0 个摊位');
    await desk.getByTestId('assign-booth').fill('2');
    // Part of the name finds the employer the station knows; the whole name picks it.
    await desk.getByTestId('assign-employer').fill('顺达');
    const suggested = () =>
      desk.locator('#known-employers option').evaluateAll((os) => os.map((o) => o.getAttribute('value')));
    await expect.poll(suggested).toEqual(expect.arrayContaining([employer, '长春市顺达劳务派遣有限公司']));
    await desk.getByTestId('assign-employer').fill(employer);
    await expect
      .poll(() => desk.getByTestId('assign-employer-kind').textContent())
      .toBe('已有单位：沿用它的资料和岗位');
    expect(await desk.getByTestId('assign-day').inputValue()).toBe(today());
    await desk.getByTestId('assign-submit').click();

    await expect
      .poll(() => desk.getByTestId('notice').textContent())
      .toContain(`已把 2 号摊位分配给 ${employer}`);
    await expect.poll(() => boothRow(2).getByTestId('booth-employer').textContent()).toBe(employer);
    expect(await desk.getByTestId('booths-total').textContent()).toBe('已分配 1 个摊位');
    expect(await boothRow(2).getByTestId('booth-interviewing').textContent()).toBe('0 人');
    expect(await boothRow(2).textContent()).toContain('未配对');
    // The posting staff made for the employer is the same employer's, not a second profile.
    const [job] = (await must(hub, deskPageTerminal, 'jobs.deskSearch', { q: employer })).items;
    expect(await must(hub, deskPageTerminal, 'booth.assignments', {})).toEqual([
      expect.objectContaining({ booth: 2, day: today(), employerId: job!.job.employer.id }),
    ]);

    await boothRow(2).getByTestId('pair-tablet').click();
    expect(await desk.getByTestId('booth-pair-entry').textContent()).toContain(
      '2 号摊位平板：输入设备屏幕上的配对码',
    );

    // A fresh browser at the booth: the hub's address; it shows the code staff type at the desk.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    tablet = await context.newPage();
    tablet.on('pageerror', (e) => pageErrors.push(`tablet: ${e.message}`));
    await tablet.goto(`${hub.url}/booth`);
    const shown = (await tablet.getByTestId('pairing-code').textContent())!;
    expect(shown).toMatch(/^[0-9A-Z]{4} [0-9A-Z]{4}$/);
    expect(await axeProblems(tablet)).toEqual([]);
    await desk.getByTestId('booth-pair-code').fill(shown);
    await desk.getByTestId('booth-pair-submit').click();
    expect(await desk.getByTestId('booth-paired').textContent()).toContain('2号摊位平板');
    await tablet.locator('.booth-header h1').waitFor();
    expect(await tablet.locator('.booth-header h1').textContent()).toBe(employer);
    expect(await tablet.locator('.booth-no').textContent()).toContain('2');

    // The desk's row counts the tablet it just paired.
    await within(STEP_MS, 'the paired tablet on booth 2’s row', async () =>
      ((await boothRow(2).textContent()) ?? '').includes('平板 1 · 电视 0'),
    );
  });

  it('refuses booth 0, a past day and a missing name with the station’s reason, and changes nothing', async () => {
    const before = await must(hub, deskPageTerminal, 'booth.assignments', {});
    const audited = audit(hub, 'booth.assign').length;
    const tryAssign = async (booth: string, name: string, day: string, reason: string) => {
      await desk.getByTestId('assign-booth').fill(booth);
      await desk.getByTestId('assign-employer').fill(name);
      await desk.getByTestId('assign-day').fill(day);
      await desk.getByTestId('assign-submit').click();
      await expect.poll(() => desk.getByTestId('assign-error').textContent()).toBe(reason);
    };
    await tryAssign('0', '长春市洁美物业服务有限公司', today(), '摊位号是1到99之间的整数');
    await tryAssign('4', '长春市洁美物业服务有限公司', '2020-01-01', '不能给已经过去的日期分配摊位');
    await tryAssign('4', '', today(), '请填写单位名称');
    // What was typed stays, to be corrected.
    expect(await desk.getByTestId('assign-booth').inputValue()).toBe('4');

    expect(await must(hub, deskPageTerminal, 'booth.assignments', {})).toEqual(before);
    expect(await must(hub, deskPageTerminal, 'booth.assignments', { day: '2020-01-01' })).toEqual([]);
    expect(audit(hub, 'booth.assign')).toHaveLength(audited);
    expect(await desk.getByTestId('booth-row').count()).toBe(1);
    expect(await tablet.locator('.booth-header h1').textContent()).toBe(employer);
  });

  it('asks before booth 2 changes hands; the tablet follows, and empties when the booth is taken back', async () => {
    await desk.getByTestId('assign-booth').fill('2');
    await desk.getByTestId('assign-employer').fill('长春市洁美物业服务有限公司');
    await desk.getByTestId('assign-day').fill(today());
    await desk.getByTestId('assign-submit').click();
    expect(await desk.getByTestId('assign-replace').textContent()).toContain(
      `已分配给 ${employer}，改为分配给 长春市洁美物业服务有限公司？`,
    );
    expect(await tablet.locator('.booth-header h1').textContent()).toBe(employer);
    await desk.getByRole('button', { name: '确认改派' }).click();
    await within(
      STEP_MS,
      'the new employer on booth 2’s tablet',
      async () => (await tablet.locator('.booth-header h1').textContent()) === '长春市洁美物业服务有限公司',
    );
    expect(await boothRow(2).getByTestId('booth-employer').textContent()).toBe('长春市洁美物业服务有限公司');

    await boothRow(2).getByTestId('unassign').click();
    await boothRow(2).getByTestId('unassign-confirm').click();
    await within(
      STEP_MS,
      'booth 2’s tablet without an employer',
      async () => ((await tablet.locator('main h1').textContent()) ?? '') === '2 号摊位今天还没有招聘单位',
    );
    expect(await desk.getByTestId('notice').textContent()).toBe('已收回 2 号摊位');
    // The row stays for its paired tablet, free to give out again.
    expect(await boothRow(2).textContent()).toContain('未分配');
    expect(await must(hub, deskPageTerminal, 'booth.assignments', {})).toEqual([]);
  });

  it('a notice posted at the desk is on the big screen within 2 s, and gone within 2 s of taking it down', async () => {
    const screen = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    screen.on('pageerror', (e) => pageErrors.push(`screen: ${e.message}`));
    await screen.goto(`${hub.url}/screen#token=${encodeURIComponent(hub.terminals.byRole('screen')!.token)}`);
    await screen.getByTestId('job-board').waitFor({ state: 'attached' });
    expect(await screen.getByTestId('notices').count()).toBe(0);

    const text = '今天下午2点有物流分拣专场招聘，请到2号摊位';
    await desk.getByTestId('notice-text').fill(text);
    await desk.getByTestId('notice-post').click();
    await within(STEP_MS, 'the notice on the big screen', async () =>
      (
        (await screen
          .getByTestId('notices')
          .textContent()
          .catch(() => '')) ?? ''
      ).includes(text),
    );
    const item = desk.getByTestId('notice-item').filter({ hasText: text });
    await item.waitFor();
    expect(await item.textContent()).toContain('正在显示');
    expect(await desk.getByTestId('notice-text').inputValue()).toBe('');

    // An empty notice is refused with the station's words and posts nothing.
    await desk.getByTestId('notice-post').click();
    await expect.poll(() => desk.getByTestId('notice-error').textContent()).toBe('请填写通知内容');
    expect(await desk.getByTestId('notice-item').count()).toBe(1);

    await item.getByTestId('notice-remove').click();
    await within(
      STEP_MS,
      'the notice gone from the big screen',
      async () => (await screen.getByTestId('notices').count()) === 0,
    );
    await expect.poll(() => desk.getByTestId('notice-item').count()).toBe(0);
    expect(await desk.getByTestId('station-notices').textContent()).toContain('大屏上没有通知');
    await screen.close();
  });

  it('has no serious accessibility problems with booths, a pairing code, a refusal and a notice on it', async () => {
    // Made at another desk: the page hears of them (booth.changed, notices.changed) without a reload.
    await must(hub, deskPageTerminal, 'booth.assign', { booth: 3, employer: { name: employer } });
    await must(hub, deskPageTerminal, 'notices.post', { text: '周末驿站照常开放' });
    await boothRow(3).waitFor();
    await desk.getByTestId('notice-item').waitFor();
    await boothRow(3).getByTestId('pair-tv').click();
    // A code no device shows: refused in words beside the box it was typed in.
    await desk.getByTestId('booth-pair-code').fill('ZZZZ ZZZZ');
    await desk.getByTestId('booth-pair-submit').click();
    expect(await desk.getByTestId('booth-pair-error').textContent()).toContain('没有这个配对码');
    await desk.getByTestId('assign-booth').fill('100');
    await desk.getByTestId('assign-employer').fill(employer);
    await desk.getByTestId('assign-submit').click();
    await desk.getByTestId('assign-error').waitFor();
    expect(await axeProblems(desk)).toEqual([]);
  });
});
