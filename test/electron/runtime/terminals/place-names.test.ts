import { afterEach, describe, expect, it } from 'vitest';
import type { CallContext } from '../../../../electron/dispatcher';
import type { Runtime } from '../../../../electron/runtime/runtime';
import { placeNames } from '../../../../electron/runtime/terminals/place-names';
import { boothDraft, employer, kiosk, walkIn } from '../booth/helpers';
import { desk1, ok, signInDemo, testStation } from '../desk/helpers';

let rt: Runtime | undefined;
afterEach(async () => {
  await rt?.close();
  rt = undefined;
});

const paired = '0c9d6a52-5b0e-4c43-9d5e-2f0b7c8e1a11';
const token = (n: number) => `token-${n}-0123456789abcdef`;

/** A station whose booth tablet and township kiosk are configured by name, and one device paired at the desk. */
async function station() {
  const s = await testStation({
    readers: [
      { driver: 'simulator', id: 'kiosk-reader', serves: 'kiosk' },
      { driver: 'simulator', id: 'booth-1-reader', serves: 'booth', booth: 1 },
    ],
    hub: {
      terminals: [
        { id: 'booth-1-tablet', name: '1号摊位平板', role: 'booth', booth: 1, token: token(1) },
        { id: 'town-xx', name: 'XX镇自助机', role: 'kiosk-station', token: token(2) },
      ],
    },
  });
  rt = s.runtime;
  await rt.context.data.write((tx) =>
    tx.terminals.insert({
      id: paired,
      name: '3号自助机',
      role: 'kiosk',
      booth: null,
      tokenHash: 'h',
      pairedBy: '演示管理员',
      createdAt: s.now().toISOString(),
    }),
  );
  await signInDemo(rt);
  return rt;
}

describe('terminals named as places', () => {
  it('names paired, configured and the station’s own terminals as staff know them, and an unknown id as itself', async () => {
    const rt = await station();
    const place = rt.context.data.read((tx) => placeNames(tx, rt.context.config));
    expect(place(paired)).toBe('3号自助机');
    expect(place('town-xx')).toBe('XX镇自助机');
    expect(place('booth-1-tablet')).toBe('1号摊位平板');
    expect(place('local-kiosk')).toBe('本机自助机');
    expect(place('local-kiosk-2')).toBe('本机自助机2');
    expect(place('local-desk')).toBe('本机前台');
    expect(place('gone-device')).toBe('gone-device');
    // A name staff change is the name shown next.
    await ok(rt, desk1, 'terminals.rename', { id: paired, name: '大厅3号自助机' });
    expect(rt.context.data.read((tx) => placeNames(tx, rt.context.config))(paired)).toBe('大厅3号自助机');
  });

  it('shows places in the worker’s record, the audit list and a kiosk’s call for staff', async () => {
    const rt = await station();
    const booth1: CallContext = { role: 'booth', terminal: 'booth-1-tablet', booth: 1 };
    await ok(rt, desk1, 'booth.assign', { booth: 1, employer });
    const { job } = await ok(rt, booth1, 'booth.postJob', { draft: boothDraft() });
    const a = await walkIn(rt, 0, false);
    await ok(rt, kiosk, 'kiosk.apply', { session: a.session, jobId: job.id });
    await ok(rt, booth1, 'booth.recordOutcome', { workerId: a.workerId, jobId: job.id, outcome: 'pending' });
    const before = await ok(rt, desk1, 'workers.record', { workerId: a.workerId });
    await ok(rt, desk1, 'workers.updateProfile', {
      workerId: a.workerId,
      version: before.version,
      changes: { notes: '想做白班' },
    });

    const record = await ok(rt, desk1, 'workers.record', { workerId: a.workerId });
    expect(record.referrals[0]).toMatchObject({ place: '本机自助机' });
    expect(record.referrals[0]!.history.map((h) => [h.status, h.place])).toEqual([
      ['applied', '本机自助机'],
      ['referred', '1号摊位平板'],
      ['interviewed', '1号摊位平板'],
    ]);
    expect(record.history.map((h) => h.place)).toContain('本机前台');
    expect(JSON.stringify(record)).not.toMatch(/"place":"(local-|booth-1-tablet)/);

    const audit = await ok(rt, desk1, 'audit.list', { action: 'booth.outcome', limit: 10, offset: 0 });
    expect(audit.items.map((r) => [r.terminal, r.place])).toEqual([['booth-1-tablet', '1号摊位平板']]);

    const calls: unknown[] = [];
    rt.bus.subscribe((e) => e.event === 'kiosk.staffCalled' && calls.push(e.payload));
    await ok(rt, kiosk, 'kiosk.callStaff', { screen: 'jobs' });
    expect(calls).toEqual([expect.objectContaining({ terminal: 'local-kiosk', place: '本机自助机' })]);
  });
});
