import createDebug from 'debug';
import type { ExportedFile, MethodParsed } from '../../api';
import type { CallContext } from '../../dispatcher';
import { ApiFailure } from '../api-error';
import { auditCall } from '../audit/audit-log';
import type { StationContext } from '../context';
import { ledgerRows } from './ledger-rows';
import { ledgerWorkbook } from './ledger-xlsx';
import { rangeOf } from './period';

const log = createDebug('station:desk');

/**
 * Exports the ledger. Full ID numbers need an administrator (or the console operator) and leave an
 * audit record naming the range and the row count, not the people.
 */
export async function exportLedger(
  ctx: StationContext,
  input: MethodParsed<'reports.export'>,
  caller: CallContext,
): Promise<ExportedFile & { buffer: Buffer }> {
  const atConsole = caller.terminal === 'cli' && !caller.staff;
  if (input.fullIdNumbers && caller.staff?.role !== 'admin' && !atConsole) {
    throw new ApiFailure('forbidden', '导出完整身份证号需要管理员权限');
  }
  const now = ctx.now();
  const range = rangeOf(input.range, ctx.clock.dayOf(now));
  const rows = ctx.data.read((tx) => ledgerRows(tx, range, ctx.clock, input.fullIdNumbers));
  const buffer = await ledgerWorkbook(ctx.config.stationName, range, rows, input.fullIdNumbers);
  await ctx.data.write((tx) =>
    auditCall(
      tx,
      caller,
      now,
      input.fullIdNumbers ? 'reports.export_full_id' : 'reports.export',
      `${range.from}..${range.to}`,
      {
        rows: rows.length,
      },
    ),
  );
  log('ledger exported: %d rows%s', rows.length, input.fullIdNumbers ? ' with full ID numbers' : '');
  const fileName = `求职者登记台账_${range.from}_${range.to}${input.fullIdNumbers ? '_完整证号' : ''}.xlsx`;
  return { fileName, base64: buffer.toString('base64'), rows: rows.length, buffer };
}
