import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../electron/api';
import { call, needsPairing, requestedView } from './api/bridge';
import { reconnectDelay } from './api/reconnect';
import { subscribe } from './api/subscriptions';
import { BoothScreen } from './booth/booth-screen';
import { DeskScreen } from './desk/desk-screen';
import { KioskScreen } from './kiosk/kiosk-screen';
import { useKiosk } from './kiosk/kiosk-store';
import { PairingScreen } from './pairing/pairing-screen';
import { BigScreen } from './screen/big-screen';
import { screenKind } from './screen-kind';
import { listenForWedge } from './shared/wedge-input';
import { useStation } from './station-store';

/** One app, four screens: the role comes from the station (the window's or the terminal token's role). */
export function App() {
  return needsPairing() ? <PairingScreen /> : <StationApp />;
}

function StationApp() {
  const { t } = useTranslation();
  const info = useStation((s) => s.info);
  const online = useStation((s) => s.online);
  const load = useStation((s) => s.load);

  // A screen that starts while the hub is away (a nightly reload during a restart) keeps trying.
  useEffect(() => {
    let live = true;
    let failures = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const attempt = () =>
      load().catch(() => {
        if (!live) return;
        useStation.getState().setOnline(false);
        timer = setTimeout(() => void attempt(), reconnectDelay(failures++));
      });
    void attempt();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [load]);

  const role: Role | undefined = info?.role;
  useEffect(() => (role ? subscribe(role) : undefined), [role]);

  // A keyboard-wedge reader at this screen "types" the card: its number arrives as card.read.
  const wedge = !!info?.wedgeReader;
  useEffect(() => {
    if (!wedge) return undefined;
    return listenForWedge(window, {
      send: (idNumber) => call('card.typed', { idNumber }),
      // A number that fails its check is a card staff must look at, as when a chip's number fails.
      refused: () => {
        if (role !== 'kiosk') return;
        const kiosk = useKiosk.getState();
        if (kiosk.worker) kiosk.reset();
        useKiosk.getState().dispatch({ type: 'to-desk', reason: 'card-problem' });
      },
    });
  }, [wedge, role]);

  if (!info) return <p className="loading">{online ? t('app.connecting') : t('errors.unavailable')}</p>;
  switch (screenKind(info, requestedView())) {
    case 'kiosk':
      return <KioskScreen />;
    case 'desk':
      return <DeskScreen />;
    case 'booth-tablet':
      return <BoothScreen display={false} />;
    case 'booth-display':
      return <BoothScreen display />;
    case 'hall':
      return <BigScreen />;
  }
}
