import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfigFile, parseConfig } from '../../../electron/runtime/config';

describe('station config', () => {
  it('has a default for everything: a standalone kiosk on the simulated reader', () => {
    const c = parseConfig({});
    expect(c.role).toBe('kiosk');
    expect(c.readers).toEqual([{ driver: 'simulator', id: 'reader-1', serves: 'kiosk' }]);
    expect(c.upstream).toBeUndefined();
    expect(c.hub.maxBodyBytes).toBe(65536);
  });

  it('fails at start-up naming the wrong field and the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
    const file = join(dir, 'station.json');
    writeFileSync(file, JSON.stringify({ hub: { port: 'eighty' }, windows: [{ role: 'cashier' }] }));
    expect(() => loadConfigFile(file)).toThrow(ConfigError);
    try {
      loadConfigFile(file);
    } catch (err) {
      const msg = (err as Error).message;
      expect(msg).toContain(file);
      expect(msg).toContain('hub.port');
      expect(msg).toContain('windows.0.role');
    }
  });

  it('rejects unknown top-level fields (a typo must not be silently ignored)', () => {
    expect(() => parseConfig({ upstrem: { url: 'http://x' } })).toThrow(/upstrem/);
  });

  it('rejects a typo in any nested object, naming the field path and the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
    const file = join(dir, 'station.json');
    writeFileSync(
      file,
      JSON.stringify({
        readers: [{ driver: 'serial', paht: '/dev/ttyUSB0' }],
        hub: { prot: 1, tls: { certFile: 'c.pem', keyFile: 'k.pem', chain: 'x' } },
        windows: [{ role: 'kiosk', dispaly: 1 }],
      }),
    );
    let msg = '';
    try {
      loadConfigFile(file);
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      msg = (err as Error).message;
    }
    expect(msg).toContain(file);
    expect(msg).toContain('readers.0.paht');
    expect(msg).toContain('hub.prot');
    expect(msg).toContain('hub.tls.chain');
    expect(msg).toContain('windows.0.dispaly');
  });

  it.each([
    ['a simulator reader', { readers: [{ driver: 'simulator', serve: 'desk' }] }, 'readers.0.serve'],
    [
      'an HID reader',
      { readers: [{ driver: 'hid', vendorId: '1', productId: '2', framing: 'x' }] },
      'readers.0.framing',
    ],
    [
      'a terminal',
      { hub: { terminals: [{ name: 'booth-1', role: 'booth', token: 'x'.repeat(16), both: 1 }] } },
      'hub.terminals.0.both',
    ],
    [
      'the upstream',
      { upstream: { url: 'http://hub', token: 'x'.repeat(16), pullInterval: 5 } },
      'upstream.pullInterval',
    ],
    ['the kiosk', { kiosk: { idleSecond: 30 } }, 'kiosk.idleSecond'],
    ['the desk', { desk: { idleMinute: 30 } }, 'desk.idleMinute'],
  ])('refuses an unknown field in %s', (_what, input, path) => {
    expect(() => parseConfig(input)).toThrow(`${path}: unknown field`);
  });

  it("keeps the hall's days in an IANA time zone, Beijing's unless it says otherwise", () => {
    expect(parseConfig({}).timeZone).toBe('Asia/Shanghai');
    expect(parseConfig({ timeZone: 'America/New_York' }).timeZone).toBe('America/New_York');
    expect(() => parseConfig({ timeZone: 'Asia/Beijing' })).toThrow(/timeZone: an IANA time zone/);
  });

  it('says when the file is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{ role: kiosk');
    expect(() => loadConfigFile(file)).toThrow(/not valid JSON/);
  });
});

describe('hub terminals in the config', () => {
  const terminal = (extra: Record<string, unknown>) => ({
    role: 'kiosk',
    token: 'a-token-long-enough-0123',
    ...extra,
  });

  it('give each an id, by default its name, and refuse one used twice or one the station reserves', () => {
    const c = parseConfig({
      hub: { terminals: [terminal({ name: '1号自助机', id: 'kiosk-1' }), terminal({ name: 'kiosk-2' })] },
    });
    expect(c.hub.terminals.map((t) => t.id)).toEqual(['kiosk-1', 'kiosk-2']);
    expect(() =>
      parseConfig({
        hub: { terminals: [terminal({ name: 'a', id: 'x' }), terminal({ name: 'b', id: 'x' })] },
      }),
    ).toThrow(/hub\.terminals\.1\.id: terminal id x is used twice/);
    expect(() => parseConfig({ hub: { terminals: [terminal({ name: 'local-desk' })] } })).toThrow(
      /hub\.terminals\.0\.name/,
    );
    expect(() => parseConfig({ hub: { terminals: [terminal({ name: 'x', id: 'local-kiosk' })] } })).toThrow(
      /hub\.terminals\.0\.id/,
    );
    expect(() =>
      parseConfig({ hub: { terminals: [terminal({ name: '00000000-0000-4000-8000-000000000000' })] } }),
    ).toThrow(/UUID/);
  });

  it('take the syncing roles, and a reader names the terminal at it', () => {
    const c = parseConfig({
      readers: [{ driver: 'simulator', serves: 'kiosk', terminal: 'kiosk-1' }],
      hub: { terminals: [terminal({ name: 'pc', role: 'kiosk-station' })] },
    });
    expect(c.hub.terminals[0]!.role).toBe('kiosk-station');
    expect(c.readers[0]).toMatchObject({ terminal: 'kiosk-1' });
    expect(() => parseConfig({ hub: { terminals: [terminal({ name: 'pc', role: 'platform' })] } })).toThrow(
      /role/,
    );
  });
});
