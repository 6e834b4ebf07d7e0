import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticCards } from '../../../drivers/simulator/identities';

/**
 * Registers workers through a real hub process with every debug namespace on, then searches
 * everything it logged for their ID numbers and names.
 */
let hub: ChildProcess;
let log = '';
const urls: Record<string, string> = {};

beforeAll(async () => {
  const data = mkdtempSync(join(tmpdir(), 'privacy-'));
  hub = spawn(process.execPath, ['--import', 'tsx', 'electron/hub/cli.ts', '--data', data, '--port', '0'], {
    env: { ...process.env, DEBUG: 'station:*', DEBUG_COLORS: 'no' },
  });
  hub.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  hub.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  const deadline = Date.now() + 30_000;
  while (!/screen\s+http/.test(log)) {
    if (Date.now() > deadline) throw new Error(`hub did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  for (const m of log.matchAll(/^\s+(kiosk|desk|booth|screen)\s+(\S+)$/gm)) urls[m[1]!] = m[2]!;
}, 40_000);
afterAll(() => {
  hub?.kill('SIGTERM');
});

async function call(role: string, method: string, input: unknown) {
  const url = new URL(urls[role]!);
  const token = new URLSearchParams(url.hash.slice(1)).get('token')!;
  const res = await fetch(`${url.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
  return (await res.json()) as any;
}

describe('personal data never reaches the logs', () => {
  it('registers three walk-ins with debug logging on; no ID number or name appears in any log line', async () => {
    for (let i = 0; i < 3; i++) {
      await call('kiosk', 'simulator.placeCard', { identity: i });
      let card: any = null;
      await expect
        .poll(async () => (card = (await call('kiosk', 'card.current', {})).value), { timeout: 5000 })
        .toBeTruthy();
      const r = await call('kiosk', 'workers.registerFromCard', {
        token: card.token,
        consent: { registration: true, shareWithEmployers: true },
      });
      expect(r.ok).toBe(true);
    }
    expect(log).toMatch(/station:workers/);
    for (const person of syntheticCards.slice(0, 3)) {
      expect(log).not.toContain(person.idNumber!);
      expect(log).not.toContain(person.idNumber!.slice(6, 14));
      expect(log).not.toContain(person.name!);
      expect(log).not.toContain(person.address!);
    }
  }, 60_000);
});
