import createDebug from 'debug';
import type { StationContext } from './context';
import { purgeInactiveWorkers } from './store/retention';
import { keepsErasureFeed } from './workers/erase';

const log = createDebug('station:retention');
const HOUR = 3_600_000;

/**
 * Purges workers inactive longer than the configured period: shortly after start-up, then daily.
 * Counts only are logged; the store writes the audit record and checkpoints so erased rows leave the disk.
 */
export function scheduleRetention(ctx: Pick<StationContext, 'store' | 'config' | 'clock'>): () => void {
  const run = async () => {
    try {
      const r = await purgeInactiveWorkers(ctx.store, {
        days: ctx.config.retentionDays,
        now: ctx.clock.now(),
        timeZone: ctx.clock.timeZone,
        actor: 'retention',
        feed: keepsErasureFeed(ctx.config),
      });
      if (r.workers > 0)
        log('purged %d inactive workers (%d visits) older than %s', r.workers, r.visits, r.cutoff);
    } catch (err) {
      log('retention run failed: %s', (err as Error).message);
    }
  };
  const first = setTimeout(() => void run(), 5 * 60_000);
  const daily = setInterval(() => void run(), 24 * HOUR);
  first.unref();
  daily.unref();
  return () => {
    clearTimeout(first);
    clearInterval(daily);
  };
}
