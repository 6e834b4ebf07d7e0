import type { Role } from '../../electron/api';
import { useAlerts } from '../desk/alerts-store';
import { useBoothAssignments } from '../desk/booth-assignments-store';
import { useCard } from '../desk/card-store';
import { useFollowUps } from '../desk/follow-ups-store';
import { useJobs } from '../desk/jobs-store';
import { useNav } from '../desk/nav-store';
import { useStationNotices } from '../desk/notices-store';
import { useQueue } from '../desk/queue-store';
import { useSession } from '../desk/session-store';
import { useSystem } from '../desk/system-store';
import { useWorker } from '../desk/worker-store';
import { useBooth } from '../booth/booth-store';
import { useBoothDisplay } from '../booth/display-store';
import { useWorkers } from '../desk/workers-store';
import { useKiosk } from '../kiosk/kiosk-store';
import { useHall } from '../screen/hall-store';
import { screenKind } from '../screen-kind';
import { useStation } from '../station-store';
import { onConnection, requestedView, station } from './bridge';

/** Every API event a screen listens to is wired here, once, into the stores. */
export function subscribe(role: Role): () => void {
  const s = station();
  const info = useStation.getState().info;
  const kind = info ? screenKind(info, requestedView()) : undefined;
  const booth = info?.booth ?? null;
  // What a screen missed while it was away is fetched again when it is back.
  const reloads: (() => void)[] = [
    () =>
      void useStation
        .getState()
        .load()
        .catch(() => undefined),
  ];
  let wasOnline = true;
  const offs = [
    s.on('stats.changed', (stats) => useStation.getState().setStats(stats)),
    onConnection((online) => {
      useStation.getState().setOnline(online);
      if (online && !wasOnline) reloads.forEach((r) => r());
      wasOnline = online;
    }),
  ];
  if (role === 'kiosk') {
    offs.push(
      s.on('card.read', (card) => {
        performance.mark('kiosk:card-read');
        // A new card is a new person: whatever the last one left open ends first.
        if (useKiosk.getState().worker) useKiosk.getState().reset();
        useKiosk.getState().dispatch({ type: 'card-read', card });
      }),
      s.on('card.removed', () =>
        useKiosk.getState().dispatch({
          type: 'card-removed',
          endSession: useKiosk.getState().settings?.endOnCardRemoval ?? true,
        }),
      ),
    );
  }
  if (role === 'desk' || role === 'admin') offs.push(...subscribeDesk());
  if (kind === 'hall') {
    const hall = useHall.getState();
    reloads.push(() => void hall.load());
    offs.push(
      s.on('jobs.changed', () => hall.refresh('board', 'wages', 'booths')),
      s.on('queue.called', (c) =>
        hall.addCall({ kind: 'queue', label: c.ticket, place: c.window, at: new Date().toISOString() }),
      ),
      s.on('booth.called', (c) =>
        hall.addCall({ kind: 'booth', label: c.label, place: String(c.booth), at: c.at }),
      ),
      s.on('booth.changed', () => hall.refresh('booths')),
      s.on('notices.changed', () => hall.refresh('notices')),
    );
  }
  if (kind === 'booth-display' && booth !== null) {
    const display = useBoothDisplay.getState();
    reloads.push(() => display.refresh());
    offs.push(
      s.on('booth.changed', (c) => c.booth === booth && display.refresh()),
      s.on('jobs.changed', () => display.refresh()),
    );
  }
  if (kind === 'booth-tablet' && booth !== null) {
    const tablet = useBooth.getState();
    reloads.push(() => void tablet.reload());
    offs.push(
      s.on('booth.changed', (c) => {
        if (c.booth !== booth) return;
        if (c.what === 'card') void tablet.cardTapped();
        else tablet.refresh();
      }),
    );
  }
  return () => offs.forEach((off) => off());
}

/** The front desk's live updates. Nothing is fetched for a desk nobody is signed in at. */
function subscribeDesk(): (() => void)[] {
  const s = station();
  const signedIn = () => useSession.getState().session !== null;
  const when =
    <P>(fn: (p: P) => void) =>
    (p: P) => {
      if (signedIn()) fn(p);
    };
  const onBoothsPage = (fn: () => void) =>
    when(() => {
      if (useNav.getState().page === 'booths') fn();
    });
  return [
    s.on(
      'workers.changed',
      when(() => void useWorkers.getState().refresh()),
    ),
    s.on(
      'worker.updated',
      when((e) => useWorker.getState().remoteUpdate(e.workerId, e.version)),
    ),
    s.on(
      'worker.updated',
      when(() => void useFollowUps.getState().refresh()),
    ),
    s.on(
      'queue.changed',
      when(() => void useQueue.getState().refresh()),
    ),
    s.on(
      'kiosk.staffCalled',
      when((call) => useAlerts.getState().add(call)),
    ),
    s.on(
      'card.read',
      when((card) => void useCard.getState().read(card)),
    ),
    s.on('card.removed', () => useCard.getState().removed()),
    s.on('reader.status', (status) => useStation.getState().setReader(status)),
    s.on('sync.changed', (status) => useSystem.getState().setSync(status)),
    s.on(
      'terminals.changed',
      when(() => void useSystem.getState().refreshTerminals()),
    ),
    // A booth's row counts its paired devices, its employer's postings and who is interviewing there.
    s.on(
      'terminals.changed',
      onBoothsPage(() => void useBoothAssignments.getState().refresh()),
    ),
    s.on(
      'booth.changed',
      onBoothsPage(() => void useBoothAssignments.getState().refresh()),
    ),
    s.on(
      'notices.changed',
      onBoothsPage(() => void useStationNotices.getState().refresh()),
    ),
    s.on(
      'jobs.changed',
      when(() => {
        if (useNav.getState().page === 'jobs') void useJobs.getState().refresh();
      }),
    ),
  ];
}
