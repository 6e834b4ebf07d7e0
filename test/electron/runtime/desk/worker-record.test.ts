import { afterEach, describe, expect, it } from 'vitest';
import type { CardPresented } from '../../../../electron/api';
import type { Runtime } from '../../../../electron/runtime/runtime';
import {
  auditRows,
  desk1,
  desk2,
  failure,
  idNumber,
  ok,
  registerByHand,
  signInDemo,
  testStation,
} from './helpers';

let rt: Runtime | undefined;
afterEach(async () => {
  await rt?.close();
  rt = undefined;
});

async function station() {
  const s = await testStation();
  rt = s.runtime;
  await signInDemo(rt, desk1);
  await ok(rt, desk1, 'staff.create', { username: 'zhao', name: '赵敏', role: 'staff', pin: '246810' });
  await ok(rt, desk2, 'staff.signIn', { username: 'zhao', pin: '246810' });
  return { ...s, rt: s.runtime };
}

describe('finding and registering workers at the desk', () => {
  it('finds a kiosk-registered worker by name, last four ID digits and phone', async () => {
    const { rt } = await station();
    const kiosk = { role: 'kiosk' as const, terminal: 'local-kiosk' };
    await ok(rt, kiosk, 'simulator.placeCard', { identity: 0 });
    let card: CardPresented | null = null;
    while (!card) {
      await new Promise((r) => setTimeout(r, 20));
      card = await ok(rt, kiosk, 'card.current', {});
    }
    const reg = await ok(rt, kiosk, 'workers.registerFromCard', {
      token: card.token,
      consent: { registration: true, shareWithEmployers: true },
    });
    await ok(rt, desk1, 'workers.updateProfile', {
      workerId: reg.workerId,
      version: 1,
      changes: { phone: '13812345678' },
    });
    const full = (await ok(rt, desk1, 'workers.revealIdNumber', { workerId: reg.workerId })).idNumber;
    for (const q of ['秀兰', full.slice(-4), '1381234']) {
      const page = await ok(rt, desk1, 'workers.list', { q });
      expect(
        page.items.map((w) => w.id),
        q,
      ).toEqual([reg.workerId]);
    }
  });

  it('registers by hand, unverified; the same number again opens the existing record', async () => {
    const { rt } = await station();
    const first = await registerByHand(rt, '孙丽', idNumber('19900101', '21', 'female'));
    expect(first).toMatchObject({ existing: false, converted: false });
    const record = await ok(rt, desk1, 'workers.record', { workerId: first.workerId });
    expect(record).toMatchObject({
      name: '孙丽',
      verified: false,
      sex: 'female',
      maskedIdNumber: expect.stringMatching(/^220102\*{8}\d{3}[\dX]$/),
    });
    // Lower-case x, other terminal, other name typed: still the same person, no duplicate.
    const again = await registerByHand(
      rt,
      '孙 丽',
      idNumber('19900101', '21', 'female').toLowerCase(),
      desk2,
    );
    expect(again).toEqual({ workerId: first.workerId, existing: true, converted: false });
    expect((await ok(rt, desk1, 'workers.list', {})).total).toBe(1);
  });

  it('converts a 15-digit legacy number and matches it to the 18-digit one', async () => {
    const { rt } = await station();
    const eighteen = await registerByHand(rt, '老张', idNumber('19560708', '03', 'male'));
    const legacy = `220102560708033`;
    const r = await registerByHand(rt, '老张', legacy);
    expect(r).toEqual({ workerId: eighteen.workerId, existing: true, converted: true });
  });

  it('refuses a mistyped number with the reason, and stores nothing', async () => {
    const { rt } = await station();
    const good = idNumber();
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    expect(
      await failure(rt, desk1, 'workers.registerManual', {
        idNumber: bad,
        name: 'x',
        consent: { registration: true, shareWithEmployers: false },
      }),
    ).toMatchObject({
      code: 'invalid_input',
      message: '身份证号校验位不对，请逐位核对',
    });
    expect(
      await failure(rt, desk1, 'workers.registerManual', {
        idNumber: '220102199013451234',
        name: 'x',
        consent: { registration: true, shareWithEmployers: false },
      }),
    ).toMatchObject({
      message: expect.stringContaining('出生日期'),
    });
    expect((await ok(rt, desk1, 'workers.list', {})).total).toBe(0);
  });
});

describe('the worker record', () => {
  it('audits every full-ID view and edit by ids only', async () => {
    const { rt } = await station();
    const { workerId } = await registerByHand(rt, '周强');
    const shown = await ok(rt, desk2, 'workers.revealIdNumber', { workerId });
    expect(shown.idNumber).toBe(idNumber());
    await ok(rt, desk2, 'workers.updateProfile', {
      workerId,
      version: 1,
      changes: { occupations: ['4-09-08-02'], expectedPay: { amount: 200, unit: 'day' } },
    });
    await ok(rt, desk2, 'workers.setKeyGroup', { workerId, group: 'veteran', on: true });
    const reveal = auditRows(rt, 'workers.reveal_id');
    expect(reveal).toEqual([expect.objectContaining({ subject: workerId, terminal: 'desk-2' })]);
    const edit = auditRows(rt, 'workers.edit');
    expect(edit[0]!.detail).toBe(JSON.stringify({ fields: ['occupations', 'expectedPay'] }));
    const all = JSON.stringify(auditRows(rt));
    expect(all).not.toContain('周强');
    expect(all).not.toContain(idNumber());
    expect(all).not.toContain('13900001111');
  });

  it('refuses an edit based on a stale version, says who changed it, and keeps the other edit', async () => {
    const { rt } = await station();
    const { workerId } = await registerByHand(rt, '吴刚');
    const seen1 = await ok(rt, desk1, 'workers.record', { workerId });
    const seen2 = await ok(rt, desk2, 'workers.record', { workerId });
    const saved = await ok(rt, desk2, 'workers.updateProfile', {
      workerId,
      version: seen2.version,
      changes: { phone: '13700000000' },
    });
    expect(saved.version).toBe(seen2.version + 1);
    const conflict = await failure(rt, desk1, 'workers.updateProfile', {
      workerId,
      version: seen1.version,
      changes: { phone: '13600000000', notes: '会开叉车' },
    });
    expect(conflict.code).toBe('conflict');
    expect(conflict.message).toContain('赵敏');
    expect(conflict.message).toContain('还没有保存');
    const now = await ok(rt, desk1, 'workers.record', { workerId });
    expect(now.profile.phone).toBe('13700000000');
    expect(now.profile.notes).toBe('');
    // Re-applied on the fresh version, it goes through.
    const retried = await ok(rt, desk1, 'workers.updateProfile', {
      workerId,
      version: now.version,
      changes: { notes: '会开叉车' },
    });
    expect(retried.profile).toMatchObject({ phone: '13700000000', notes: '会开叉车' });
    expect(retried.history.map((h) => h.field)).toEqual(['notes', 'phone']);
  });

  it('records key groups with who confirmed them, and the 1131 checklist', async () => {
    const s = await station();
    const rt = s.rt;
    const { workerId } = await registerByHand(rt, '郑红');
    let r = await ok(rt, desk2, 'workers.setKeyGroup', { workerId, group: 'hard-to-employ', on: true });
    expect(r.keyGroups).toEqual([
      { group: 'hard-to-employ', confirmedBy: '赵敏', confirmedAt: expect.any(String) },
    ]);
    expect(r.checklist).toMatchObject({
      complete: false,
      missing: ['policy', 'guidance', 'referral', 'trainingOrInternship'],
    });
    const eventId = crypto.randomUUID();
    await ok(rt, desk1, 'services.record', { workerId, kind: 'policy', eventId });
    // The same event sent twice (a retry, another terminal) counts once.
    r = await ok(rt, desk2, 'services.record', { workerId, kind: 'policy', eventId });
    expect(r.checklist.policy).toEqual({ done: 1, required: 1 });
    await ok(rt, desk1, 'services.record', { workerId, kind: 'guidance' });
    s.advance(60_000);
    r = await ok(rt, desk1, 'services.record', { workerId, kind: 'internship', note: '社区见习' });
    expect(r.checklist.missing).toEqual(['referral']);
    expect(r.services[0]).toMatchObject({ kind: 'internship', note: '社区见习', staffName: '演示管理员' });
  });

  it('lists follow-ups due monthly until the worker is employed', async () => {
    const s = await station();
    const { workerId } = await registerByHand(s.rt, '冯亮');
    expect(await ok(s.rt, desk1, 'followUps.due', {})).toEqual([]);
    s.advance(31 * 86_400_000);
    await signInDemo(s.rt, desk1);
    const list = await ok(s.rt, desk1, 'followUps.due', {});
    expect(list).toEqual([expect.objectContaining({ workerId, overdueDays: 1, lastContact: null })]);
    const r = await ok(s.rt, desk1, 'followUps.record', { workerId, result: 'reached', note: '还在找' });
    expect(r.nextFollowUp).toBe('2027-01-21');
    expect(await ok(s.rt, desk1, 'followUps.due', {})).toEqual([]);
    await ok(s.rt, desk1, 'workers.setOutcome', {
      workerId,
      version: r.version,
      status: 'employed',
      employer: '自找单位',
      viaStation: false,
    });
    s.advance(60 * 86_400_000);
    await signInDemo(s.rt, desk1);
    expect(await ok(s.rt, desk1, 'followUps.due', {})).toEqual([]);
  });
});
