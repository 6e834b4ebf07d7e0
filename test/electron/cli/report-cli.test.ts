import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../electron/runtime/config';
import { createRuntime } from '../../../electron/runtime/runtime';
import { DEFAULT_TIME_ZONE, stationDay } from '../../../electron/runtime/clock/station-day';
import { desk1, idNumber, ok, registerByHand, signInDemo } from '../runtime/desk/helpers';

const dir = mkdtempSync(join(tmpdir(), 'report-cli-'));
const data = join(dir, 'data');
const today = stationDay(new Date(), DEFAULT_TIME_ZONE);

function station(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'electron/cli/station.ts', '--data', data, ...args],
    {
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The station's own rows, read with the station stopped (the CLI opens the same directory). */
async function fromStation<T>(read: (rt: Awaited<ReturnType<typeof createRuntime>>) => T): Promise<T> {
  const rt = await createRuntime(parseConfig({}), { dataDir: data, startSync: false });
  try {
    return read(rt);
  } finally {
    await rt.close();
  }
}

async function sheet(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.getWorksheet('求职者登记台账')!;
}

beforeAll(async () => {
  const rt = await createRuntime(parseConfig({}), { dataDir: data, startSync: false });
  await signInDemo(rt);
  const a = await registerByHand(rt, '孙丽', idNumber('19900101', '21', 'female'));
  await registerByHand(rt, '吴刚', idNumber('19800505', '31', 'male'));
  await ok(rt, desk1, 'services.record', { workerId: a.workerId, kind: 'policy' });
  await rt.close();
}, 60_000);

describe('npm run station -- report', () => {
  it("prints the figures with their definitions and writes the ledger, masked, as the station's rows say", async () => {
    const out = join(dir, 'ledger.xlsx');
    const r = station('report', '--from', today, '--to', today, '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('新登记人数：2');
    expect(r.out).toContain('按身份证号（的哈希）去重');
    expect(r.out).toContain(`台账已写入 ${out}（2 行）`);

    const people = await fromStation((rt) =>
      rt.context.store.read((db) =>
        db.all<{ name: string; id_number: string; phone: string }>(
          'SELECT name, id_number, phone FROM workers ORDER BY registered_at, id',
        ),
      ),
    );
    const ws = await sheet(out);
    expect(ws.rowCount).toBe(2 + people.length);
    people.forEach((p, i) => {
      expect(ws.getCell(3 + i, 2).value).toBe(p.name);
      expect(ws.getCell(3 + i, 5).value).toBe(`${p.id_number.slice(0, 6)}********${p.id_number.slice(-4)}`);
      expect(ws.getCell(3 + i, 6).value).toBe(p.phone);
    });
    expect(ws.getCell(3, 10).value).toBe(1); // 孙丽's policy briefing
  });

  it('writes full ID numbers when the operator asks, and audits the export as the console', async () => {
    const out = join(dir, 'full.xlsx');
    const r = station('report', '--period', 'today', '--out', out, '--full-ids');
    expect(r.code).toBe(0);
    expect(r.out).toContain('含完整身份证号，已记录审计');
    const { ids, audit } = await fromStation((rt) =>
      rt.context.store.read((db) => ({
        ids: db.all<{ id_number: string }>('SELECT id_number FROM workers ORDER BY registered_at, id'),
        audit: db.all<{ actor: string; terminal: string; subject: string; detail: string }>(
          "SELECT actor, terminal, subject, detail FROM audit WHERE action = 'reports.export_full_id'",
        ),
      })),
    );
    const ws = await sheet(out);
    ids.forEach((p, i) => expect(ws.getCell(3 + i, 5).value).toBe(p.id_number));
    expect(audit).toEqual([
      { actor: 'console', terminal: 'cli', subject: `${today}..${today}`, detail: '{"rows":2}' },
    ]);
  });

  it('refuses dates that do not exist, a range backwards, and full IDs with no file, writing nothing', () => {
    const out = join(dir, 'never.xlsx');
    const cases: [string[], string][] = [
      [['--from', '2026-02-30', '--to', '2026-03-01', '--out', out], '--from 没有这一天，请核对日期'],
      [['--from', '2026-3-1', '--to', '2026-03-31', '--out', out], '--from 日期格式为 YYYY-MM-DD'],
      [['--from', '2026-03-31', '--to', '2026-03-01', '--out', out], '开始日期晚于结束日期'],
      [['--from', '2026-03-01', '--out', out], '请给出 --from 和 --to（YYYY-MM-DD），或 --period'],
      [['--period', 'year', '--out', out], '--period 只能是 today、week、month（收到 year）'],
      [['--period', 'today', '--full-ids'], '--full-ids 只用于导出台账，请同时给出 --out FILE.xlsx'],
      [['--period', 'today', '--out', join(dir, 'ledger.csv')], '--out 要写入 .xlsx 文件'],
    ];
    for (const [args, message] of cases) {
      const r = station('report', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim(), args.join(' ')).toBe(message);
    }
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});
