import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startHub } from '../../../electron/hub/start-hub';
import { parseConfig } from '../../../electron/runtime/config';

describe('hub over TLS', () => {
  it('serves HTTPS with the hall certificate named in the config', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tls-'));
    const certFile = join(dir, 'cert.pem');
    const keyFile = join(dir, 'key.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-keyout',
        keyFile,
        '-out',
        certFile,
      ],
      {
        stdio: 'ignore',
      },
    );
    const hub = await startHub({
      config: parseConfig({ hub: { tls: { certFile, keyFile } } }),
      dataDir: null,
      port: 0,
    });
    try {
      expect(hub.url).toMatch(/^https:/);
      const body = await new Promise<string>((resolve, reject) => {
        const req = request(`${hub.url}/healthz`, { rejectUnauthorized: false }, (res) => {
          let data = '';
          res.on('data', (c: Buffer) => (data += c.toString()));
          res.on('end', () => resolve(data));
        });
        req.on('error', reject);
        req.end();
      });
      expect(JSON.parse(body)).toMatchObject({ ok: true });
    } finally {
      await hub.close();
    }
  });

  it('fails at start-up naming a missing certificate file', async () => {
    await expect(
      startHub({
        config: parseConfig({
          hub: { tls: { certFile: '/nonexistent/cert.pem', keyFile: '/nonexistent/key.pem' } },
        }),
        dataDir: null,
        port: 0,
      }),
    ).rejects.toThrow(/cert\.pem/);
  });
});
