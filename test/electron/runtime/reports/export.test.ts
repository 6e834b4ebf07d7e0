import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallContext } from '../../../../electron/dispatcher';
import type { Runtime } from '../../../../electron/runtime/runtime';
import { auditRows, desk1, desk2, failure, ok } from '../desk/helpers';
import { MON, threeDays, WED } from './activity';

let rt: Runtime;
const clerk: CallContext = desk2;
beforeAll(async () => {
  rt = (await threeDays()).rt;
  await ok(rt, desk1, 'staff.create', { username: 'li', name: '李娜', role: 'staff', pin: '135790' });
  await ok(rt, clerk, 'staff.signIn', { username: 'li', pin: '135790' });
}, 60_000);
afterAll(() => rt?.close());

async function workbook(base64: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return wb.getWorksheet('求职者登记台账')!;
}

const label = {
  sex: { male: '男', female: '女', unknown: '' } as Record<string, string>,
  kind: {
    policy: '政策宣传',
    guidance: '职业指导',
    referral: '职业介绍',
    training: '技能培训',
    internship: '就业见习',
  } as Record<string, string>,
  outcome: { seeking: '求职中', employed: '已就业', 'not-seeking': '暂不求职' } as Record<string, string>,
  group: { 'hard-to-employ': '就业困难人员' } as Record<string, string>,
  occupation: { '4-02-06-05': '分拣员' } as Record<string, string>,
};

/** The ledger's rows as the database states them, worked out here without the export's code. */
function expectedRows(full: boolean) {
  return rt.context.store.read((db) => {
    const people = db.all<{
      id: string;
      name: string;
      id_number: string | null;
      masked_id_number: string | null;
      sex: string;
      birth_date: string | null;
      phone: string | null;
      registered_at: string;
      occupations: string | null;
      outcome: string | null;
      outcome_employer: string | null;
      outcome_date: string | null;
      outcome_via_station: number | null;
    }>(
      `SELECT w.*, p.occupations, p.outcome, p.outcome_employer, p.outcome_date, p.outcome_via_station
         FROM workers w LEFT JOIN worker_profiles p ON p.worker_id = w.id ORDER BY w.registered_at, w.id`,
    );
    return people.map((w, i) => {
      const services = db.all<{ kind: string; day: string; job_title: string | null }>(
        `SELECT s.kind, s.day, r.job_title FROM service_records s LEFT JOIN referrals r ON r.id = s.referral_id
          WHERE s.worker_id = ? ORDER BY s.at`,
        [w.id],
      );
      const n = (...kinds: string[]) => services.filter((s) => kinds.includes(s.kind)).length;
      const groups = db
        .all<{ grp: string }>('SELECT grp FROM worker_key_groups WHERE worker_id = ?', [w.id])
        .map((g) => label.group[g.grp]);
      const employed = w.outcome === 'employed';
      const done =
        n('policy') >= 1 && n('guidance') >= 1 && n('referral') >= 3 && n('training', 'internship') >= 1;
      // Calendar days, compared as UTC dates so the host's zone plays no part.
      const birth = new Date(`${w.birth_date}T00:00:00Z`);
      const now = new Date(`${WED}T00:00:00Z`);
      const age =
        now.getUTCFullYear() -
        birth.getUTCFullYear() -
        (now.getUTCMonth() < birth.getUTCMonth() ||
        (now.getUTCMonth() === birth.getUTCMonth() && now.getUTCDate() < birth.getUTCDate())
          ? 1
          : 0);
      return [
        i + 1,
        w.name,
        label.sex[w.sex],
        // A card sent without a birth date (the kiosk PC's event carries what the card gave): no age.
        w.birth_date === null ? '' : age,
        // Registered at a kiosk PC: the hub has the masked number only, in either export.
        w.id_number === null
          ? w.masked_id_number
          : full
            ? w.id_number
            : `${w.id_number.slice(0, 6)}********${w.id_number.slice(-4)}`,
        w.phone ?? '',
        groups.join('、'),
        (JSON.parse(w.occupations ?? '[]') as string[]).map((c) => label.occupation[c] ?? c).join('、'),
        // The station's day of the registration: Beijing's, whatever the host's zone.
        new Date(w.registered_at).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }),
        n('policy'),
        n('guidance'),
        n('referral'),
        n('training', 'internship'),
        done ? '是' : '否',
        services
          .map((s) => `${s.day.slice(5)} ${label.kind[s.kind]}${s.job_title ? `（${s.job_title}）` : ''}`)
          .join('；'),
        label.outcome[w.outcome ?? 'seeking'],
        employed ? (w.outcome_employer ?? '') : '',
        employed ? (w.outcome_date ?? '') : '',
        employed ? (w.outcome_via_station ? '是' : '否') : '',
      ];
    });
  });
}

/** A cell as a person reading the sheet sees it; empty cells are empty strings. */
const cellText = (v: ExcelJS.CellValue) => (v === null || v === undefined ? '' : v);

describe('the ledger export', () => {
  it('writes the station ledger, one row per person served in the range, every cell as the database says', async () => {
    const file = await ok(rt, clerk, 'reports.export', { range: { from: MON, to: WED } });
    expect(file.fileName).toBe(`求职者登记台账_${MON}_${WED}.xlsx`);
    const ws = await workbook(file.base64);
    expect(ws.getCell(1, 1).value).toBe(`长春市二道区零工驿站 求职者登记台账（${MON} 至 ${WED}）`);
    expect((ws.getRow(2).values as ExcelJS.CellValue[]).slice(1)).toEqual([
      '序号',
      '姓名',
      '性别',
      '年龄',
      '身份证号(脱敏)',
      '联系电话',
      '重点群体',
      '求职意向',
      '登记日期',
      '政策宣传',
      '职业指导',
      '职业介绍',
      '培训/见习',
      '1131完成',
      '服务记录',
      '就业情况',
      '就业单位',
      '就业日期',
      '经驿站推荐',
    ]);
    // 郑涛 registered at a kiosk PC on Tuesday: the hub's ledger has him, with his masked number.
    const expected = expectedRows(false);
    expect(expected).toHaveLength(4);
    expect(file.rows).toBe(4);
    expect(ws.rowCount).toBe(2 + expected.length);
    expected.forEach((row, r) => {
      row.forEach((value, c) => {
        expect(cellText(ws.getCell(3 + r, c + 1).value), `row ${r + 1}, column ${c + 1}`).toEqual(value);
      });
    });
    // 孙丽: the whole 1131 in one line, and her placement through the station.
    const sunli = expected.find((r) => r[1] === '孙丽')!;
    expect(sunli.slice(9, 14)).toEqual([1, 1, 3, 1, '是']);
    expect(sunli.slice(15)).toEqual(['已就业', '长春市顺达物流有限公司', '2026-11-17', '是']);
    expect(ws.getColumn(5).numFmt).toBe('@');
  });

  it('keeps full ID numbers for an administrator, and audits that export apart', async () => {
    expect(
      await failure(rt, clerk, 'reports.export', { range: { from: MON, to: WED }, fullIdNumbers: true }),
    ).toMatchObject({ code: 'forbidden', message: '导出完整身份证号需要管理员权限' });
    expect(auditRows(rt, 'reports.export_full_id')).toEqual([]);

    const file = await ok(rt, desk1, 'reports.export', {
      range: { from: MON, to: WED },
      fullIdNumbers: true,
    });
    expect(file.fileName).toContain('_完整证号');
    const ws = await workbook(file.base64);
    expect(ws.getCell(2, 5).value).toBe('身份证号');
    expectedRows(true).forEach((row, r) => expect(ws.getCell(3 + r, 5).value).toBe(row[4]));
    expect(String(ws.getCell(3, 5).value)).toMatch(/^\d{17}[\dX]$/);

    const staffId = (username: string) =>
      rt.context.store.read(
        (db) => db.get<{ id: string }>('SELECT id FROM staff WHERE username = ?', [username])!.id,
      );
    expect(auditRows(rt, 'reports.export')).toEqual([
      expect.objectContaining({ actor: staffId('li'), subject: `${MON}..${WED}`, detail: '{"rows":4}' }),
    ]);
    expect(auditRows(rt, 'reports.export_full_id')).toEqual([
      expect.objectContaining({ actor: staffId('demo'), subject: `${MON}..${WED}`, detail: '{"rows":4}' }),
    ]);
  });

  it('lists only who was seen in a shorter range, with their ledger up to its end', async () => {
    const file = await ok(rt, clerk, 'reports.export', { range: { from: WED, to: WED } });
    const ws = await workbook(file.base64);
    // Wednesday: 孙丽 (served) and the worker followed up; 吴刚 was not seen.
    expect(file.rows).toBe(2);
    const names = [ws.getCell(3, 2).value, ws.getCell(4, 2).value];
    expect(names).toContain('孙丽');
    expect(names).not.toContain('吴刚');
  });
});
