import type { TodayStats } from '../api';
import type { StationContext } from './context';
import { figureValue } from './reports/summary';

/** Today's figures for the hall: counts only, never anyone's data. */
export function todayStats(ctx: Pick<StationContext, 'data' | 'clock' | 'match'>): TodayStats {
  const day = ctx.clock.today();
  return ctx.data.read((tx) => {
    const visitors = tx.reports.visitorsOn(day);
    return {
      date: day,
      registrations: visitors.registered,
      returningVisits: visitors.returned,
      // 在招岗位: the postings seekers may see, the same set the hall's board is drawn from.
      openJobs: ctx.match.engine.visibleCount(),
      // The same definitions as the desk's reports, so the hall and the ledger never disagree.
      placements: figureValue(tx, 'placements', { from: day, to: day }, ctx.clock.timeZone),
      completions1131: figureValue(tx, 'complete1131', { from: day, to: day }, ctx.clock.timeZone),
    };
  });
}
