import { isSyncRole } from '../../contract/define';
import type { StationConfig } from '../config';
import type { Repositories } from '../data/repositories';

/**
 * Whether this station is a terminal of a hall (a kiosk PC, a township kiosk, a desk PC): it has an
 * upstream and syncs no terminal of its own. Its upstream is then the hall's hub, which keeps what
 * only the hall shares (the wizard's answers); a station that other terminals sync with is the hub,
 * and its upstream is the platform, which gets only what the consent names for it.
 */
export function isHallTerminal(config: Pick<StationConfig, 'upstream' | 'hub'>, tx: Repositories): boolean {
  if (!config.upstream) return false;
  if (config.hub.terminals.some((t) => isSyncRole(t.role))) return false;
  return !tx.terminals.list().some((t) => isSyncRole(t.role) && !t.revokedAt);
}

/**
 * A return of someone this terminal served before, for the hall's record (worker.visited): the
 * hub counts each visit of the hall once. Nothing when this station is the hub or stands alone.
 */
export function visitForHall(
  tx: Repositories,
  config: Pick<StationConfig, 'upstream' | 'hub'>,
  visit: { workerId: string; terminal: string; at: Date },
): void {
  if (!isHallTerminal(config, tx)) return;
  tx.outbox.add({
    type: 'worker.visited',
    at: visit.at,
    payload: { workerId: visit.workerId, terminal: visit.terminal, at: visit.at.toISOString() },
  });
}
