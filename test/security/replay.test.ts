import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '../../electron/hub/start-hub';
import { parseConfig } from '../../electron/runtime/config';
import type { Db } from '../../electron/runtime/store/db';
import { openStore } from '../../electron/runtime/store/store';
import { DeskBrowser } from '../electron/hub/pair-helpers';
import { replayAttacks, type Target } from './replay';

/**
 * The review's attacks against a live hub (its own data directory, its key file elsewhere, two
 * kiosk pages with a reader each, a booth tablet, a kiosk PC). Every one must be refused, the
 * hall's data must be exactly as before, and the hub must still answer.
 */
const tokens = {
  booth: 'replay-booth-token-0123456789ab',
  kioskA: 'replay-kiosk-a-token-0123456789',
  kioskB: 'replay-kiosk-b-token-0123456789',
  kioskPc: 'replay-kiosk-pc-token-012345678',
  desk: 'replay-desk-token-0123456789abc',
};
let dir: string;
let hub: RunningHub;

/**
 * Every table's rows, but the audit trail (refusals are audited, as they should be) and the wrong
 * PINs and locks they made (a wrong PIN counts, as it should).
 */
function hallData(db: Db): Record<string, unknown[]> {
  const tables = db
    .all<{ name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('audit', 'staff_sign_in_failures') ORDER BY name",
    )
    .map((r) => r.name);
  return Object.fromEntries(
    tables.map((name) => [
      name,
      db
        .all<Record<string, unknown>>(`SELECT * FROM "${name}" ORDER BY rowid`)
        .map((r) => (name === 'staff' ? { ...r, locked_until: null } : r)),
    ]),
  );
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'replay-'));
  hub = await startHub({
    config: parseConfig({
      keyFile: join(dir, 'keys', 'station.kek'),
      readers: [
        { driver: 'simulator', id: 'reader-a', serves: 'kiosk', terminal: 'kiosk-a' },
        { driver: 'simulator', id: 'reader-b', serves: 'kiosk', terminal: 'kiosk-b' },
      ],
      hub: {
        terminals: [
          { id: 'booth-1', name: '1号摊位', role: 'booth', booth: 1, token: tokens.booth },
          { id: 'kiosk-a', name: '1号自助机', role: 'kiosk', token: tokens.kioskA },
          { id: 'kiosk-b', name: '2号自助机', role: 'kiosk', token: tokens.kioskB },
          { id: 'kiosk-pc-1', name: '乡镇自助机', role: 'kiosk-station', token: tokens.kioskPc },
          { id: 'front-desk', name: '前台', role: 'desk', token: tokens.desk },
        ],
      },
    }),
    dataDir: join(dir, 'data'),
    port: 0,
    rendererDir: '/nonexistent',
  });
});
afterAll(async () => {
  await hub.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the hostile review, replayed', () => {
  it('refuses every attack, changes none of the hall’s data and stays up', async () => {
    const target: Target = { hub, tokens };
    const before = hub.runtime.context.store.read(hallData);
    const outcomes = await replayAttacks(target);
    const open = outcomes.filter((o) => !o.refused);
    expect(open, JSON.stringify(open, null, 2)).toEqual([]);
    expect(outcomes.length).toBeGreaterThanOrEqual(15);
    // Pairing and revoking the review's devices is the staff's own doing; the rest is as it was.
    const after = hub.runtime.context.store.read(hallData);
    expect({ ...after, terminals: [] }).toEqual({ ...before, terminals: [] });
    expect((await fetch(`${hub.url}/healthz`)).status).toBe(200);
  }, 120_000);
});

describe('a copy of the data directory alone', () => {
  it('opens nothing and holds no ID number in the clear', async () => {
    const desk = new DeskBrowser(hub.url, tokens.desk);
    await desk.signIn();
    const idNumber = '11010519491231002X';
    const made = await desk.call('workers.registerManual', {
      name: '赵丽娜',
      idNumber,
      consent: { registration: true, shareWithEmployers: false },
    });
    expect(made.body.ok).toBe(true);
    await hub.runtime.context.store.checkpoint();
    const copy = join(dir, 'stolen');
    cpSync(join(dir, 'data'), copy, { recursive: true });
    for (const f of readdirSync(copy)) expect(readFileSync(join(copy, f)).includes(idNumber), f).toBe(false);
    await expect(openStore({ dir: copy, keyFile: join(dir, 'thief', 'station.kek') })).rejects.toThrow();
  });
});

describe('the demo account on a station with a real reader', () => {
  it('does not exist, so demo / 000000 signs nobody in', async () => {
    const real = await startHub({
      config: parseConfig({
        readers: [{ driver: 'serial', path: join(dir, 'no-such-reader'), serves: 'kiosk' }],
      }),
      dataDir: null,
      port: 0,
      rendererDir: '/nonexistent',
    });
    try {
      const desk = new DeskBrowser(real.url, real.terminals.byRole('desk')!.token);
      const r = await desk.call('staff.signIn', { username: 'demo', pin: '000000' });
      expect(r.body).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    } finally {
      await real.close();
    }
  });
});
