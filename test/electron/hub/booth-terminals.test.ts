import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../electron/api';
import { startHub, type RunningHub } from '../../../electron/hub/start-hub';
import { parseConfig } from '../../../electron/runtime/config';
import { DeskBrowser, pairDevice } from './pair-helpers';

let hub: RunningHub;
const configured = { booth: 'a-configured-token-for-booth-5', tv: 'a-configured-token-for-the-tv-5' };

async function post(path: string, body: unknown, token: string) {
  const res = await fetch(`${hub.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return (await res.json()) as any;
}
const tokenOf = (role: Role) => hub.terminals.byRole(role)!.token;

let desk: DeskBrowser;

/** The device shows its code, staff approve it at the desk as this booth's, the device collects its token. */
const pair = async (role: 'booth' | 'screen', booth?: number): Promise<string> =>
  (await pairDevice(hub.url, desk, { role, ...(booth ? { booth } : {}) })).token;

beforeAll(async () => {
  hub = await startHub({
    config: parseConfig({
      hub: {
        terminals: [
          { name: 'desk-1', role: 'desk', token: 'a-configured-token-for-the-desk' },
          { name: 'booth-5', role: 'booth', token: configured.booth, booth: 5 },
          { name: 'tv-5', role: 'screen', token: configured.tv, booth: 5 },
        ],
      },
    }),
    dataDir: null,
    port: 0,
    rendererDir: '/nonexistent',
  });
  // Pairing a device is a staff action at the desk.
  desk = new DeskBrowser(hub.url, tokenOf('desk'));
  await desk.signIn();
});
afterAll(() => hub.close());

describe('booth terminals on the hub', () => {
  it('act as the booth their token was paired with, whatever they send', async () => {
    const three = await pair('booth', 3);
    expect((await post('/api/booth.session', {}, three)).value).toMatchObject({ booth: 3, employer: null });
    expect((await post('/api/station.info', {}, three)).value).toMatchObject({ role: 'booth', booth: 3 });
    // Asking for another booth is not a thing a booth can say.
    expect((await post('/api/booth.session', { booth: 4 }, three)).error.code).toBe('invalid_input');
    expect((await post('/api/booth.display', { booth: 4 }, three)).value).toMatchObject({ booth: 3 });
  });

  it('carry a configured booth number, and a screen paired to a booth becomes that booth’s TV', async () => {
    expect((await post('/api/booth.session', {}, configured.booth)).value).toMatchObject({ booth: 5 });
    expect((await post('/api/station.info', {}, configured.tv)).value).toMatchObject({
      role: 'screen',
      booth: 5,
    });
    expect((await post('/api/booth.display', {}, configured.tv)).value).toMatchObject({ booth: 5 });
    const tv = await pair('screen', 2);
    expect((await post('/api/station.info', {}, tv)).value).toMatchObject({ role: 'screen', booth: 2 });
    // A TV records nothing.
    expect((await post('/api/booth.session', {}, tv)).error.code).toBe('forbidden');
    const hall = await pair('screen');
    expect((await post('/api/station.info', {}, hall)).value).toMatchObject({ role: 'screen', booth: null });
  });
});
