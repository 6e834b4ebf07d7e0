import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methods, type MethodName } from '../../../../electron/api';
import type { Runtime } from '../../../../electron/runtime/runtime';
import { desk1, signInDemo, testStation } from './helpers';

let rt: Runtime;
beforeAll(async () => {
  rt = (await testStation()).runtime;
  await signInDemo(rt);
});
afterAll(() => rt.close());

const names = Object.keys(methods) as MethodName[];
const deskOnly = names.filter((n) => methods[n].auth !== undefined);

describe('who may call the desk', () => {
  it('marks every desk method as needing a signed-in staff member', () => {
    for (const n of names.filter((x) =>
      /^((workers|services|referrals|followUps|employers|reports|audit|terminals|sync)\.|queue\.(waiting|callNext)$|staff\.(create|list)$|jobs\.(desk\w+|post|edit|setStatus|confirm)$)/.test(
        x,
      ),
    )) {
      if (n === 'workers.registerFromCard') continue; // the kiosk's own registration
      expect(methods[n].auth, n).toBeDefined();
    }
    expect(deskOnly.length).toBeGreaterThan(25);
  });

  it('refuses kiosk, booth and screen callers on every desk method, even on a signed-in terminal name', async () => {
    for (const name of deskOnly) {
      for (const role of ['kiosk', 'booth', 'screen'] as const) {
        // Same terminal name as the signed-in desk: the role still decides first.
        const r = await rt.dispatch({ role, terminal: desk1.terminal }, name, {});
        expect(r, `${role} → ${name}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    }
  });

  it('asks a desk with nobody signed in to sign in, before looking at the input', async () => {
    for (const name of deskOnly) {
      const r = await rt.dispatch({ role: 'desk', terminal: 'desk-9' }, name, { nonsense: true });
      expect(r, name).toMatchObject({ ok: false, error: { code: 'unauthenticated', message: '请先登录' } });
    }
  });

  it('ignores a staff member a transport tries to pass in', async () => {
    const forged = {
      role: 'desk' as const,
      terminal: 'desk-9',
      staff: {
        staffId: 'x',
        username: 'x',
        name: 'x',
        role: 'admin' as const,
        signedInAt: '',
        idleMinutes: 15,
      },
    };
    expect(await rt.dispatch(forged, 'workers.list', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
  });

  it('lets a kiosk take a queue ticket without anyone signed in', async () => {
    expect(
      await rt.dispatch({ role: 'kiosk', terminal: 'kiosk-1' }, 'queue.take', { service: 'jobs' }),
    ).toMatchObject({
      ok: true,
      value: { ticket: 'B001' },
    });
  });
});
