import { loadExcelJs } from '../excel';
import { ledgerColumns, type LedgerRow } from './ledger-rows';
import type { DayRange } from './period';

export const LEDGER_TITLE_ROW = 1;
export const LEDGER_HEADER_ROW = 2;
export const LEDGER_FIRST_DATA_ROW = 3;

/**
 * Text that a spreadsheet would read as a formula once the file is re-saved as CSV or a cell is
 * edited (= + - @, and a tab or return before them): it leaves with a leading apostrophe, the
 * usual guard against formula injection. Numbers stay numbers.
 */
export function inertCell<T extends string | number>(value: T): T | string {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const inertRow = (r: LedgerRow): LedgerRow =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, inertCell(v)])) as LedgerRow;

/** The ledger as a workbook: a title row, the header row, one row per worker; all cells plain values. */
export async function ledgerWorkbook(
  stationName: string,
  range: DayRange,
  rows: LedgerRow[],
  fullIdNumbers: boolean,
): Promise<Buffer> {
  const wb = new (await loadExcelJs()).Workbook();
  wb.creator = stationName;
  const ws = wb.addWorksheet('求职者登记台账', { views: [{ state: 'frozen', ySplit: LEDGER_HEADER_ROW }] });
  ws.columns = ledgerColumns.map((c) => ({ key: c.key, width: c.width }));
  ws.mergeCells(LEDGER_TITLE_ROW, 1, LEDGER_TITLE_ROW, ledgerColumns.length);
  ws.getCell(LEDGER_TITLE_ROW, 1).value = inertCell(
    `${stationName} 求职者登记台账（${range.from} 至 ${range.to}）`,
  );
  ws.getCell(LEDGER_TITLE_ROW, 1).font = { bold: true, size: 14 };
  const header = ws.getRow(LEDGER_HEADER_ROW);
  ledgerColumns.forEach((c, i) => {
    header.getCell(i + 1).value = fullIdNumbers && c.key === 'idNumber' ? '身份证号' : c.header;
  });
  header.font = { bold: true };
  // ID numbers and phones as text, so a spreadsheet never turns them into 2.2E+17.
  ws.getColumn('idNumber').numFmt = '@';
  ws.getColumn('phone').numFmt = '@';
  for (const r of rows) ws.addRow(inertRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
