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

  it('matches a worker profile from a file and searches by initials, as JSON', () => {
    const profile = join(dir, 'worker.json');
    writeFileSync(
      profile,
      JSON.stringify({
        age: 55,
        occupations: ['4-09-08-02'],
        home: { district: '南关区' },
        expectedDailyPay: 150,
      }),
    );
    const m = station('match', '--worker', profile, '--top', '3');
    expect(m.code).toBe(0);
    const matched = JSON.parse(m.out);
    // At most the three asked for; only her trade or related ones, so the sample may give fewer.
    expect(matched.items.length).toBeGreaterThan(0);
    expect(matched.items.length).toBeLessThanOrEqual(3);
    expect(matched.items[0]).toMatchObject({ id: expect.any(String), score: expect.any(Number) });
    expect(matched.items[0].reasons.map((r: { text: string }) => r.text)).toContain('工种对口');

    const s = station('search', 'bj');
    expect(s.code).toBe(0);
    const found = JSON.parse(s.out);
    expect(found.total).toBeGreaterThan(0);
    expect(found.items[0].title).toMatch(/保洁/);
  });

  it('says what is wrong with a bad profile or a missing query, and exits 2', () => {
    const profile = join(dir, 'bad-worker.json');
    writeFileSync(profile, JSON.stringify({ expectedDailyPay: -5 }));
    const bad = station('match', '--worker', profile);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/invalid worker profile/);
    expect(station('match', '--worker', join(dir, 'absent.json')).err).toMatch(
      /cannot read the worker profile/,
    );
    const empty = station('search');
    expect(empty.code).toBe(2);
    expect(empty.err).toMatch(/search needs a query/);
  });
});
