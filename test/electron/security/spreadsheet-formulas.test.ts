import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../../electron/runtime/runtime';
import { desk1, idNumber, ok, registerByHand, signInDemo, testStation } from '../runtime/desk/helpers';

/**
 * The ledger export is opened in Excel or WPS, re-saved as CSV and imported elsewhere: a cell that
 * starts with = + - or @ would then run as a formula (CSV injection). Whatever the database holds,
 * every such text cell leaves with a leading apostrophe, and nothing leaves as a formula.
 */
let rt: Runtime;
const hostile = [
  '=HYPERLINK("http://evil.example","点我")',
  '+1+cmd|/C calc!A0',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
];

beforeAll(async () => {
  rt = (await testStation()).runtime;
  await signInDemo(rt);
  for (const [i, text] of hostile.entries()) {
    const { workerId } = await registerByHand(rt, '何平', idNumber('19850315', String(10 + i)));
    const rec = await ok(rt, desk1, 'workers.record', { workerId });
    // The employer of a placement is free text staff type: formula-shaped text is accepted there.
    await ok(rt, desk1, 'workers.setOutcome', {
      workerId,
      version: rec.version,
      status: 'employed',
      employer: text.trim(),
      date: '2026-11-21',
    });
    // A name and a phone from a record older than today's rules, or from another system.
    await rt.context.store.write((db) =>
      db.run('UPDATE workers SET name = ?, phone = ? WHERE id = ?', [text, text, workerId]),
    );
  }
}, 30_000);
afterAll(() => rt?.close());

describe('the ledger export', () => {
  it('writes formula-shaped text as inert text with a leading apostrophe, never as a formula', async () => {
    const file = await ok(rt, desk1, 'reports.export', { range: { period: 'today' } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('求职者登记台账')!;
    const cells: ExcelJS.Cell[] = [];
    ws.eachRow((row) => row.eachCell((c) => cells.push(c)));
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    const texts = cells.map((c) => c.value).filter((v): v is string => typeof v === 'string');
    expect(texts.filter((t) => /^[=+\-@\t\r]/.test(t))).toEqual([]);
    for (const h of hostile) {
      // Name, phone and employer columns each carry the text, escaped.
      expect(texts.filter((t) => t === `'${h}` || t === `'${h.trim()}`).length, h).toBeGreaterThanOrEqual(3);
    }
    // Ordinary values are untouched.
    expect(texts).toContain('已就业');
  });
});
