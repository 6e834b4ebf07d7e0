import type { TodayStats } from '../api';
import type { StationContext } from './context';
import { figureValue } from './reports/summary';

/** Today's figures for the hall: counts only, never anyone's data. */
export function todayStats(ctx: Pick<StationContext, 'data' | 'clock' | 'match'>): TodayStats {
  const day = ctx.clock.today();
  return ctx.data.read((tx) => {
    const today = { from: day, to: day };
    return {
      date: day,
      // The report's own definitions: a card read again on the day she registered is no return.
      registrations: figureValue(tx, 'registrations', today, ctx.clock.timeZone),
      returningVisits: figureValue(tx, 'returningVisits', today, ctx.clock.timeZone),
      // 在招岗位: the postings seekers may see, the same set the hall's board is drawn from.
      openJobs: ctx.match.engine.visibleCount(),
      // The same definitions as the desk's reports, so the hall and the ledger never disagree.
      placements: figureValue(tx, 'placements', today, ctx.clock.timeZone),
      completions1131: figureValue(tx, 'complete1131', today, ctx.clock.timeZone),
    };
  });
}
