import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallContext } from '../../../../electron/dispatcher';
import { parseConfig } from '../../../../electron/runtime/config';
import { createRuntime, type Runtime } from '../../../../electron/runtime/runtime';
import { auditRows, desk1, failure, ok, testStation } from './helpers';

/** The one answer to every refused sign-in, whichever lock (if any) refused it. */
const refused = {
  code: 'unauthenticated',
  message: '用户名或密码不对。连续输错5次账号会锁定15分钟，可找管理员解锁',
};

/** A paired tablet whose token was stolen, and the hall's other desks. */
const stolen: CallContext = { role: 'desk', terminal: 'stolen-tablet' };
const tablets = ['t1', 't2', 't3', 't4'].map((id): CallContext => ({ role: 'desk', terminal: id }));

const demo = (pin: string) => ({ username: 'demo', pin });
const wrong = demo('999999');
const right = demo('000000');

let rt: Runtime | undefined;
let dir: string | undefined;
afterEach(async () => {
  await rt?.close();
  rt = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

async function guess(ctx: CallContext, times: number) {
  for (let i = 0; i < times; i++) expect(await failure(rt!, ctx, 'staff.signIn', wrong)).toEqual(refused);
}

describe('wrong PINs lock an account at the terminal they came from', () => {
  it('leaves the only administrator free to sign in at any other terminal', async () => {
    const s = await testStation();
    rt = s.runtime;
    await guess(stolen, 5);
    // The tablet that guessed is locked out, even with the right PIN…
    expect(await failure(rt, stolen, 'staff.signIn', right)).toEqual(refused);
    // …and the administrator signs in at her own desk as usual.
    expect(await ok(rt, desk1, 'staff.signIn', right)).toMatchObject({ role: 'admin' });
    // Her success there does not lift the lock where the guesses came from.
    expect(await failure(rt, stolen, 'staff.signIn', right)).toEqual(refused);
    const locked = auditRows(rt, 'staff.locked');
    expect(locked).toHaveLength(1);
    expect(locked[0]).toMatchObject({ terminal: 'stolen-tablet' });
    // The list still tells administrators the account is locked somewhere, so they can unlock it.
    const [account] = await ok(rt, desk1, 'staff.list', {});
    expect(account!.lockedUntil).toBe(new Date(s.now().getTime() + 15 * 60_000).toISOString());
    // Once the period is over, the tablet starts from nothing again.
    s.advance(15 * 60_000);
    await guess(stolen, 4);
    expect(await ok(rt, stolen, 'staff.signIn', right)).toMatchObject({ role: 'admin' });
  });

  it('locks it everywhere after 20 wrong PINs across the hall within the period', async () => {
    const s = await testStation();
    rt = s.runtime;
    for (const t of tablets.slice(0, 3)) await guess(t, 5);
    await guess(tablets[3]!, 4);
    // 19: other desks are still open. She signs in where the last 4 came from (a token shared
    // with a desk she uses): that desk's count starts again, the hall's forgets none of them.
    expect(await ok(rt, desk1, 'staff.signIn', right)).toMatchObject({ role: 'admin' });
    expect(await ok(rt, tablets[3]!, 'staff.signIn', right)).toMatchObject({ role: 'admin' });
    await ok(rt, tablets[3]!, 'staff.signOut', {});
    await guess(tablets[3]!, 1);
    // 20: now no terminal signs her in, not even one that never guessed.
    expect(await failure(rt, desk1, 'staff.signIn', right)).toEqual(refused);
    expect(auditRows(rt, 'staff.locked').at(-1)).toMatchObject({ terminal: 't4' });
    expect(JSON.parse(auditRows(rt, 'staff.locked').at(-1)!.detail!)).toMatchObject({ everywhere: true });
    // Attempts during the lock are refused and not counted: the lock ends when it said it would.
    expect(await failure(rt, desk1, 'staff.signIn', wrong)).toEqual(refused);
    s.advance(15 * 60_000);
    expect(await ok(rt, desk1, 'staff.signIn', right)).toMatchObject({ role: 'admin' });
  });

  it('counts toward the hall only the wrong PINs of the last period', async () => {
    const s = await testStation();
    rt = s.runtime;
    for (const t of tablets.slice(0, 3)) await guess(t, 5);
    s.advance(10 * 60_000);
    await guess(tablets[3]!, 4);
    s.advance(5 * 60_000);
    // The first 15 are a period old; the 4 since and 1 more are not 20.
    await guess(tablets[3]!, 1);
    expect(await ok(rt, desk1, 'staff.signIn', right)).toMatchObject({ role: 'admin' });
  });

  it('is cleared, here and hall-wide, when an administrator unlocks the account', async () => {
    const s = await testStation();
    rt = s.runtime;
    for (const t of tablets) await guess(t, 5);
    expect(await failure(rt, desk1, 'staff.signIn', right)).toEqual(refused);
    const demoId = rt.context.data.read((tx) => tx.staff.byUsername('demo'))!.id;
    // What `station staff unlock demo` does, from the console.
    const { updateStaff } = await import('../../../../electron/runtime/staff/sign-in');
    await updateStaff(rt.context, { staffId: demoId, unlock: true }, { role: 'desk', terminal: 'cli' });
    for (const t of [desk1, ...tablets]) {
      expect(await ok(rt, t, 'staff.signIn', right)).toMatchObject({ role: 'admin' });
    }
    expect((await ok(rt, desk1, 'staff.list', {}))[0]!.lockedUntil).toBeNull();
  });

  it('keeps both locks over a restart', async () => {
    dir = mkdtempSync(join(tmpdir(), 'lockout-'));
    let t = Date.parse('2026-11-21T09:00:00+08:00');
    const open = () =>
      createRuntime(parseConfig({}), {
        dataDir: join(dir!, 'data'),
        keyFile: join(dir!, 'keys', 'station.kek'),
        startSync: false,
        now: () => new Date(t),
      });
    rt = await open();
    await guess(stolen, 5);
    await rt.close();
    rt = await open();
    expect(await failure(rt, stolen, 'staff.signIn', right)).toEqual(refused);
    for (const d of tablets) await guess(d, 4);
    await rt.close();
    rt = await open();
    expect(await failure(rt, desk1, 'staff.signIn', right)).toEqual(refused);
    t += 15 * 60_000;
    expect(await ok(rt, desk1, 'staff.signIn', right)).toMatchObject({ role: 'admin' });
  });
});
