import { afterEach, describe, expect, it } from 'vitest';
import { hashPin, verifyPin } from '../../../../electron/runtime/staff/pin-hash';
import type { Runtime } from '../../../../electron/runtime/runtime';
import { auditRows, desk1, desk2, failure, ok, signInDemo, testStation } from './helpers';

/** The one answer to every refused sign-in: it must not tell a guesser whether an account exists. */
const refused = {
  code: 'unauthenticated',
  message: '用户名或密码不对。连续输错5次账号会锁定15分钟，可找管理员解锁',
};

/** The simulator at the kiosk and a real (here: unplugged) serial reader at the desk. */
const mixedReaders = {
  readers: [
    { driver: 'simulator' as const, id: 'reader-1', serves: 'kiosk' as const },
    { driver: 'serial' as const, id: 'desk-reader', serves: 'desk' as const, path: '/dev/no-such-reader' },
  ],
};

let rt: Runtime | undefined;
afterEach(async () => {
  await rt?.close();
  rt = undefined;
});

describe('PIN hashing', () => {
  it('salts every hash and verifies only the right PIN', async () => {
    const a = await hashPin('246810');
    const b = await hashPin('246810');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPin('246810', a)).toBe(true);
    expect(await verifyPin('246811', a)).toBe(false);
    expect(await verifyPin('246810', 'garbage')).toBe(false);
  });
});

describe('staff sessions', () => {
  it('creates the demo account only on a simulated station with no staff, and hints it', async () => {
    const s = await testStation();
    rt = s.runtime;
    expect(await ok(rt, desk1, 'staff.session', {})).toEqual({ session: null, demoHint: true });
    const session = await signInDemo(rt);
    expect(session).toMatchObject({ username: 'demo', role: 'admin', idleMinutes: 15 });
    expect((await ok(rt, desk1, 'staff.session', {})).session?.staffId).toBe(session.staffId);
    // Per terminal: the other desk is not signed in.
    expect((await ok(rt, desk2, 'staff.session', {})).session).toBeNull();
    expect(await failure(rt, desk2, 'workers.list', {})).toMatchObject({
      code: 'unauthenticated',
      message: '请先登录',
    });
  });

  it('gives a station with real readers no demo account', async () => {
    const s = await testStation({ readers: [] });
    rt = s.runtime;
    expect(await ok(rt, desk1, 'staff.session', {})).toEqual({ session: null, demoHint: false });
    expect(await failure(rt, desk1, 'staff.signIn', { username: 'demo', pin: '000000' })).toEqual(refused);
  });

  it('gives a station with a real reader beside the simulator no demo account', async () => {
    const s = await testStation(mixedReaders);
    rt = s.runtime;
    expect(rt.context.data.read((tx) => tx.staff.count())).toBe(0);
    expect(await ok(rt, desk1, 'staff.session', {})).toEqual({ session: null, demoHint: false });
    expect(await failure(rt, desk1, 'staff.signIn', { username: 'demo', pin: '000000' })).toEqual(refused);
  });

  it('refuses a demo account left behind once a real reader is configured, as if it did not exist', async () => {
    const s = await testStation(mixedReaders);
    rt = s.runtime;
    const pinHash = await hashPin('000000');
    // Left from the days this station ran on the simulator alone.
    await rt.context.data.write((tx) => {
      if (tx.staff.byUsername('demo')) return;
      tx.staff.insert({
        username: 'demo',
        name: '演示管理员',
        role: 'admin',
        pinHash,
        demo: true,
        createdBy: 'system',
        at: s.now(),
      });
    });
    expect((await ok(rt, desk1, 'staff.session', {})).demoHint).toBe(false);
    expect(await failure(rt, desk1, 'staff.signIn', { username: 'demo', pin: '000000' })).toEqual(refused);
  });

  it('answers an unknown user, a wrong PIN, a disabled and a locked account alike', async () => {
    const s = await testStation();
    rt = s.runtime;
    await signInDemo(rt);
    const li = await ok(rt, desk1, 'staff.create', {
      username: 'li',
      name: '李娜',
      role: 'staff',
      pin: '135790',
    });
    await ok(rt, desk1, 'staff.create', { username: 'zhao', name: '赵强', role: 'staff', pin: '246810' });
    await ok(rt, desk1, 'staff.update', { staffId: li.id, active: false });
    const answers = [
      await failure(rt, desk2, 'staff.signIn', { username: 'nobody', pin: '135790' }),
      await failure(rt, desk2, 'staff.signIn', { username: 'zhao', pin: '000001' }),
      await failure(rt, desk2, 'staff.signIn', { username: 'li', pin: '135790' }),
    ];
    for (let i = 0; i < 4; i++) await failure(rt, desk2, 'staff.signIn', { username: 'zhao', pin: '000001' });
    // Locked now: a wrong PIN and even the right one get the same answer as a name that does not exist.
    answers.push(await failure(rt, desk2, 'staff.signIn', { username: 'zhao', pin: '000001' }));
    answers.push(await failure(rt, desk2, 'staff.signIn', { username: 'zhao', pin: '246810' }));
    for (const a of answers) expect(a).toEqual(answers[0]);
    expect(answers[0]).toEqual(refused);
  });

  it('locks an account after five wrong PINs in a row, for the configured period, and audits by id', async () => {
    const s = await testStation();
    rt = s.runtime;
    const admin = await signInDemo(rt);
    await ok(rt, desk1, 'staff.create', { username: 'li', name: '李娜', role: 'staff', pin: '135790' });
    // Only failures count: a success in between starts the count again.
    for (let i = 0; i < 4; i++) await failure(rt, desk2, 'staff.signIn', { username: 'li', pin: '000001' });
    await ok(rt, desk2, 'staff.signIn', { username: 'li', pin: '135790' });
    await ok(rt, desk2, 'staff.signOut', {});
    for (let i = 1; i <= 5; i++) {
      expect(await failure(rt, desk2, 'staff.signIn', { username: 'li', pin: '000001' })).toEqual(refused);
    }
    // Locked: even the right PIN is refused until the period ends.
    expect(await failure(rt, desk2, 'staff.signIn', { username: 'li', pin: '135790' })).toEqual(refused);
    const li = (await ok(rt, desk1, 'staff.list', {})).find((a) => a.username === 'li');
    expect(li?.lockedUntil).toBe(new Date(s.now().getTime() + 15 * 60_000).toISOString());
    s.advance(16 * 60_000);
    expect(await ok(rt, desk2, 'staff.signIn', { username: 'li', pin: '135790' })).toMatchObject({
      role: 'staff',
    });

    const audit = auditRows(rt).filter((a) => a.action.startsWith('staff.'));
    expect(audit.map((a) => a.action)).toEqual([
      'staff.sign_in',
      'staff.create',
      ...Array(4).fill('staff.sign_in_failed'),
      'staff.sign_in',
      'staff.sign_out',
      ...Array(4).fill('staff.sign_in_failed'),
      'staff.locked',
      'staff.sign_in_failed',
      'staff.sign_in',
    ]);
    expect(audit[1]).toMatchObject({ actor: admin.staffId });
    // The audit trail, for administrators, keeps what the answer hides: the attempt came while locked.
    expect(JSON.parse(audit.at(-2)!.detail!)).toEqual({ reason: 'locked' });
    // What was typed never reaches the audit trail.
    expect(JSON.stringify(audit)).not.toMatch(/000001|135790|李娜/);
  });

  it('signs a terminal out after 15 idle minutes; activity keeps it signed in', async () => {
    const s = await testStation();
    rt = s.runtime;
    await signInDemo(rt);
    s.advance(14 * 60_000);
    await ok(rt, desk1, 'workers.list', {});
    s.advance(14 * 60_000);
    // Asking who is signed in is not activity.
    expect((await ok(rt, desk1, 'staff.session', {})).session).not.toBeNull();
    s.advance(2 * 60_000);
    expect(await failure(rt, desk1, 'workers.list', {})).toMatchObject({ code: 'unauthenticated' });
    // The sign-out is audited by a write of its own, after the call that found the session gone.
    await expect.poll(() => auditRows(rt!, 'staff.idle_sign_out').length).toBe(1);
  });

  it('keeps account management for administrators', async () => {
    const s = await testStation();
    rt = s.runtime;
    await signInDemo(rt);
    await ok(rt, desk1, 'staff.create', { username: 'wang', name: '王芳', role: 'staff', pin: '112233' });
    expect(
      await failure(rt, desk1, 'staff.create', { username: 'WANG', name: 'x', role: 'staff', pin: '112233' }),
    ).toMatchObject({
      code: 'conflict',
    });
    await ok(rt, desk2, 'staff.signIn', { username: 'wang', pin: '112233' });
    expect(await failure(rt, desk2, 'staff.list', {})).toMatchObject({
      code: 'forbidden',
      message: '需要管理员权限',
    });
    expect(
      await failure(rt, desk2, 'staff.create', { username: 'x1', name: 'x', role: 'admin', pin: '112233' }),
    ).toMatchObject({
      code: 'forbidden',
    });
    expect((await ok(rt, desk1, 'staff.list', {})).map((a) => a.username)).toEqual(['demo', 'wang']);
    await ok(rt, desk2, 'staff.signOut', {});
    expect((await failure(rt, desk2, 'workers.list', {})).code).toBe('unauthenticated');
  });

  it('lets an administrator unlock, re-PIN and disable an account; a disabled one is signed out at once', async () => {
    const s = await testStation();
    rt = s.runtime;
    const admin = await signInDemo(rt);
    const wang = await ok(rt, desk1, 'staff.create', {
      username: 'wang',
      name: '王芳',
      role: 'staff',
      pin: '112233',
    });
    for (let i = 0; i < 5; i++) await failure(rt, desk2, 'staff.signIn', { username: 'wang', pin: '000000' });
    expect((await ok(rt, desk1, 'staff.list', {})).find((a) => a.id === wang.id)?.lockedUntil).not.toBeNull();
    expect(await ok(rt, desk1, 'staff.update', { staffId: wang.id, unlock: true })).toMatchObject({
      lockedUntil: null,
    });
    await ok(rt, desk2, 'staff.signIn', { username: 'wang', pin: '112233' });

    await ok(rt, desk1, 'staff.update', { staffId: wang.id, pin: '445566' });
    expect((await failure(rt, desk2, 'workers.list', {})).code).toBe('unauthenticated');
    await ok(rt, desk2, 'staff.signIn', { username: 'wang', pin: '445566' });

    expect(await ok(rt, desk1, 'staff.update', { staffId: wang.id, active: false })).toMatchObject({
      active: false,
    });
    expect((await failure(rt, desk2, 'workers.list', {})).code).toBe('unauthenticated');
    expect(await failure(rt, desk2, 'staff.signIn', { username: 'wang', pin: '445566' })).toEqual(refused);
    expect(await failure(rt, desk1, 'staff.update', { staffId: admin.staffId, active: false })).toMatchObject(
      {
        code: 'conflict',
      },
    );
    expect(await failure(rt, desk1, 'staff.update', { staffId: wang.id })).toMatchObject({
      code: 'invalid_input',
    });
    expect(auditRows(rt, 'staff.update').map((r) => JSON.parse(r.detail!).fields)).toEqual([
      ['unlocked'],
      ['pin'],
      ['disabled'],
    ]);
  });
});
