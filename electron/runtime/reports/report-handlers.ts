import type { Handlers } from '../../dispatcher';
import type { reportMethods } from '../../contract/reports';
import type { StationContext } from '../context';
import { exportLedger } from './export-ledger';
import { rangeOf } from './period';
import { reportSummary } from './summary';

export function reportHandlers(ctx: StationContext): Pick<Handlers, keyof typeof reportMethods> {
  return {
    'reports.summary': (input) =>
      ctx.data.read((tx) => reportSummary(tx, rangeOf(input, ctx.clock.today()), ctx.clock.timeZone)),
    'reports.export': async (input, caller) => {
      const { fileName, base64, rows } = await exportLedger(ctx, input, caller);
      return { fileName, base64, rows };
    },
  };
}
