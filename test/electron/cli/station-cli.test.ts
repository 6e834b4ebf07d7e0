import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vectorFields, vectorFrame } from '../../drivers/fixtures';

const dir = mkdtempSync(join(tmpdir(), 'station-cli-'));
function station(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'electron/cli/station.ts', '--data', join(dir, 'data'), ...args],
    {
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run station', () => {
  it('decodes captured reader bytes, with whitespace and line breaks, to one JSON line per frame', () => {
    const hexText = vectorFrame()
      .toString('hex')
      .replace(/(..)/g, '$1 ')
      .replace(/(.{48})/g, '$1\n');
    const file = join(dir, 'capture.txt');
    writeFileSync(file, `AA AA AA 96 69 00 04 00 00 80 84\n${hexText}`);
    const r = station('card', 'decode', file);
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[1].card).toMatchObject({
      cardType: 'resident',
      name: vectorFields.name,
      idNumber: vectorFields.idNumber,
      validation: { checksum: true, birthMatches: true, sexMatches: true },
    });
  });

  it('says plainly when a file holds no frame, and exits non-zero', () => {
    const file = join(dir, 'junk.txt');
    writeFileSync(file, 'zz not hex at all');
    const r = station('card', 'decode', file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no reader frame|hex/i);
  });

  it('rotates the data key of a stopped station; the data opens with the new key', () => {
    expect(station('info').code).toBe(0);
    const r = station('keys', 'rotate');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out.slice(0, r.out.lastIndexOf('}') + 1));
    expect(out.retired).toHaveLength(1);
    const info = station('info');
    expect(info.code).toBe(0);
    expect(JSON.parse(info.out)).toMatchObject({ protection: 'weak' });
    expect(JSON.parse(info.out).jobs).toBeGreaterThanOrEqual(300);
  });

  it('lists open jobs from the embedded feed and refuses an unknown command', () => {
    const jobs = station('jobs', 'list', '--limit', '3');
    expect(jobs.code).toBe(0);
    expect(jobs.out).toMatch(/3 of \d+ open jobs/);
    const bad = station('jobs', 'frobnicate');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("unknown command 'jobs frobnicate'");
  });
});
