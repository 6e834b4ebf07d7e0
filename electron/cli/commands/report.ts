import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { reportPeriods, reportRangeSchema } from '../../contract/reports';
import { exportLedger } from '../../runtime/reports/export-ledger';
import { rangeOf } from '../../runtime/reports/period';
import { reportSummary } from '../../runtime/reports/summary';
import { UsageError } from '../args';
import type { Command } from '../command';
import { operator } from '../operator';

const USAGE =
  'report --from YYYY-MM-DD --to YYYY-MM-DD | --period today|week|month [--out FILE.xlsx [--full-ids]] [--json]';

const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);

/** The arguments, checked before the station's data is opened; every mistake is named in Chinese. */
function options(rest: string[], flags: Record<string, string | boolean | undefined>) {
  if (rest.length) throw new UsageError(`usage: npm run station -- ${USAGE}`);
  const period = str(flags.period);
  if (period !== undefined && !(reportPeriods as readonly string[]).includes(period))
    throw new UsageError(`--period 只能是 ${reportPeriods.join('、')}（收到 ${period}）`);
  const from = str(flags.from);
  const to = str(flags.to);
  if (!period && (!from || !to)) throw new UsageError('请给出 --from 和 --to（YYYY-MM-DD），或 --period');
  const parsed = reportRangeSchema.safeParse({
    ...(period ? { period } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const which = issue.path[0] ? `--${String(issue.path[0])} ` : '';
    throw new UsageError(`${which}${issue.message}`);
  }
  const out = str(flags.out);
  const fullIds = flags['full-ids'] === true;
  if (fullIds && !out) throw new UsageError('--full-ids 只用于导出台账，请同时给出 --out FILE.xlsx');
  if (out && !out.toLowerCase().endsWith('.xlsx')) throw new UsageError('--out 要写入 .xlsx 文件');
  return { range: parsed.data, out, fullIds, json: flags.json === true };
}

/**
 * The station's figures for a period, and its ledger as a spreadsheet. Run by the operator at the
 * hub's console, which holds the data and its key: full ID numbers are allowed there on request, and
 * every export is audited as the console's.
 */
export const reportCommand: Command = {
  words: ['report'],
  usage: USAGE,
  summary:
    "the period's figures with their definitions; --out writes the ledger (ID numbers masked unless --full-ids)",
  needsRuntime: true,
  check: ({ rest, flags }) => void options(rest, flags),
  async run({ runtime, rest, flags }) {
    const { range, out, fullIds, json } = options(rest, flags);
    const ctx = runtime!.context;
    const report = ctx.data.read((tx) =>
      reportSummary(tx, rangeOf(range, ctx.clock.today()), ctx.clock.timeZone),
    );
    let written: { file: string; rows: number } | undefined;
    if (out) {
      const file = await exportLedger(ctx, { range, fullIdNumbers: fullIds }, operator);
      await writeFile(resolve(out), file.buffer);
      written = { file: resolve(out), rows: file.rows };
    }
    if (json) {
      console.log(JSON.stringify({ ...report, ...(written ? { ledger: written } : {}) }, null, 2));
      return;
    }
    console.log(`${ctx.config.stationName} ${report.from} 至 ${report.to}`);
    for (const f of report.figures) console.log(`  ${f.label}：${f.value}\n    ${f.definition}`);
    if (written)
      console.log(
        `台账已写入 ${written.file}（${written.rows} 行${fullIds ? '，含完整身份证号，已记录审计' : ''}）`,
      );
  },
};
