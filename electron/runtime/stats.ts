import type { TodayStats } from '../api';
import type { StationContext } from './context';
import { figureValue } from './reports/summary';

/** Today's figures for the hall: counts only, never anyone's data. */
export function todayStats(ctx: Pick<StationContext, 'store' | 'clock' | 'match'>): TodayStats {
  const day = ctx.clock.today();
  return ctx.store.read((db) => {
    const visits = db.all<{ kind: string; n: number }>(
      'SELECT kind, count(DISTINCT worker_id) AS n FROM visits WHERE day = ? GROUP BY kind',
      [day],
    );
    const count = (kind: string) => Number(visits.find((v) => v.kind === kind)?.n ?? 0);
    return {
      date: day,
      registrations: count('registered'),
      returningVisits: count('returned'),
      // 在招岗位: the postings seekers may see, the same set the hall's board is drawn from.
      openJobs: ctx.match.engine.visibleCount(),
      // The same definitions as the desk's reports, so the hall and the ledger never disagree.
      placements: figureValue(db, 'placements', { from: day, to: day }, ctx.clock.timeZone),
      completions1131: figureValue(db, 'complete1131', { from: day, to: day }, ctx.clock.timeZone),
    };
  });
}
