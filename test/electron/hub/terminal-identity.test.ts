import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '../../../electron/hub/start-hub';
import { parseConfig } from '../../../electron/runtime/config';
import { DeskBrowser, pairDevice } from './pair-helpers';

/**
 * A terminal is its hub-given id, never a name a client chose: a desk device paired under the name
 * of the hub's own desk does not inherit the administrator signed in there, and a device paired
 * later under a revoked one's name starts signed out.
 */
let hub: RunningHub;
let hubDesk: DeskBrowser;

beforeAll(async () => {
  hub = await startHub({ config: parseConfig({}), dataDir: null, port: 0, rendererDir: '/nonexistent' });
  hubDesk = new DeskBrowser(hub.url, hub.terminals.byRole('desk')!.token);
  await hubDesk.signIn();
});
afterAll(() => hub.close());

describe('terminal identities', () => {
  it('a device paired as "local-desk" is a new terminal, not signed in, and may read no worker', async () => {
    const paired = await pairDevice(hub.url, hubDesk, { role: 'desk', name: 'local-desk' });
    expect(paired.terminal.id).not.toBe('local-desk');
    const device = new DeskBrowser(hub.url, paired.token);
    expect((await device.call('staff.session', {})).body.value.session).toBeNull();
    const list = await device.call('workers.list', {});
    expect(list.body.error.code).toBe('unauthenticated');
    // The hub's own desk is still signed in, in its own browser only.
    expect((await hubDesk.call('staff.session', {})).body.value.session).toMatchObject({ role: 'admin' });

    // Revoked, and a new device paired under the same name: it too starts signed out.
    await device.signIn();
    await hubDesk.call('terminals.revoke', { id: paired.terminal.id });
    const again = await pairDevice(hub.url, hubDesk, { role: 'desk', name: 'local-desk' });
    const next = new DeskBrowser(hub.url, again.token);
    expect((await next.call('staff.session', {})).body.value.session).toBeNull();
    expect((await next.call('workers.list', {})).body.error.code).toBe('unauthenticated');
  });
});
