import type { Role } from '../../electron/api';
import { useWorkers } from '../desk/workers-store';
import { useKiosk } from '../kiosk/kiosk-store';
import { useStation } from '../station-store';
import { station } from './bridge';

/** Every API event a screen listens to is wired here, once, into the stores. */
export function subscribe(role: Role): () => void {
  const s = station();
  const offs = [s.on('stats.changed', (stats) => useStation.getState().setStats(stats))];
  if (role === 'kiosk') {
    offs.push(
      s.on('card.read', (card) => {
        performance.mark('kiosk:card-read');
        // A new card is a new person: whatever the last one left open ends first.
        if (useKiosk.getState().worker) useKiosk.getState().reset();
        useKiosk.getState().dispatch({ type: 'card-read', card });
      }),
      s.on('card.removed', () =>
        useKiosk
          .getState()
          .dispatch({
            type: 'card-removed',
            endSession: useKiosk.getState().settings?.endOnCardRemoval ?? false,
          }),
      ),
    );
  }
  if (role === 'desk' || role === 'admin') {
    offs.push(s.on('workers.changed', () => void useWorkers.getState().refresh()));
  }
  return () => offs.forEach((off) => off());
}
