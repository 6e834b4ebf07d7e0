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

  it('says when the file is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{ role: kiosk');
    expect(() => loadConfigFile(file)).toThrow(/not valid JSON/);
  });
});
